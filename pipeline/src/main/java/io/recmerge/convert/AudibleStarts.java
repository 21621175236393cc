package io.recmerge.convert;

import io.recmerge.plan.MediaPiece;
import io.recmerge.plan.UserTimeline;
import io.recmerge.probe.SilenceProbe;
import java.util.List;
import java.util.OptionalDouble;

/**
 * For {@code --leading-blank auto}: finds where sound starts in each audio file that begins before
 * the first video frame, looking only at that lead-in (plus a little), so the check stays cheap.
 */
final class AudibleStarts {

    private static final double LOOK_PAST_VIDEO_START = 0.5;

    private AudibleStarts() {
    }

    static UserTimeline annotate(UserTimeline t, SilenceProbe probe) {
        OptionalDouble firstVideo = t.video().stream().mapToDouble(MediaPiece::start).min();
        if (firstVideo.isEmpty()) {
            return t;
        }
        double v = firstVideo.getAsDouble();
        // A later part of a damaged .aac is read from its own byte on; the probe reads from the start: not analysed.
        List<MediaPiece> audio = t.audio().stream().map(p -> p.start() >= v || !p.inputOptions().isEmpty() ? p
                : analysed(p, v, probe)).toList();
        return new UserTimeline(t.uid(), t.stamp(), t.baseName(), audio, t.video(), t.diagnostics());
    }

    private static MediaPiece analysed(MediaPiece p, double videoStart, SilenceProbe probe) {
        double limit = Math.min(p.duration(), videoStart - p.start() + LOOK_PAST_VIDEO_START);
        OptionalDouble audible = probe.firstAudible(p.file(), p.primingSeconds(), limit);
        if (audible.isEmpty()) {
            return p; // not analysed: treated as audible from its start, so nothing is dropped
        }
        double at = audible.getAsDouble() >= limit ? p.end() : p.start() + audible.getAsDouble();
        return p.withAudibleFrom(Math.min(at, p.end()));
    }
}
