package io.recmerge.plan;

import io.recmerge.profile.Profile;
import java.util.ArrayList;
import java.util.List;

/**
 * When an output's one AAC-LC piece is copied packet for packet instead of re-encoded, and the
 * ffmpeg input options that place it: by timestamp offset alone, or, when the lead-in cuts its
 * start, by dropping whole AAC frames (1024 samples at the file's own rate) up to a frame
 * boundary. When that makes the whole output a copy, the planner moves such a cut start to a
 * boundary ({@link #frameStart}) and places every piece relative to it, so the copied video moves
 * by the same sub-frame remainder and sync stays exact.
 *
 * <p>Re-encoded instead (AudioMix): several pieces (mixed), parts of a damaged file, another
 * codec or AAC profile, a profile that forbids copies, audio ending before the output (it would
 * need padding), a cut that is not at a frame boundary (a {@code --from} window starts exactly where
 * asked) and a cut in a container other than ADTS or into one without edit lists. The sample rate
 * and channels stay the file's, as in every copy.
 */
final class AudioCopy {

    /** Samples in one AAC-LC frame: one ADTS packet. */
    static final int FRAME_SAMPLES = 1024;
    /** Slack for a cut that lies on a frame boundary, in samples: float rounding only. */
    private static final double ON_BOUNDARY = 0.01;

    private AudioCopy() {
    }

    /** The piece's packets can go into this profile's output as they are. */
    static boolean copyable(MediaPiece a, Profile p) {
        boolean aacLc = "aac".equals(a.codec()) && "LC".equals(a.codecProfile());
        return p.streamCopy() && aacLc && p.audio().map(c -> c.codec().equals("aac")).orElse(false)
                && a.fromByte().isEmpty() && a.sampleRate() > 0;
    }

    /** The output's only audio piece is copied: it needs an offset or a cut at a frame boundary, nothing more. */
    static boolean fits(OutputDraft d) {
        if (d.audio().size() != 1 || !copyable(d.audio().get(0), d.profile())) {
            return false;
        }
        MediaPiece a = d.audio().get(0);
        OutputWindow w = d.window();
        boolean placed = !isCut(a, w) || cuttable(a, d.profile()) && onBoundary(a, w.start());
        boolean reachesEnd = Math.abs(w.relative(a.end()) - w.duration()) <= d.frameSeconds();
        boolean noHole = w.dropped().stream().noneMatch(g -> g.end() > a.start() && g.start() < a.end());
        return placed && reachesEnd && noHole;
    }

    /**
     * Where an output wanted to start at {@code wanted} starts instead, when that cuts the start of
     * its one audio piece and the piece could be copied: on the boundary of the audio frame nearest
     * to it (within half a frame, 10.7 ms at 48 kHz), or the one before when the nearest would lie
     * after the first video frame. Else at {@code wanted}.
     *
     * <p>Never after the first frame: measured on ffmpeg 8.1, a copied video given a negative
     * {@code -itsoffset} of any size comes out a whole frame early (its first frame hidden before
     * t=0), and a re-encoded one would start with black. Starting before it, the first frame is
     * frozen for the remainder instead (LeadIn).
     */
    static double frameStart(double wanted, List<MediaPiece> audio, List<MediaPiece> video, Profile p) {
        if (audio.size() != 1 || !cuttable(audio.get(0), p) || !(wanted > audio.get(0).start())) {
            return wanted;
        }
        MediaPiece a = audio.get(0);
        double frame = frameSeconds(a);
        // Boundaries lie where the decoded sample count (priming included) is a multiple of 1024.
        double origin = a.start() - a.primingSeconds();
        double snapped = origin + Math.rint((wanted - origin) / frame) * frame;
        double firstFrame = video.stream().mapToDouble(MediaPiece::start).min().orElse(Double.POSITIVE_INFINITY);
        if (snapped > firstFrame + 1e-9) {
            snapped -= frame;
        }
        return Math.max(a.start(), snapped);
    }

    /**
     * Input options that place the copied piece on the output timeline.
     *
     * <p>Uncut: {@code -itsoffset} puts the first packet one priming early; the mp4 muxer hides
     * the priming behind an edit list. Cut: measured on ffmpeg 8.1, {@code -ss} before an ADTS
     * input with {@code -c copy} keeps every packet that ends after the seek point, stamped
     * {@code pts - ss} (the one holding the point starts before 0), while an output-side
     * {@code -ss} drops that packet too, so the first 1024 samples after the cut decode wrong
     * without their predecessor. Seeking to the middle of the frame before the boundary keeps that
     * frame as the decoder's pre-roll, hidden like the priming (the edit list), and the decode is
     * bit-exact from the cut on; {@code -itsoffset} then moves the boundary to t=0. A seek point on
     * the boundary itself would leave the pre-roll to the rounding of its microseconds.
     */
    static List<String> inputOptions(MediaPiece a, OutputWindow w) {
        if (!isCut(a, w)) {
            return StreamCopyPlanner.offset(w.relative(a.start()) - a.primingSeconds());
        }
        double boundary = w.start() - a.start() + a.primingSeconds(); // on the file's own timeline
        double seek = boundary - frameSeconds(a) / 2;
        List<String> options = new ArrayList<>(List.of("-ss", Seconds.of(seek)));
        options.addAll(StreamCopyPlanner.offset(seek - boundary));
        return options;
    }

    /**
     * Output options for a copied track that starts after t=0: the mp4 muxer writes the empty edit
     * before it in the movie timescale, 1000 by default, so the track would start up to 1 ms early;
     * in the audio's sample rate the edit is exact.
     */
    static List<String> movieTimescale(OutputDraft d, boolean lateTrack) {
        return lateTrack && d.profile().isMp4Family()
                ? List.of("-movie_timescale", Integer.toString(d.audio().get(0).sampleRate())) : List.of();
    }

    /** The copied piece starts after t=0 (its first packet, the priming, lies after it). */
    static boolean startsLate(MediaPiece a, OutputWindow w) {
        return w.relative(a.start()) - a.primingSeconds() > 1e-6;
    }

    private static boolean isCut(MediaPiece a, OutputWindow w) {
        return a.start() < w.start() - 1e-6;
    }

    /**
     * A cut copy needs raw ADTS, whose timeline is the packet count, so a seek lands exactly (MPEG-TS
     * has a clock of its own), and an output with edit lists to hide the pre-roll frame (MPEG-TS
     * would play it).
     */
    private static boolean cuttable(MediaPiece a, Profile p) {
        return copyable(a, p) && a.container().equals("aac") && p.isMp4Family();
    }

    private static boolean onBoundary(MediaPiece a, double sessionTime) {
        double samples = (sessionTime - a.start()) * a.sampleRate() + a.primingSamples();
        return Math.abs(samples - Math.rint(samples / FRAME_SAMPLES) * FRAME_SAMPLES) < ON_BOUNDARY;
    }

    private static double frameSeconds(MediaPiece a) {
        return (double) FRAME_SAMPLES / a.sampleRate();
    }
}
