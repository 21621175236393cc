package io.recmerge.plan;

import io.recmerge.profile.Profile;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * The user's choices that shape every output of a run.
 *
 * @param audioOnlyProfile the profile for outputs without video (m4a for the default mp4 profile)
 * @param fps {@code --fps}, when given
 * @param size {@code --size}, when given
 * @param select which uids and which stretch of session time ({@code --uid}, {@code --from}/{@code --to})
 * @param extras files made beside each output ({@code --snapshots}, {@code --keep-audio}) and its name
 */
public record PlanRequest(Profile profile, Profile audioOnlyProfile, Path outputDir, OptionalDouble fps,
                          Optional<Canvas> size, Mode mode, LeadingBlank leadingBlank, Gaps gaps, Selection select,
                          Extras extras) {

    /**
     * @param uids only these uids (empty: all)
     * @param window only this stretch of session time; in uid modes on the first session's clock
     * @param recording only this Agora Cloud Recording of the folder, by its {@code <sid>_<cname>} (empty: all);
     *                  batch converts a folder holding several recordings one recording at a time
     */
    public record Selection(Set<String> uids, Optional<Interval> window, Optional<String> recording) {
        public static final Selection ALL = new Selection(Set.of(), Optional.empty());

        public Selection {
            uids = Set.copyOf(uids);
            Objects.requireNonNull(window, "window");
            Objects.requireNonNull(recording, "recording");
        }

        public Selection(Set<String> uids, Optional<Interval> window) {
            this(uids, window, Optional.empty());
        }

        public boolean selects(String uid) {
            return uids.isEmpty() || uids.contains(uid);
        }

        /** Whether the cloud recording {@code <sid>_<cname>} is converted. */
        public boolean selectsRecording(String key) {
            return recording.map(key::equals).orElse(true);
        }

        public Selection withRecording(String key) {
            return new Selection(uids, window, Optional.of(key));
        }
    }

    /**
     * @param snapshotEvery seconds between JPEG snapshots of the upright picture (the SDK script's {@code -c})
     * @param keepAudio an .m4a of the output's audio beside it (the script's {@code -a})
     * @param name the output's base name instead of the reference converter's (the script's {@code -o})
     */
    public record Extras(Optional<Double> snapshotEvery, boolean keepAudio, Optional<String> name) {
        public static final Extras NONE = new Extras(Optional.empty(), false, Optional.empty());

        /** The script's lower bound for {@code -c}. */
        public static final double MIN_SNAPSHOT_INTERVAL = 0.1;

        public Extras {
            Objects.requireNonNull(snapshotEvery, "snapshotEvery");
            Objects.requireNonNull(name, "name");
            if (snapshotEvery.isPresent() && !(snapshotEvery.get() >= MIN_SNAPSHOT_INTERVAL - 1e-9)) {
                throw new IllegalArgumentException("snapshot interval " + snapshotEvery.get() + " s is below "
                        + MIN_SNAPSHOT_INTERVAL + " s");
            }
        }

        public Extras withName(String value) {
            return new Extras(snapshotEvery, keepAudio, Optional.of(value));
        }
    }

    /** Every uid, the whole session, nothing beside the outputs. */
    public PlanRequest(Profile profile, Profile audioOnlyProfile, Path outputDir, OptionalDouble fps,
                       Optional<Canvas> size, Mode mode, LeadingBlank leadingBlank, Gaps gaps) {
        this(profile, audioOnlyProfile, outputDir, fps, size, mode, leadingBlank, gaps, Selection.ALL, Extras.NONE);
    }

    public PlanRequest {
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(audioOnlyProfile, "audioOnlyProfile");
        Objects.requireNonNull(outputDir, "outputDir");
        Objects.requireNonNull(fps, "fps");
        Objects.requireNonNull(size, "size");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(leadingBlank, "leadingBlank");
        Objects.requireNonNull(gaps, "gaps");
        Objects.requireNonNull(select, "select");
        Objects.requireNonNull(extras, "extras");
        if (fps.isPresent() && (fps.getAsDouble() < FrameRates.MIN || fps.getAsDouble() > FrameRates.MAX)) {
            throw new IllegalArgumentException("fps " + fps.getAsDouble() + " is outside " + FrameRates.MIN
                    + ".." + FrameRates.MAX);
        }
    }

    public PlanRequest withProfiles(Profile video, Profile audioOnly) {
        return new PlanRequest(video, audioOnly, outputDir, fps, size, mode, leadingBlank, gaps, select, extras);
    }

    public PlanRequest withExtras(Extras value) {
        return new PlanRequest(profile, audioOnlyProfile, outputDir, fps, size, mode, leadingBlank, gaps, select, value);
    }

    /** The defaults of every choice but the profile and the folder. */
    public static PlanRequest defaults(Profile profile, Profile audioOnlyProfile, Path outputDir) {
        return new PlanRequest(profile, audioOnlyProfile, outputDir, OptionalDouble.empty(), Optional.empty(),
                Mode.SESSION, LeadingBlank.AUTO, Gaps.KEEP);
    }
}
