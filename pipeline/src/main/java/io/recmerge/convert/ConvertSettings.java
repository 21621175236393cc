package io.recmerge.convert;

import io.recmerge.plan.Canvas;
import io.recmerge.plan.Gaps;
import io.recmerge.plan.LeadingBlank;
import io.recmerge.plan.Mode;
import io.recmerge.plan.PlanRequest;
import io.recmerge.profile.ProfileCatalog;
import io.recmerge.verify.VerifyDepth;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * The options of {@code recmerge convert} (and of every session of {@code batch} and {@code watch}).
 *
 * @param outputDir {@code -o}; default {@code SESSION_DIR/converted}
 * @param profile a built-in profile name or a profile file
 * @param force convert a recording that has no recording2-done.txt
 * @param waitForDone how long to wait for recording2-done.txt before giving up
 * @param resume when an earlier run's manifest in the output folder makes this one unnecessary
 * @param verify how much of each written file the verify stage decodes ({@code --verify})
 * @param select {@code --uid} and the time window
 * @param extras {@code --snapshots}, {@code --keep-audio} and the output name of {@code video-convert -o}
 * @param encoderThreads threads for each video encoder (empty: the encoder's own choice, one per core
 *                       and more); a batch converting several sessions at once shares the cores out.
 *                       Not part of the fingerprint: it changes how fast, not what is written
 */
