package io.recmerge.engine;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.apache.commons.exec.LogOutputStream;

/**
 * A process's stdout. Without a progress listener the text is kept (ffprobe's JSON); with one,
 * ffmpeg's {@code -progress pipe:1} key=value lines are parsed and not kept (they grow with the run).
 */
final class StdoutSink extends LogOutputStream {

    private final ProgressListener progress;
    private final StringBuilder text = new StringBuilder();

    StdoutSink(ProgressListener progress) {
        super(0, StandardCharsets.UTF_8);
        this.progress = progress;
    }

    @Override
    protected void processLine(String line, int level) {
        if (progress == ProgressListener.NONE) {
            text.append(line).append('\n');
        } else if (line.startsWith("out_time_us=")) {
            parseMicros(line.substring("out_time_us=".length()))
                    .ifPresent(us -> progress.onProgress(Duration.ofNanos(us * 1000)));
        }
    }

    /** Before the first frame ffmpeg prints {@code N/A} or a negative time. */
    private static java.util.Optional<Long> parseMicros(String value) {
        try {
            long us = Long.parseLong(value.trim());
            return us >= 0 ? java.util.Optional.of(us) : java.util.Optional.empty();
        } catch (NumberFormatException e) {
            return java.util.Optional.empty();
        }
    }

    String captured() {
        return text.toString();
    }
}
