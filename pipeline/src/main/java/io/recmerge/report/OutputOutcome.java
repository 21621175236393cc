package io.recmerge.report;

import io.recmerge.diag.Diagnostic;
import io.recmerge.plan.PlannedOutput;
import io.recmerge.verify.OutputFacts;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * What became of one planned output (or of a user session that could not get one). The one fact
 * the exit code, convert-done.txt, manifest.json and the batch report are all derived from, so a
 * library caller, {@code convert}, {@code batch} and {@code watch} cannot disagree.
 */
public sealed interface OutputOutcome {

    String uid();

    /** The output file name; for {@link Refused}, the user session's base name. */
    String name();

    /** Written or partial: a verified file is in place. */
    default boolean fileWritten() {
        return this instanceof Made;
    }

    /** An output that is in place: {@link Written} or {@link Partial}. */
    sealed interface Made extends OutputOutcome {
        PlannedOutput plan();

        OutputFacts facts();

        Duration elapsed();

        @Override
        default String uid() {
            return plan().uid();
        }

        @Override
        default String name() {
            return plan().fileName();
        }
    }

    /** Verified and renamed into place, made from every media file the user session names. */
    record Written(PlannedOutput plan, OutputFacts facts, Duration elapsed) implements Made {
        public Written {
            Objects.requireNonNull(plan, "plan");
            Objects.requireNonNull(facts, "facts");
        }
    }

    /** In place, but made without some of the user's media ({@code missing} names them): exit 2. */
    record Partial(PlannedOutput plan, OutputFacts facts, Duration elapsed, List<String> missing) implements Made {
        public Partial {
            Objects.requireNonNull(plan, "plan");
            Objects.requireNonNull(facts, "facts");
            missing = List.copyOf(missing);
        }
    }

    /** Planned, but rendering or verification failed; nothing was left behind. */
    record Failed(PlannedOutput plan, Diagnostic why) implements OutputOutcome {
        @Override
        public String uid() {
            return plan.uid();
        }

        @Override
        public String name() {
            return plan.fileName();
        }
    }

    /**
     * A user session that got no output although it had media: every file was lost (missing,
     * undecodable, refused names) or its plan was refused (implausible times, an internal error).
     */
    record Refused(String uid, String name, Diagnostic why) implements OutputOutcome {
        public Refused {
            Objects.requireNonNull(uid, "uid");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(why, "why");
        }
    }
}
