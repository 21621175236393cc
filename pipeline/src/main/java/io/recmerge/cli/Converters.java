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

    /** {@code --size 1280x720}: even sizes from 16 to 8192. */
    static final class Size implements CommandLine.ITypeConverter<Canvas> {
        private static final Pattern WXH = Pattern.compile("(\\d{1,5})x(\\d{1,5})");

        @Override
        public Canvas convert(String value) {
            Matcher m = WXH.matcher(value.toLowerCase(Locale.ROOT));
            if (!m.matches()) {
                throw new CommandLine.TypeConversionException("'" + value + "' is not WIDTHxHEIGHT (e.g. 1280x720)");
            }
            int w = Integer.parseInt(m.group(1));
            int h = Integer.parseInt(m.group(2));
            if (w < 16 || h < 16 || w > 8192 || h > 8192 || w % 2 != 0 || h % 2 != 0) {
                throw new CommandLine.TypeConversionException("size " + w + "x" + h
                        + " must be even and within 16..8192 on both sides");
            }
            return new Canvas(w, h);
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
}
