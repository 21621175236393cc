package io.recmerge.engine;

import java.time.Duration;

/**
 * Time limits scaled to the media: generous enough for a slow 2-core machine re-encoding 1080p
 * (about half real time), tight enough that a hung ffmpeg does not block a batch for hours.
 */
public final class Timeouts {

    private Timeouts() {
    }

    public static Duration transcode(double mediaSeconds) {
        return Duration.ofSeconds(120 + Math.round(10 * mediaSeconds));
    }

    public static Duration copy(double mediaSeconds) {
        return Duration.ofSeconds(60 + Math.round(mediaSeconds));
    }

    public static Duration decode(double mediaSeconds) {
        return Duration.ofSeconds(60 + Math.round(3 * mediaSeconds));
    }
}
