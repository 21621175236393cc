package io.recmerge.probe;

import io.recmerge.engine.FfmpegCommand;
import io.recmerge.engine.Filter;
import io.recmerge.engine.ProcessFailedException;
import io.recmerge.engine.ProcessRunner;
import io.recmerge.engine.RunOptions;
import io.recmerge.engine.ProgressListener;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where sound starts in an audio file: ffmpeg's {@code silencedetect} over its first seconds
 * (audio decode only, cheap). Used by {@code --leading-blank auto} to tell a silent lead-in,
 * which can go, from speech before the first video frame, which must stay.
 */
public final class SilenceProbe {

    /** Below -50 dBFS for 0.3 s counts as silence: room noise stays under it, speech does not. */
    static final String DETECT = Filter.of("silencedetect", "noise", "-50dB", "d", "0.3").render();
    private static final Pattern EVENT = Pattern.compile("silence_(start|end): (-?[0-9.]+)");

    private final ProcessRunner runner;

    public SilenceProbe(ProcessRunner runner) {
        this.runner = runner;
    }

    /**
     * Seconds from the content start to the first sound, looking no further than {@code limit}
     * ({@code limit} when it is silent throughout); empty when the file could not be analysed.
     *
     * @param priming seconds of encoder priming the decoder outputs first (they are silent)
     */
    public OptionalDouble firstAudible(Path file, double priming, double limit) {
        Path log = null;
        try {
            log = Files.createTempFile("recmerge-silence", ".log");
            FfmpegCommand cmd = FfmpegCommand.ffmpeg("level+info")
                    .input(file, List.of("-t", String.format(Locale.ROOT, "%.3f", limit + priming)))
                    .args("-map", "0:a:0", "-af", DETECT, "-f", "null", "-").build();
            runner.run(cmd, new RunOptions(Duration.ofSeconds(60 + Math.round(limit)), Optional.of(log),
                    ProgressListener.NONE));
            return OptionalDouble.of(Math.min(limit, Math.max(0, parse(Files.readString(log), priming) - priming)));
        } catch (ProcessFailedException | IOException e) {
            return OptionalDouble.empty();
        } finally {
            deleteQuietly(log);
        }
    }

    /** The decoded time of the first sound: 0 unless the file opens with silence, then where it ends. */
    static double parse(String log, double priming) {
        Matcher m = EVENT.matcher(log);
        if (!m.find() || !m.group(1).equals("start") || Double.parseDouble(m.group(2)) > priming + 0.05) {
            return 0;
        }
        return m.find() && m.group(1).equals("end") ? Double.parseDouble(m.group(2)) : Double.MAX_VALUE;
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // A temp file left in /tmp is harmless.
            }
        }
    }
}
