package io.recmerge.convert;

import io.recmerge.report.ExitCode;
import io.recmerge.report.PreviousRun;
import io.recmerge.report.SessionResult;
import java.nio.file.Path;

/** What one run over a session folder did: converted it (or found it unfinished), or found it unchanged. */
public sealed interface SessionRun {

    Path sessionDir();

    Path outputDir();

    ExitCode exitCode();

    /** The stages ran (or stopped at "not finished" / an interrupt); {@link SessionResult} says how it ended. */
    record Converted(SessionResult result) implements SessionRun {
        @Override
        public Path sessionDir() {
            return result.folder().dir();
        }

        @Override
        public Path outputDir() {
            return result.outputDir();
        }

        @Override
        public ExitCode exitCode() {
            return result.exitCode();
        }
    }

    /**
     * The output folder's manifest was made from the same inputs and options and its files are all
     * there: nothing was rendered. The exit code is the earlier run's.
     */
    record Unchanged(Path sessionDir, PreviousRun previous) implements SessionRun {
        @Override
        public Path outputDir() {
            return previous.outputDir();
        }

        @Override
        public ExitCode exitCode() {
            for (ExitCode c : ExitCode.values()) {
                if (c.code() == previous.exitCode()) {
                    return c;
                }
            }
            return ExitCode.PARTIAL;
        }
    }
}
