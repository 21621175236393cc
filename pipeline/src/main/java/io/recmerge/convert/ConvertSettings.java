package io.recmerge.convert;

import io.recmerge.plan.Canvas;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The options of {@code recmerge convert}.
 *
 * @param outputDir {@code -o}; default {@code SESSION_DIR/converted}
 * @param profile a built-in profile name or a profile file
 * @param force convert a recording that has no recording2-done.txt
 * @param waitForDone how long to wait for recording2-done.txt before giving up
 */
public record ConvertSettings(Optional<Path> outputDir, String profile, OptionalDouble fps, Optional<Canvas> size,
                              boolean force, Optional<Duration> waitForDone) {

    public ConvertSettings {
        Objects.requireNonNull(outputDir, "outputDir");
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(fps, "fps");
        Objects.requireNonNull(size, "size");
        Objects.requireNonNull(waitForDone, "waitForDone");
    }

    public Path outputDirFor(Path sessionDir) {
        return outputDir.orElse(sessionDir.resolve("converted"));
    }
}
