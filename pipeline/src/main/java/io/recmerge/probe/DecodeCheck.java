package io.recmerge.probe;

import io.recmerge.engine.FfmpegCommand;
import io.recmerge.engine.ProcessFailedException;
import io.recmerge.engine.ProcessRunner;
import io.recmerge.engine.RunOptions;
import io.recmerge.metadata.FileNames;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A short decode of a media file before anything is planned from it: its first seconds and a
 * stretch from the middle, errors only, in one ffmpeg run (about 20 ms for the recorder's files).
 * Encrypted media (a wrong or missing password) and corrupt files probe fine, since the container
 * is the recorder's own, but their packets do not decode; finding that here lets the rest of the
 * user's recording be converted instead of failing the whole render later.
 */
public final class DecodeCheck {

    static final double HEAD_SECONDS = 3;
    static final double MIDDLE_SECONDS = 2;
    /** Files up to this long are decoded whole, in one window. */
    static final double WHOLE_FILE_SECONDS = HEAD_SECONDS + MIDDLE_SECONDS + 1;
    /**
     * ffmpeg's own judgement: with {@code -max_error_rate R} it exits with {@link #EXIT_ERROR_RATE}
     * when more than that fraction of the decoded frames failed. Encrypted media fails all of them.
     */
    static final String MAX_ERROR_RATE = "0.5";
    static final int EXIT_ERROR_RATE = 69;
    /** At most ~6 s of media is decoded whatever the file's length, so the limit is a constant. */
    static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final ProcessRunner runner;

    public DecodeCheck(ProcessRunner runner) {
        this.runner = runner;
    }

    /** How a file decoded: cleanly, with some errors (kept), or not at all (not used). */
    public enum Status { CLEAN, ERRORS, UNDECODABLE }

    /** @param detail what was checked and the first error ffmpeg printed, for a diagnostic message */
    public record Result(Status status, String detail) {
        public Result {
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(detail, "detail");
        }
    }

    /** @param duration the probed length in seconds (0 when unknown: the first seconds are decoded) */
    public Result check(Path file, double duration) {
        return check(file, duration, List.of());
    }

    /**
     * @param expected messages known to come from a harmless quirk of this file (an Annex B H.264
     *                 stream in MP4 makes the decoder complain about every packet yet decode it):
     *                 lines containing one are not counted as errors
     */
    public Result check(Path file, double duration, List<String> expected) {
        List<Window> windows = windows(duration);
        FfmpegCommand command = command(file, windows);
        String checked = describe(windows);
        try {
            List<String> errors = DecoderMessages.errors(
                    runner.run(command, RunOptions.withTimeout(TIMEOUT)).stderrTail(), expected);
            return errors.isEmpty() ? new Result(Status.CLEAN, checked)
                    : new Result(Status.ERRORS, checked + " decoded with errors, e.g. " + first(errors));
        } catch (ProcessFailedException e) {
            return failed(e, checked);
        }
    }

    private static Result failed(ProcessFailedException e, String checked) {
        switch (e.reason()) {
            case EXIT_CODE:
                String why = e.exitCode() == EXIT_ERROR_RATE ? "more than half of the frames in " + checked
                        + " failed to decode" : "ffmpeg could not decode " + checked + " (exit " + e.exitCode() + ")";
                return new Result(Status.UNDECODABLE, why + (e.stderrTail().isEmpty() ? "" : ": " + first(e.stderrTail())));
            case TIMEOUT:
                return new Result(Status.ERRORS, "the decode check of " + checked + " did not finish within "
                        + TIMEOUT.toSeconds() + " s");
            default:
                // Interrupted or not started: not a fact about the file, so it is not held against it.
                return new Result(Status.CLEAN, checked + " not checked: " + e.getMessage());
        }
    }

    /** Seconds from the start of the file and how much to decode there. */
    record Window(double from, double length) { }

    static List<Window> windows(double duration) {
        if (!(duration > WHOLE_FILE_SECONDS)) {
            return List.of(new Window(0, WHOLE_FILE_SECONDS));
        }
        double middle = Math.floor((duration / 2 - MIDDLE_SECONDS / 2) * 1000) / 1000;
        return List.of(new Window(0, HEAD_SECONDS), new Window(middle, MIDDLE_SECONDS));
    }

    /** Each window is the same file opened again with its own -ss/-t; one null output takes them all. */
    static FfmpegCommand command(Path file, List<Window> windows) {
        FfmpegCommand.Builder cmd = FfmpegCommand.ffmpeg("error").args("-max_error_rate", MAX_ERROR_RATE);
        List<String> maps = new ArrayList<>();
        for (int i = 0; i < windows.size(); i++) {
            Window w = windows.get(i);
            List<String> options = new ArrayList<>();
            if (w.from() > 0) {
                options.addAll(List.of("-ss", seconds(w.from())));
            }
            options.addAll(List.of("-t", seconds(w.length())));
            cmd.input(file, options);
            maps.addAll(List.of("-map", i + ":v:0?", "-map", i + ":a:0?"));
        }
        return cmd.args(maps).args("-f", "null", "-").build();
    }

    private static String describe(List<Window> windows) {
        return windows.size() == 1 ? "the first " + seconds(windows.get(0).length()) + " s"
                : "the first " + seconds(HEAD_SECONDS) + " s and " + seconds(MIDDLE_SECONDS) + " s from "
                        + seconds(windows.get(1).from()) + " s";
    }

    /**
     * The first line that names a cause (ffmpeg's "Nothing was written" and "repeated" lines do not),
     * without the "[vist#0:0/h264 @ 0x…] [dec:h264 @ 0x…]" context prefixes ffmpeg 8 puts before it.
     */
    private static String first(List<String> lines) {
        String line = lines.stream()
                .filter(l -> !l.contains("Nothing was written") && !l.contains("Last message repeated"))
                .findFirst().orElse(lines.get(0)).strip();
        return FileNames.printable(line.replaceFirst("^(\\[[^\\]]*@ 0x[0-9a-f]+\\] )+", ""), 160);
    }

    private static String seconds(double value) {
        String text = String.format(Locale.ROOT, "%.3f", value);
        return text.replaceFirst("\\.?0+$", "");
    }
}
