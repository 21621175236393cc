package io.recmerge.plan;

import java.util.List;
import java.util.Optional;

/**
 * Where an output starts when the audio began before the first video frame (the blank lead-in of
 * the FAQ), and until when the first frame is shown frozen.
 *
 * @param start session time of the output's t=0
 * @param freezeUntil session time of the first video frame, when that frame is shown from {@code start}
 */
record LeadIn(double start, Optional<Double> freezeUntil) {

    /**
     * Under auto, the cut lands this long before the first audible sound, so the onset of a word
     * (softer than the silence threshold for its first milliseconds) is not clipped.
     */
    static final double ONSET_MARGIN = 0.25;

    static LeadIn decide(LeadingBlank policy, List<MediaPiece> audio, List<MediaPiece> video, double earliest) {
        if (audio.isEmpty() || video.isEmpty()) {
            return new LeadIn(earliest, Optional.empty());
        }
        double a = audio.stream().mapToDouble(MediaPiece::start).min().orElseThrow();
        double v = video.stream().mapToDouble(MediaPiece::start).min().orElseThrow();
        if (v <= a) {
            return new LeadIn(earliest, Optional.empty());
        }
        switch (policy) {
            case KEEP:
                return new LeadIn(a, Optional.empty());
            case TRIM:
                return new LeadIn(v, Optional.empty());
            case FREEZE:
                return new LeadIn(a, Optional.of(v));
            default:
                return auto(audio, a, v);
        }
    }

    /**
     * The same lead-in started at {@code newStart} instead (an AAC frame boundary, AudioCopy): when
     * that is earlier and nothing was frozen, the first frame is frozen until the video runs, so
     * neither a copy (an empty edit) nor a transcode (black) shows a gap before it.
     */
    LeadIn startingAt(double newStart, List<MediaPiece> video) {
        if (!(newStart < start) || freezeUntil.isPresent() || video.isEmpty()) {
            return new LeadIn(newStart, freezeUntil);
        }
        double v = video.stream().mapToDouble(MediaPiece::start).min().orElseThrow();
        return new LeadIn(newStart, v > newStart ? Optional.of(v) : Optional.empty());
    }

    /** Unknown audibility counts as audible: dropping sound the analysis did not vouch for would lose data. */
    private static LeadIn auto(List<MediaPiece> audio, double a, double v) {
        double audible = audio.stream().mapToDouble(p -> p.audibleFrom().orElse(p.start())).min().orElseThrow();
        if (audible >= v) {
            return new LeadIn(v, Optional.empty());
        }
        return new LeadIn(Math.max(a, audible - ONSET_MARGIN), Optional.of(v));
    }
}
