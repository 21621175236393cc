package io.recmerge.report;

/** The process exit codes (README.md, exit codes): stable, scripts depend on them. */
public enum ExitCode {
    /** Every output was written. */
    OK(0),
    /** Usage or set-up error: bad option, missing folder, ffmpeg unavailable. */
    USAGE(1),
    /** Some outputs failed, others were written. */
    PARTIAL(2),
    /** Nothing could be converted. */
    NOTHING(3),
    /** The recording is not finished (no recording2-done.txt); --wait or --force. */
    NOT_FINISHED(4),
    /** SIGINT/SIGTERM; no partial output left behind. */
    INTERRUPTED(130);

    private final int code;

    ExitCode(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    /** 0 when everything planned was written, 2 when some was, 3 when none was. */
    public static ExitCode forOutcome(int written, int failed) {
        if (written == 0) {
            return NOTHING;
        }
        return failed == 0 ? OK : PARTIAL;
    }
}
