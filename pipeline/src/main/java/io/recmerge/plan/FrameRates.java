package io.recmerge.plan;

import java.util.List;
import java.util.OptionalDouble;

/** The output frame rate: the user's choice, else the sources' common rate, else 15 (the SDK converter's). */
final class FrameRates {

    static final double FALLBACK = 15;
    static final double MIN = 5;
    static final double MAX = 120;

    private FrameRates() {
    }

    static double choose(List<MediaPiece> video, OptionalDouble requested) {
        if (requested.isPresent()) {
            return requested.getAsDouble();
        }
        OptionalDouble first = video.isEmpty() ? OptionalDouble.empty() : video.get(0).frameRate();
        if (first.isEmpty()) {
            return FALLBACK;
        }
        double rate = first.getAsDouble();
        boolean common = video.stream().allMatch(p -> p.frameRate().isPresent()
                && Math.abs(p.frameRate().getAsDouble() - rate) < 0.01);
        return common && rate >= MIN && rate <= MAX ? rate : FALLBACK;
    }
}
