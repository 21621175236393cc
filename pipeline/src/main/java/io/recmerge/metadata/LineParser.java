package io.recmerge.metadata;

import io.recmerge.diag.Code;
import io.recmerge.diag.Diagnostic;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;

/** Turns one metadata line at a time into an event or a diagnostic; keeps the running state. */
final class LineParser {

    final List<MetadataEvent> events = new ArrayList<>();
    final List<Diagnostic> diagnostics = new ArrayList<>();
    final String source;
    Optional<Integer> outOfOrder = Optional.empty();
    private final String uid;
    private double lastTime;

    LineParser(String uid, String source) {
        this.uid = uid;
        this.source = source;
    }

    void accept(int lineNo, String raw) {
        String line = raw.endsWith("\r") ? raw.substring(0, raw.length() - 1) : raw;
        if (line.isBlank()) {
            return;
        }
        if (line.toLowerCase(Locale.ROOT).contains("new session started")) {
            add(lineNo, new MetadataEvent.SessionBreak(MetadataParser.leadingTime(line).orElse(lastTime)));
            return;
        }
        String[] tokens = line.trim().split("[ \t]+");
        if (tokens.length < 3) {
            report(Code.METADATA_BAD_LINE, lineNo, null,
                    "expected '<seconds> <file> <event>', got '" + FileNames.printable(line, 80) + "'");
            return;
        }
        Optional<Double> time = Values.time(tokens[0]);
        if (time.isEmpty()) {
            report(Code.METADATA_BAD_VALUE, lineNo, null, "time '" + FileNames.printable(tokens[0], 40)
                    + "' is not a number of seconds from 0 to " + (long) Values.MAX_TIME + "; line skipped",
                    "Without a usable time the event cannot be placed, so the line was skipped; the rest of the file "
                            + "was used.");
            return;
        }
        Optional<String> hostile = FileNames.problem(tokens[1]);
        if (hostile.isPresent()) {
            report(Code.METADATA_HOSTILE_NAME, lineNo, null, hostile.get() + ": '"
                    + FileNames.printable(tokens[1], 80) + "'; the file was not opened");
            return;
        }
        event(lineNo, time.get(), tokens).ifPresent(e -> add(lineNo, e));
    }

    private Optional<MetadataEvent> event(int lineNo, double time, String[] tokens) {
        String file = tokens[1];
        String kind = tokens[2].toLowerCase(Locale.ROOT);
        switch (kind) {
            case "create":
                return Optional.of(new MetadataEvent.Create(time, file));
            case "close":
                return Optional.of(new MetadataEvent.Close(time, file));
            case "info":
                return Optional.of(info(lineNo, time, file, new Fields(tokens, 3)));
            case "rotate":
                return rotate(lineNo, time, file, new Fields(tokens, 3));
            default:
                report(Code.METADATA_UNKNOWN_EVENT, lineNo, file,
                        "unknown event '" + FileNames.printable(tokens[2], 40) + "' ignored");
                return Optional.empty();
        }
    }

    private MetadataEvent.Info info(int lineNo, double time, String file, Fields fields) {
        OptionalInt channels = number(lineNo, file, fields, "channels", 1, Values.MAX_CHANNELS);
        OptionalInt width = number(lineNo, file, fields, "width", Values.MIN_DIMENSION, Values.MAX_DIMENSION);
        OptionalInt height = number(lineNo, file, fields, "height", Values.MIN_DIMENSION, Values.MAX_DIMENSION);
        OptionalInt rotation = rotation(lineNo, file, fields, "0 used",
                "0 degrees (no turn) was used instead; if the picture comes out sideways, correct the value.");
        if (fields.has("rotation") && rotation.isEmpty()) {
            rotation = OptionalInt.of(0);
        }
        return new MetadataEvent.Info(time, file, channels, width, height, rotation, fields.flag("codecswitch"));
    }

    private Optional<MetadataEvent> rotate(int lineNo, double time, String file, Fields fields) {
        if (!fields.has("rotation")) {
            report(Code.METADATA_BAD_LINE, lineNo, file, "rotate event without rotation=; ignored");
            return Optional.empty();
        }
        OptionalInt degrees = rotation(lineNo, file, fields, "the rotate event was ignored",
                "The rotate event was ignored; the rotation before it stays in force.");
        return degrees.isPresent()
                ? Optional.of(new MetadataEvent.Rotate(time, file, degrees.getAsInt())) : Optional.empty();
    }

    private OptionalInt number(int lineNo, String file, Fields fields, String key, int min, int max) {
        Optional<String> text = fields.value(key);
        if (text.isEmpty()) {
            return OptionalInt.empty();
        }
        OptionalInt value = Values.integer(text.get(), min, max);
        if (value.isEmpty()) {
            report(Code.METADATA_BAD_VALUE, lineNo, file, key + "=" + FileNames.printable(text.get(), 40)
                    + " is outside " + min + ".." + max + "; the probed value is used",
                    "The value ffprobe measured in the media file was used instead.");
        }
        return value;
    }

    private OptionalInt rotation(int lineNo, String file, Fields fields, String fallback, String hint) {
        Optional<String> text = fields.value("rotation");
        if (text.isEmpty()) {
            return OptionalInt.empty();
        }
        OptionalInt value = Values.rotation(text.get());
        if (value.isEmpty()) {
            report(Code.METADATA_BAD_VALUE, lineNo, file, "rotation=" + FileNames.printable(text.get(), 40)
                    + " is not a multiple of 90 degrees; " + fallback, hint);
        }
        return value;
    }

    private void add(int lineNo, MetadataEvent event) {
        if (event.time() < lastTime && outOfOrder.isEmpty()) {
            outOfOrder = Optional.of(lineNo);
            report(Code.METADATA_TIME_ORDER, lineNo, null, String.format(Locale.ROOT,
                    "time %.3f s comes after %.3f s; events were sorted by time", event.time(), lastTime));
        }
        lastTime = Math.max(lastTime, event.time());
        events.add(event);
    }

    private void report(Code code, int lineNo, String file, String message) {
        report(code, lineNo, file, message, null);
    }

    /** @param hint what was done instead, when the code's default hint would not say it (null: the default) */
    private void report(Code code, int lineNo, String file, String message, String hint) {
        Diagnostic.Builder b = Diagnostic.of(code, source + " line " + lineNo + ": " + message).uid(uid).hint(hint);
        diagnostics.add((file == null ? b.file(source) : b.file(file)).build());
    }
}
