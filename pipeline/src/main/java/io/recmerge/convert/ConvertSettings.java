package io.recmerge.convert;

import io.recmerge.plan.Canvas;
import io.recmerge.plan.Gaps;
import io.recmerge.plan.LeadingBlank;
import io.recmerge.plan.Mode;
import io.recmerge.profile.ProfileCatalog;
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
                              boolean force, Optional<Duration> waitForDone, Mode mode, LeadingBlank leadingBlank,
                              Gaps gaps) {

    public ConvertSettings {
        Objects.requireNonNull(outputDir, "outputDir");
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(fps, "fps");
        Objects.requireNonNull(size, "size");
        Objects.requireNonNull(waitForDone, "waitForDone");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(leadingBlank, "leadingBlank");
        Objects.requireNonNull(gaps, "gaps");
    }

    /** Every option at its default, output in {@code SESSION_DIR/converted}. */
    public static ConvertSettings defaults() {
        return new ConvertSettings(Optional.empty(), ProfileCatalog.DEFAULT, OptionalDouble.empty(), Optional.empty(),
                false, Optional.empty(), Mode.SESSION, LeadingBlank.AUTO, Gaps.KEEP);
    }

    public Path outputDirFor(Path sessionDir) {
        return outputDir.orElse(sessionDir.resolve("converted"));
    }

    public ConvertSettings withOutputDir(Path dir) {
        return new ConvertSettings(Optional.of(dir), profile, fps, size, force, waitForDone, mode, leadingBlank, gaps);
    }

    public ConvertSettings withProfile(String name) {
        return new ConvertSettings(outputDir, name, fps, size, force, waitForDone, mode, leadingBlank, gaps);
    }

    public ConvertSettings withFps(double value) {
        return new ConvertSettings(outputDir, profile, OptionalDouble.of(value), size, force, waitForDone, mode,
                leadingBlank, gaps);
    }

    public ConvertSettings withSize(Canvas value) {
        return new ConvertSettings(outputDir, profile, fps, Optional.of(value), force, waitForDone, mode, leadingBlank,
                gaps);
    }

    public ConvertSettings withMode(Mode value) {
        return new ConvertSettings(outputDir, profile, fps, size, force, waitForDone, value, leadingBlank, gaps);
    }

    public ConvertSettings withLeadingBlank(LeadingBlank value) {
        return new ConvertSettings(outputDir, profile, fps, size, force, waitForDone, mode, value, gaps);
    }

    public ConvertSettings withGaps(Gaps value) {
        return new ConvertSettings(outputDir, profile, fps, size, force, waitForDone, mode, leadingBlank, value);
    }
}
