package io.recmerge.report;

import io.recmerge.diag.Diagnostic;
import io.recmerge.discover.SessionFolder;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of one session folder: how the run ended, what became of each output, and every
 * diagnostic in folder order. {@link #exitCode()} is derived here and nowhere else.
 *
 * @param outputDir the absolute output folder
 * @param clockZero for cloud input, the UTC of the session clock's zero (the manifest's {@code clockZeroUtc})
 */
public record SessionResult(SessionFolder folder, Path outputDir, State state, List<OutputOutcome> outcomes,
                            List<Diagnostic> diagnostics, Optional<Instant> clockZero) {

    /** How far the run got. */
    public enum State {
        /** The outputs were planned and each was made or failed. */
        CONVERTED,
        /** No recording2-done.txt and no --force: nothing was planned, nothing written. */
        NOT_FINISHED,
        /** SIGINT/SIGTERM: the running ffmpeg was stopped, temp files removed, no manifest written. */
        INTERRUPTED
    }

    public SessionResult {
        Objects.requireNonNull(folder, "folder");
        Objects.requireNonNull(outputDir, "outputDir");
        Objects.requireNonNull(state, "state");
        outcomes = List.copyOf(outcomes);
        diagnostics = List.copyOf(diagnostics);
        Objects.requireNonNull(clockZero, "clockZero");
    }

    /** A session whose clock has no UTC zero of its own (on-premise: the metadata files' clock). */
    public SessionResult(SessionFolder folder, Path outputDir, State state, List<OutputOutcome> outcomes,
                         List<Diagnostic> diagnostics) {
        this(folder, outputDir, state, outcomes, diagnostics, Optional.empty());
    }

    public List<OutputOutcome.Made> made() {
        return outcomes.stream().filter(OutputOutcome.Made.class::isInstance).map(OutputOutcome.Made.class::cast)
                .toList();
    }

    public long count(Class<? extends OutputOutcome> kind) {
        return outcomes.stream().filter(kind::isInstance).count();
    }

    /** Outputs not made at all: failed renders plus refused user sessions. */
    public long notMade() {
        return count(OutputOutcome.Failed.class) + count(OutputOutcome.Refused.class);
    }

    /**
     * 4 not finished, 130 interrupted; else 3 when no output is in place, 2 when one is partial or
     * another failed or was refused, 0 when every output was written whole.
     */
    public ExitCode exitCode() {
        return switch (state) {
            case NOT_FINISHED -> ExitCode.NOT_FINISHED;
            case INTERRUPTED -> ExitCode.INTERRUPTED;
            case CONVERTED -> ExitCode.forOutcome(made().size(),
                    (int) (notMade() + count(OutputOutcome.Partial.class)));
        };
    }
}
