package io.recmerge.batch;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.recmerge.report.ExitCode;
import java.util.List;

/**
 * OUT/batch-report.json: every session this process took, how it went, and the totals. The exit
 * code is derived here (see {@link #exitCode()}).
 */
@JsonPropertyOrder({"root", "out", "shard", "jobs", "elapsedSeconds", "interrupted", "totals", "sessions",
        "exitCode"})
public record BatchReport(String root, String out, String shard, int jobs, double elapsedSeconds,
                          boolean interrupted, Totals totals, List<SessionEntry> sessions) {

    /**
     * @param skipped sessions not converted on purpose: not finished (no --force), locked by another run
     */
    public record Totals(int sessions, int converted, int unchanged, int failed, int skipped, int interrupted,
                         int outputs, double mediaSeconds) { }

    public BatchReport {
        sessions = List.copyOf(sessions);
    }

    public static Totals totals(List<SessionEntry> sessions) {
        int converted = 0;
        int unchanged = 0;
        int failed = 0;
        int skipped = 0;
        int interrupted = 0;
        int outputs = 0;
        double media = 0;
        for (SessionEntry e : sessions) {
            converted += e.succeeded() ? 1 : 0;
            unchanged += e.status().equals("unchanged") ? 1 : 0;
            failed += e.failedSession() ? 1 : 0;
            skipped += e.status().equals("not-finished") || e.status().equals("locked") ? 1 : 0;
            interrupted += e.status().equals("interrupted") ? 1 : 0;
            outputs += e.outputs();
            media += e.mediaSeconds();
        }
        return new Totals(sessions.size(), converted, unchanged, failed, skipped, interrupted, outputs,
                Math.round(media * 1000) / 1000.0);
    }

    /**
     * 130 interrupted; 0 when no session failed (also when this shard had nothing to do, or every
     * session was skipped as not finished: nothing went wrong, and a Job must not fail for it); 3
     * when sessions failed and none converted; 2 when some failed and others converted.
     */
    @com.fasterxml.jackson.annotation.JsonProperty("exitCode")
    public int exitCode() {
        if (interrupted) {
            return ExitCode.INTERRUPTED.code();
        }
        if (totals.failed() == 0) {
            return ExitCode.OK.code();
        }
        return totals.converted() == 0 ? ExitCode.NOTHING.code() : ExitCode.PARTIAL.code();
    }
}
