package io.recmerge.plan;

import io.recmerge.profile.Profile;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything decided about one output before anything runs: name, what it should measure like
 * (the verify stage checks against this), and the plan that makes it.
 *
 * @param sessionOffset the session-clock time at which the output's t=0 lies
 * @param duration the planned length in seconds
 * @param tempFile where ffmpeg writes; renamed to {@code finalFile} only after verification
 * @param droppedGaps session-time stretches cut out of the output ({@code --gaps drop})
 * @param firstFrameFrozenFor output seconds at the start during which the first video frame is
 *                            shown frozen (the lead-in under auto/freeze)
 * @param companions snapshots and the audio copy made beside the output
 */
public record PlannedOutput(String uid, String fileName, OutputKind kind, double sessionOffset, double duration,
                            Optional<Double> fps, Optional<Canvas> canvas, List<String> sources, Profile profile,
                            Path finalFile, Path tempFile, RenderPlan plan, List<Interval> droppedGaps,
                            Optional<Double> firstFrameFrozenFor, Companions companions) {

    public PlannedOutput {
        Objects.requireNonNull(uid, "uid");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(fps, "fps");
        Objects.requireNonNull(canvas, "canvas");
        sources = List.copyOf(sources);
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(finalFile, "finalFile");
        Objects.requireNonNull(tempFile, "tempFile");
        Objects.requireNonNull(plan, "plan");
        droppedGaps = List.copyOf(droppedGaps);
        Objects.requireNonNull(firstFrameFrozenFor, "firstFrameFrozenFor");
        Objects.requireNonNull(companions, "companions");
        if (!(duration > 0)) {
            throw new IllegalArgumentException(fileName + ": planned duration " + duration + " is not positive");
        }
    }
}
