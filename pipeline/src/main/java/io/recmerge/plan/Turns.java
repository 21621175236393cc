package io.recmerge.plan;

import io.recmerge.engine.Filter;
import java.util.List;

/**
 * Clockwise turns by whole quarter turns. transpose moves pixels without resampling and swaps the
 * frame's axes, so nothing is cropped; the arbitrary-angle {@code rotate} filter keeps the frame
 * size and crops, which is the reference converter's bug.
 */
final class Turns {

    private Turns() {
    }

    static List<Filter> filters(int clockwiseDegrees) {
        return switch (clockwiseDegrees) {
            case 0 -> List.of();
            case 90 -> List.of(Filter.of("transpose", "dir", "clock"));
            case 180 -> List.of(Filter.of("hflip"), Filter.of("vflip"));
            case 270 -> List.of(Filter.of("transpose", "dir", "cclock"));
            default -> throw new IllegalArgumentException("rotation " + clockwiseDegrees + " is not a quarter turn");
        };
    }
}
