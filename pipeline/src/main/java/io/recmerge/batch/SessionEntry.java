package io.recmerge.batch;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * One session's line in batch-report.json and batch-report.csv.
 *
 * @param session the session folder relative to ROOT ("." for ROOT itself)
 * @param status converted, partial, failed, nothing, unchanged, not-finished, locked, error, interrupted
 * @param exitCode the session's own exit code (as {@code convert} would give it)
 * @param outputs outputs in place (whole or partial)
 * @param mediaSeconds the outputs' total duration
 * @param seconds wall time this run spent on the session
 */
@JsonPropertyOrder({"session", "status", "exitCode", "outputs", "partial", "failed", "mediaSeconds", "seconds",
        "warnings", "errors", "message"})
public record SessionEntry(String session, String status, int exitCode, int outputs, int partial, int failed,
                           double mediaSeconds, double seconds, int warnings, int errors, String message) {

    /** Counted as converted: its outputs are all there (this run or an earlier one). */
    public boolean succeeded() {
        return exitCode == 0 && (status.equals("converted") || status.equals("unchanged"));
    }

    /** Counted as failed: some output is missing or partial, or the session could not be run. */
    public boolean failedSession() {
        return status.equals("partial") || status.equals("failed") || status.equals("nothing")
                || status.equals("error") || (status.equals("unchanged") && exitCode != 0);
    }
}
