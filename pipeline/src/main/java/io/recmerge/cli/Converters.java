package io.recmerge.cli;

import io.recmerge.plan.Canvas;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;

/** Option value parsing with messages that say what was expected. */
final class Converters {

    private Converters() {
    }

    static final int MIN_SIDE = 16;
    static final int MAX_SIDE = 8192;
    static final double MIN_FPS = 5;
    static final double MAX_FPS = 120;

    /** {@code --size 1280x720}: even sizes from 16 to 8192. */
    static final class Size implements CommandLine.ITypeConverter<Canvas> {
        // Any number of digits, so that a well-formed but huge size is told its limit, not its form.
        private static final Pattern WXH = Pattern.compile("\\s*(\\d+)\\s*x\\s*(\\d+)\\s*");

        @Override
        public Canvas convert(String value) {
            Matcher m = WXH.matcher(value.toLowerCase(Locale.ROOT));
            if (!m.matches()) {
                throw new CommandLine.TypeConversionException("--size must be WIDTHxHEIGHT in pixels (e.g. 1280x720), "
                        + "got '" + value + "'");
            }
            long w = side(m.group(1));
            long h = side(m.group(2));
            String size = m.group(1) + "x" + m.group(2);
            if (w > MAX_SIDE || h > MAX_SIDE || w < MIN_SIDE || h < MIN_SIDE) {
                throw new CommandLine.TypeConversionException("--size " + size + " is too " + (w > MAX_SIDE
                        || h > MAX_SIDE ? "large" : "small") + ": each side must be from " + MIN_SIDE + " to "
                        + MAX_SIDE + " pixels");
            }
            if (w % 2 != 0 || h % 2 != 0) {
                throw new CommandLine.TypeConversionException("--size " + size + " has an odd side: H.264 in "
                        + "yuv420p needs even widths and heights (e.g. " + (w + w % 2) + "x" + (h + h % 2) + ")");
            }
            return new Canvas((int) w, (int) h);
        }

        /** Digits beyond what fits are "too large" anyway; saturate instead of overflowing. */
        private static long side(String digits) {
            return digits.replaceFirst("^0+(?=.)", "").length() > 9 ? Long.MAX_VALUE : Long.parseLong(digits);
        }
    }

    /** {@code --fps 25}: a plain number from 5 to 120 (decimals allowed: 29.97). */
    static final class Fps implements CommandLine.ITypeConverter<Double> {
        private static final Pattern NUMBER = Pattern.compile("\\d{1,6}(\\.\\d{1,6})?");

        @Override
        public Double convert(String value) {
            String text = value.strip();
            if (!NUMBER.matcher(text).matches()) {
                throw new CommandLine.TypeConversionException(message(value));
            }
            double fps = Double.parseDouble(text);
            if (fps < MIN_FPS || fps > MAX_FPS) {
                throw new CommandLine.TypeConversionException(message(value));
            }
            return fps;
        }

        private static String message(String value) {
            return "--fps must be a number from " + (int) MIN_FPS + " to " + (int) MAX_FPS + ", got '" + value + "'";
        }
    }

    /** {@code --wait=30m}: a number with s, m or h, or an ISO-8601 duration (PT30M). */
    static final class Wait implements CommandLine.ITypeConverter<Duration> {
        private static final Pattern SIMPLE = Pattern.compile("(\\d{1,6})([smh]?)");

        @Override
        public Duration convert(String value) {
            Matcher m = SIMPLE.matcher(value.toLowerCase(Locale.ROOT));
            if (m.matches()) {
                long n = Long.parseLong(m.group(1));
                return switch (m.group(2)) {
                    case "h" -> Duration.ofHours(n);
                    case "m" -> Duration.ofMinutes(n);
                    default -> Duration.ofSeconds(n);
                };
            }
            try {
                return Duration.parse(value.toUpperCase(Locale.ROOT));
            } catch (java.time.format.DateTimeParseException e) {
                throw new CommandLine.TypeConversionException("'" + value + "' is not a duration (e.g. 90s, 30m, 2h)");
            }
        }
    }

    /** {@code --snapshots 500ms}: seconds, a number with ms or s (a bare number is seconds), at least 100 ms. */
    static final class Interval implements CommandLine.ITypeConverter<Double> {
        private static final Pattern FORM = Pattern.compile("(\\d{1,7}(?:\\.\\d{1,3})?)(ms|s)?");

        @Override
        public Double convert(String value) {
            Matcher m = FORM.matcher(value.toLowerCase(Locale.ROOT).trim());
            if (!m.matches()) {
                throw new CommandLine.TypeConversionException("--snapshots must be a duration such as 500ms or 2s, got '"
                        + value + "'");
            }
            double seconds = Double.parseDouble(m.group(1)) / ("ms".equals(m.group(2)) ? 1000 : 1);
            if (seconds < io.recmerge.plan.PlanRequest.Extras.MIN_SNAPSHOT_INTERVAL - 1e-9) {
                throw new CommandLine.TypeConversionException("--snapshots " + value + " is below the minimum of 100ms");
            }
            return seconds;
        }
    }
}
