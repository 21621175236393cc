package io.recmerge.testkit;

import java.util.Locale;

/** Millisecond rounding and formatting shared by the specs and the metadata writer. */
final class Times {

    private Times() {
    }

    /** Rounds to whole milliseconds: the metadata file cannot say more, so the truth must not either. */
    static double ms(double seconds) {
        return Math.round(seconds * 1000.0) / 1000.0;
    }

    /** The metadata file's time format: 3 decimals, '.' as separator. */
    static String format3(double seconds) {
        return String.format(Locale.ROOT, "%.3f", seconds);
    }

    static void requireFinite(double v, String what) {
        if (!Double.isFinite(v) || v < 0) {
            throw new IllegalArgumentException(what + " must be finite and >= 0: " + v);
        }
    }
}
