package io.recmerge.plan;

import java.util.Locale;

/** Formats times for ffmpeg arguments: fixed decimals, '.' whatever the locale, no exponent. */
final class Seconds {

    private Seconds() {
    }

    /** Microsecond precision: ffmpeg's own time base for most options. */
    static String of(double seconds) {
        String text = String.format(Locale.ROOT, "%.6f", seconds);
        return text.equals("-0.000000") ? "0.000000" : text;
    }

    /** A frame rate: "15" for integral rates, else three decimals ("29.970"). */
    static String rate(double fps) {
        long whole = Math.round(fps);
        return Math.abs(fps - whole) < 1e-6 ? Long.toString(whole) : String.format(Locale.ROOT, "%.3f", fps);
    }
}
