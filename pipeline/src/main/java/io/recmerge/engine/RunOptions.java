package io.recmerge.engine;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How to run one command: its time limit, where its stderr goes, who hears its progress.
 * Progress is only parsed when the command itself asks ffmpeg for {@code -progress pipe:1}.
 */
public record RunOptions(Duration timeout, Optional<Path> stderrLog, ProgressListener progress) {

    public RunOptions {
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(stderrLog, "stderrLog");
        Objects.requireNonNull(progress, "progress");
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive, was " + timeout);
        }
    }

    public static RunOptions withTimeout(Duration timeout) {
        return new RunOptions(timeout, Optional.empty(), ProgressListener.NONE);
    }
}
