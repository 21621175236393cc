package io.recmerge.engine;

import java.time.Duration;
import java.util.List;

/** A finished run: exit 0 always (other exits raise {@link ProcessFailedException}). */
public record RunResult(String stdout, List<String> stderrTail, Duration elapsed) {
    public RunResult {
        stderrTail = List.copyOf(stderrTail);
    }
}
