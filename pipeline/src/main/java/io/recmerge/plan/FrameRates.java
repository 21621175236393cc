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
        return common && rate >= MIN && rate <= MAX ? standard(rate) : FALLBACK;
    }

    /** Output rates players and editors expect; NTSC rates are kept as they are. */
    static final double[] STANDARD = {5, 6, 7.5, 8, 10, 12, 12.5, 15, 20, 24000 / 1001.0, 24, 25, 30000 / 1001.0, 30,
        48, 50, 60000 / 1001.0, 60, 90, 100, 120};
    /** A measured average within this fraction of a standard rate is that rate. */
    static final double STANDARD_TOLERANCE = 0.03;

    /**
     * A source with millisecond timestamps and a variable rate (the SDK 2.x recorder's: r_frame_rate
     * 91/6, average 15.163) would otherwise give a 15.163 fps output: the nearest standard rate
     * within 3 %, else the nearest whole rate. A stream copy keeps the source's own timestamps.
     */
    static double standard(double rate) {
        double best = STANDARD[0];
        for (double s : STANDARD) {
            if (Math.abs(s - rate) < Math.abs(best - rate)) {
                best = s;
            }
        }
        return Math.abs(best - rate) <= rate * STANDARD_TOLERANCE ? best
                : Math.max(MIN, Math.min(MAX, Math.round(rate)));
    }
}
