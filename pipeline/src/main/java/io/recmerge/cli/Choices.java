package io.recmerge.cli;

import io.recmerge.plan.Gaps;
import io.recmerge.plan.LeadingBlank;
import io.recmerge.plan.Mode;
import io.recmerge.verify.VerifyDepth;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import picocli.CommandLine;

/**
 * Lower-case, dash-separated option values ({@code uid-audio}) for the plan's enums, with a message
 * that lists the accepted words.
 */
final class Choices {

    private Choices() {
    }

    static <E extends Enum<E>> E parse(Class<E> type, String option, String text) {
        for (E value : type.getEnumConstants()) {
            if (word(value).equals(text.toLowerCase(Locale.ROOT))) {
                return value;
            }
        }
        throw new CommandLine.TypeConversionException(option + " must be one of " + Arrays.stream(
                type.getEnumConstants()).map(Choices::word).collect(Collectors.joining(", ")) + ", got '" + text + "'");
    }

    static String word(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static final class ModeChoice implements CommandLine.ITypeConverter<Mode> {
        @Override
        public Mode convert(String text) {
            // The SDK converter script's -m numbers: 0 session, 1 uid, 2 uid audio, 3 uid video.
            if (text.matches("[0-3]")) {
                return Mode.values()[Integer.parseInt(text)];
            }
            return parse(Mode.class, "--mode", text);
        }
    }

    static final class LeadingBlankChoice implements CommandLine.ITypeConverter<LeadingBlank> {
        @Override
        public LeadingBlank convert(String text) {
            return parse(LeadingBlank.class, "--leading-blank", text);
        }
    }

    static final class GapsChoice implements CommandLine.ITypeConverter<Gaps> {
        @Override
        public Gaps convert(String text) {
            return parse(Gaps.class, "--gaps", text);
        }
    }

    static final class VerifyChoice implements CommandLine.ITypeConverter<VerifyDepth> {
        @Override
        public VerifyDepth convert(String text) {
            return parse(VerifyDepth.class, "--verify", text);
        }
    }
}