public record ConvertSettings(Optional<Path> outputDir, String profile, OptionalDouble fps, Optional<Canvas> size,
                              boolean force, Optional<Duration> waitForDone, Mode mode, LeadingBlank leadingBlank,
                              Gaps gaps, Resume resume, VerifyDepth verify, PlanRequest.Selection select,
                              PlanRequest.Extras extras, OptionalInt encoderThreads) {

    /** What a matching manifest (same input fingerprint, every output still there) means for a rerun. */
    public enum Resume {
        /** Skip it whatever its exit code: a batch rerun re-renders nothing. */
        SKIP_FINISHED,
        /** Skip it only when it succeeded (exit 0): failures are tried again ({@code convert}, {@code --retry-failed}). */
        SKIP_SUCCEEDED,
        /** Convert again regardless ({@code --redo}). */
        NEVER
    }

    public ConvertSettings {
        Objects.requireNonNull(outputDir, "outputDir");
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(fps, "fps");
        Objects.requireNonNull(size, "size");
        Objects.requireNonNull(waitForDone, "waitForDone");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(leadingBlank, "leadingBlank");
        Objects.requireNonNull(gaps, "gaps");
        Objects.requireNonNull(resume, "resume");
        Objects.requireNonNull(verify, "verify");
        Objects.requireNonNull(select, "select");
        Objects.requireNonNull(extras, "extras");
        Objects.requireNonNull(encoderThreads, "encoderThreads");
    }

    /** Every option at its default, output in {@code SESSION_DIR/converted}. */
    public static ConvertSettings defaults() {
        return new ConvertSettings(Optional.empty(), ProfileCatalog.DEFAULT, OptionalDouble.empty(), Optional.empty(),
                false, Optional.empty(), Mode.SESSION, LeadingBlank.AUTO, Gaps.KEEP, Resume.SKIP_SUCCEEDED,
                VerifyDepth.AUTO, PlanRequest.Selection.ALL, PlanRequest.Extras.NONE, OptionalInt.empty());
    }

    /** The options that shape the outputs (not where they go, nor how long to wait): for the fingerprint. */
    public String outputShapingKey() {
        return "mode=" + mode + " leadingBlank=" + leadingBlank + " gaps=" + gaps + " fps=" + fps + " size=" + size
                + " profile=" + profile + (verify == VerifyDepth.AUTO ? "" : " verify=" + verify) + " uids="
                + new java.util.TreeSet<>(select.uids()) + " window="
                + select.window().map(w -> w.start() + ".." + w.end()).orElse("all") + " snapshots="
                + extras.snapshotEvery().map(String::valueOf).orElse("none") + " keepAudio=" + extras.keepAudio()
                + " name=" + extras.name().orElse("default")
                + select.recording().map(k -> " recording=" + k).orElse(""); // batch: one cloud recording
    }

    public Path outputDirFor(Path sessionDir) {
        return outputDir.orElse(sessionDir.resolve("converted"));
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    public ConvertSettings withOutputDir(Path dir) {
        return toBuilder().outputDir(dir).build();
    }

    public ConvertSettings withProfile(String name) {
        return toBuilder().profile(name).build();
    }

    public ConvertSettings withFps(double value) {
        return toBuilder().fps(value).build();
    }

    public ConvertSettings withSize(Canvas value) {
        return toBuilder().size(value).build();
    }

    public ConvertSettings withMode(Mode value) {
        return toBuilder().mode(value).build();
    }

    public ConvertSettings withLeadingBlank(LeadingBlank value) {
        return toBuilder().leadingBlank(value).build();
    }

    public ConvertSettings withGaps(Gaps value) {
        return toBuilder().gaps(value).build();
    }

    public ConvertSettings withResume(Resume value) {
        return toBuilder().resume(value).build();
    }

    public ConvertSettings withSelect(PlanRequest.Selection value) {
        return toBuilder().select(value).build();
    }

    public ConvertSettings withExtras(PlanRequest.Extras value) {
        return toBuilder().extras(value).build();
    }

    public ConvertSettings withEncoderThreads(OptionalInt value) {
        return toBuilder().encoderThreads(value).build();
    }


    /** Settings are built option by option from the command line; the record stays immutable. */
    public static final class Builder {
        private Optional<Path> outputDir;
        private String profile;
        private OptionalDouble fps;
        private Optional<Canvas> size;
        private boolean force;
        private Optional<Duration> waitForDone;
        private Mode mode;
        private LeadingBlank leadingBlank;
        private Gaps gaps;
        private Resume resume;
        private VerifyDepth verify;
        private PlanRequest.Selection select;
        private PlanRequest.Extras extras;
        private OptionalInt encoderThreads;

        private Builder(ConvertSettings s) {
            outputDir = s.outputDir;
            profile = s.profile;
            fps = s.fps;
            size = s.size;
            force = s.force;
            waitForDone = s.waitForDone;
            mode = s.mode;
            leadingBlank = s.leadingBlank;
            gaps = s.gaps;
            resume = s.resume;
            verify = s.verify;
            select = s.select;
            extras = s.extras;
            encoderThreads = s.encoderThreads;
        }

        public Builder outputDir(Path value) {
            outputDir = Optional.ofNullable(value);
            return this;
        }

        public Builder profile(String value) {
            profile = value;
            return this;
        }

        public Builder fps(double value) {
            fps = OptionalDouble.of(value);
            return this;
        }

        public Builder size(Canvas value) {
            size = Optional.ofNullable(value);
            return this;
        }

        public Builder force(boolean value) {
            force = value;
            return this;
        }

        public Builder waitForDone(Duration value) {
            waitForDone = Optional.ofNullable(value);
            return this;
        }

        public Builder mode(Mode value) {
            mode = value;
            return this;
        }

        public Builder leadingBlank(LeadingBlank value) {
            leadingBlank = value;
            return this;
        }

        public Builder gaps(Gaps value) {
            gaps = value;
            return this;
        }

        public Builder resume(Resume value) {
            resume = value;
            return this;
        }

        public Builder verify(VerifyDepth value) {
            verify = value;
            return this;
        }

        public Builder select(PlanRequest.Selection value) {
            select = value;
            return this;
        }

        public Builder extras(PlanRequest.Extras value) {
            extras = value;
            return this;
        }

        public Builder encoderThreads(OptionalInt value) {
            encoderThreads = value;
            return this;
        }

        public ConvertSettings build() {
            return new ConvertSettings(outputDir, profile, fps, size, force, waitForDone, mode, leadingBlank, gaps,
                    resume, verify, select, extras, encoderThreads);
        }
    }
}
