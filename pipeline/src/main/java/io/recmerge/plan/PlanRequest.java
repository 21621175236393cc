package io.recmerge.plan;

import io.recmerge.profile.Profile;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The user's choices that shape every output of a run.
 *
 * @param audioOnlyProfile the profile for outputs without video (m4a for the default mp4 profile)
 * @param fps {@code --fps}, when given
 * @param size {@code --size}, when given
 */
public record PlanRequest(Profile profile, Profile audioOnlyProfile, Path outputDir, OptionalDouble fps,
                          Optional<Canvas> size, Mode mode, LeadingBlank leadingBlank, Gaps gaps) {

    public PlanRequest {
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(audioOnlyProfile, "audioOnlyProfile");
        Objects.requireNonNull(outputDir, "outputDir");
        Objects.requireNonNull(fps, "fps");
        Objects.requireNonNull(size, "size");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(leadingBlank, "leadingBlank");
        Objects.requireNonNull(gaps, "gaps");
        if (fps.isPresent() && (fps.getAsDouble() < FrameRates.MIN || fps.getAsDouble() > FrameRates.MAX)) {
            throw new IllegalArgumentException("fps " + fps.getAsDouble() + " is outside " + FrameRates.MIN
                    + ".." + FrameRates.MAX);
        }
    }

    /** The defaults of every choice but the profile and the folder. */
    public static PlanRequest defaults(Profile profile, Profile audioOnlyProfile, Path outputDir) {
        return new PlanRequest(profile, audioOnlyProfile, outputDir, OptionalDouble.empty(), Optional.empty(),
                Mode.SESSION, LeadingBlank.AUTO, Gaps.KEEP);
    }
}
