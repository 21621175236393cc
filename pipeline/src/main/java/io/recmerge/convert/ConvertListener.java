package io.recmerge.convert;

import io.recmerge.diag.Diagnostic;
import io.recmerge.plan.PlannedOutput;
import io.recmerge.verify.OutputFacts;
import java.nio.file.Path;
import java.time.Duration;

/** Hears what a conversion does, for progress bars and logs. Every method is optional. */
public interface ConvertListener {

    ConvertListener NONE = new ConvertListener() { };

    /** @param idle how long nothing in the folder has changed, when known */
    default void waiting(Path sessionDir, Duration left, java.util.Optional<Duration> idle) { }

    /** Metadata, probe and plan begin (the slow part before the first output on short sessions). */
    default void planning(Path sessionDir, int metadataFiles) { }

    /** User session {@code index} of {@code total} is being read and its files probed. */
    default void probing(int index, int total, String metadataFile) { }

    /** The outputs that will be made, in order. */
    default void planned(java.util.List<PlannedOutput> outputs) { }

    default void started(PlannedOutput output, int index, int total) { }

    default void progress(PlannedOutput output, Duration position) { }

    default void written(PlannedOutput output, OutputFacts facts, Duration elapsed) { }

    default void failed(PlannedOutput output, Diagnostic why) { }
}
