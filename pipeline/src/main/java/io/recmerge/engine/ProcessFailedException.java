package io.recmerge.engine;

import java.util.List;

/** A run that did not end with exit 0: carries the command, the exit code and the last stderr lines. */
public final class ProcessFailedException extends Exception {

    public enum Reason { EXIT_CODE, TIMEOUT, CANCELLED, START_FAILED }

    private final transient FfmpegCommand command;
    private final int exitCode;
    private final List<String> stderrTail;
    private final Reason reason;

    public ProcessFailedException(FfmpegCommand command, Reason reason, int exitCode, List<String> stderrTail) {
        super(describe(command, reason, exitCode, stderrTail));
        this.command = command;
        this.reason = reason;
        this.exitCode = exitCode;
        this.stderrTail = List.copyOf(stderrTail);
    }

    private static String describe(FfmpegCommand command, Reason reason, int exitCode, List<String> tail) {
        String tool = command.tool().name().toLowerCase(java.util.Locale.ROOT);
        String what = switch (reason) {
            case EXIT_CODE -> tool + " exited with " + exitCode;
            case TIMEOUT -> tool + " ran past its time limit and was stopped";
            case CANCELLED -> tool + " was stopped (interrupted)";
            case START_FAILED -> tool + " could not be started";
        };
        return tail.isEmpty() ? what : what + ": " + tail.get(tail.size() - 1);
    }

    public FfmpegCommand command() { return command; }
    public int exitCode() { return exitCode; }
    public List<String> stderrTail() { return stderrTail; }
    public Reason reason() { return reason; }
}
