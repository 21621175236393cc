package io.recmerge.engine;

import java.time.Duration;
import org.apache.commons.exec.DefaultExecuteResultHandler;
import org.apache.commons.exec.ExecuteWatchdog;

/** One started process and the means to wait for it or stop it. */
final class RunningProcess {

    private final StdinKeepingStreamHandler streams;
    private final ExecuteWatchdog watchdog;
    private final DefaultExecuteResultHandler result;
    private volatile boolean stoppedByUs;

    RunningProcess(StdinKeepingStreamHandler streams, ExecuteWatchdog watchdog, DefaultExecuteResultHandler result) {
        this.streams = streams;
        this.watchdog = watchdog;
        this.result = result;
    }

    /** Waits up to the limit; returns null when the process ended by itself, else why it was stopped. */
    ProcessFailedException.Reason await(Duration timeout) {
        try {
            result.waitFor(timeout);
            if (result.hasResult()) {
                return stoppedByUs ? ProcessFailedException.Reason.CANCELLED : null;
            }
            stopGracefully();
            return ProcessFailedException.Reason.TIMEOUT;
        } catch (InterruptedException e) {
            stopGracefully();
            Thread.currentThread().interrupt();
            return ProcessFailedException.Reason.CANCELLED;
        }
    }

    int exitValue() {
        return result.hasResult() ? result.getExitValue() : -1;
    }

    /** "q" lets ffmpeg close its output cleanly; a process that ignores it is destroyed. */
    void stopGracefully() {
        stoppedByUs = true;
        streams.sendQuit();
        try {
            result.waitFor(ExecProcessRunner.GRACE);
            if (!result.hasResult()) {
                watchdog.destroyProcess();
                result.waitFor(ExecProcessRunner.GRACE);
            }
        } catch (InterruptedException e) {
            watchdog.destroyProcess();
            Thread.currentThread().interrupt();
        }
    }
}
