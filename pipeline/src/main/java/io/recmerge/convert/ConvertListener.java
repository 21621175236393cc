package io.recmerge.convert;

import io.recmerge.diag.Diagnostic;
import io.recmerge.plan.PlannedOutput;
import io.recmerge.verify.OutputFacts;
import java.nio.file.Path;
import java.time.Duration;

/** Hears what a conversion does, for progress bars and logs. Every method is optional. */
public interface ConvertListener {

    ConvertListener NONE = new ConvertListener() { };

    default void waiting(Path sessionDir, Duration left) { }

    default void started(PlannedOutput output, int index, int total) { }

    default void progress(PlannedOutput output, Duration position) { }

    default void written(PlannedOutput output, OutputFacts facts, Duration elapsed) { }

    default void failed(PlannedOutput output, Diagnostic why) { }
}
