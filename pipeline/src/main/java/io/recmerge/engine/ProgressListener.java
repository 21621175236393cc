package io.recmerge.engine;

import java.time.Duration;

/** Receives ffmpeg's {@code -progress} position: how much of the output has been written. */
@FunctionalInterface
public interface ProgressListener {
    ProgressListener NONE = position -> { };

    void onProgress(Duration outputPosition);
}
