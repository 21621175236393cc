package io.recmerge.testkit;

/**
 * One decoded video frame: its presentation time (seconds, file timeline) and its mean luma as
 * ffmpeg's signalstats reports it (YAVG: limited range for yuv420p, black 16, white 235).
 */
public record FrameLuma(double time, double yavg) {
}
