package io.recmerge.engine;

/**
 * The one seam between recmerge and a running ffmpeg/ffprobe. Everything that starts a process
 * goes through here, so timeouts, logs, progress and interruption are handled in one place.
 */
public interface ProcessRunner {

    /** Runs to completion; exit code 0 or an exception that says what went wrong. */
    RunResult run(FfmpegCommand command, RunOptions options) throws ProcessFailedException;

    /** Stops every running process (graceful "q", then destroy); used on SIGINT/SIGTERM. */
    void stopAll();

    /** True once {@link #stopAll()} was called: a run that failed since was stopped, not broken. */
    boolean stopped();
}
