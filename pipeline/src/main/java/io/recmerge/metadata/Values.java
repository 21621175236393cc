package io.recmerge.metadata;

import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/** Range-checked number parsing for metadata fields; anything odd is "absent", never an exception. */
final class Values {

    /** A session longer than this (about 116 days) is not a recording but a corrupt number. */
    static final double MAX_TIME = 1e7;
    static final int MAX_DIMENSION = 16384;
    static final int MIN_DIMENSION = 16;
    static final int MAX_CHANNELS = 8;
    private static final Pattern DECIMAL = Pattern.compile("[0-9]{1,12}(\\.[0-9]{1,12})?");
    private static final Pattern INTEGER = Pattern.compile("-?[0-9]{1,9}");

    private Values() {
    }

    /** Seconds: plain non-negative decimals only, so NaN, 1e308 and -1 are refused. */
    static Optional<Double> time(String text) {
        if (!DECIMAL.matcher(text).matches()) {
            return Optional.empty();
        }
        double value = Double.parseDouble(text);
        return value <= MAX_TIME ? Optional.of(value) : Optional.empty();
    }

    static OptionalInt integer(String text, int min, int max) {
        if (!INTEGER.matcher(text).matches()) {
            return OptionalInt.empty();
        }
        int value = Integer.parseInt(text);
        return value >= min && value <= max ? OptionalInt.of(value) : OptionalInt.empty();
    }

    /** 0, 90, 180 or 270 (negative and >= 360 multiples of 90 are folded); else absent. */
    static OptionalInt rotation(String text) {
        OptionalInt raw = integer(text, -3600, 3600);
        if (raw.isEmpty() || raw.getAsInt() % 90 != 0) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(Math.floorMod(raw.getAsInt(), 360));
    }
}
