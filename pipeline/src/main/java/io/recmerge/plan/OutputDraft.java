package io.recmerge.plan;

import io.recmerge.profile.Profile;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What the planner settled before choosing copy or filter: shared by both plan builders.
 *
 * @param freezeUntil session time until which the first video frame is shown frozen (lead-in)
 * @param freezeGaps {@code --gaps freeze}: each piece's last frame stays until the next piece starts
 */
record OutputDraft(OutputKind kind, Profile profile, OutputWindow window, List<MediaPiece> audio,
                   List<MediaPiece> video, Optional<Double> fps, Optional<Canvas> canvas, Path tempFile,
                   Optional<Double> freezeUntil, boolean freezeGaps) {

    OutputDraft {
        audio = List.copyOf(audio);
        video = List.copyOf(video);
    }

    /** One output frame; the A/V tolerance everywhere (docs/timing.md: in sync to within one frame). */
    double frameSeconds() {
        return 1.0 / fps.orElse(FrameRates.FALLBACK);
    }
}
