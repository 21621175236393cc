package io.recmerge.plan;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The ffmpeg inputs of the video pieces: a piece with one rotation is opened once; a piece with
 * several is opened once per rotation stretch, each opening seeked to a little before its stretch
 * ({@code -ss}) and bounded a little after it ({@code -t}); the graph's {@code trim} then cuts
 * exactly.
 *
 * <p>Why not one opening split into trimmed branches: a branch whose stretch starts at 200 s has
 * no frame before decoding gets there, and the overlay that waits for it queues every canvas frame
 * until then (measured on ffmpeg 8.1: 3.6 GB for a 10-minute 640x360 session, growing with the
 * session). Its own opening has its first frame at once, so the overlay holds one frame, and each
 * stretch is decoded once instead of the whole file per branch.
 *
 * <p>{@code -seek_timestamp 1} makes {@code -ss} a timestamp on the file's own timeline (not an
 * offset from the format's start time), and frames then come out stamped {@code file pts - ss}:
 * {@link #placeShift} turns that back into the piece's own clock exactly.
 */
final class StretchInputs {

    /** Decoded beyond each side of a stretch, so trim, not the seek's rounding, decides the boundary frames. */
    static final double MARGIN = 0.5;

    /** @param span the rotation span of the piece this opening feeds; -1 when it feeds the whole piece */
    record Opening(int piece, int span, Path file, List<String> options) { }

    private StretchInputs() {
    }

    static List<Opening> of(List<MediaPiece> video) {
        List<Opening> openings = new ArrayList<>();
        for (int k = 0; k < video.size(); k++) {
            MediaPiece p = video.get(k);
            List<RotationSpan> spans = p.rotations();
            if (spans.size() <= 1) {
                openings.add(new Opening(k, -1, p.file(), List.of("-noautorotate")));
                continue;
            }
            for (int j = 0; j < spans.size(); j++) {
                openings.add(new Opening(k, j, p.file(), options(p, j)));
            }
        }
        return openings;
    }

    private static List<String> options(MediaPiece p, int j) {
        // The metadata says how to turn frames; a display matrix in the file must not turn them twice.
        List<String> options = new ArrayList<>(List.of("-noautorotate"));
        double from = seekFrom(p, j);
        if (j > 0) {
            options.addAll(List.of("-seek_timestamp", "1", "-ss", Seconds.of(p.sourceStartTime() + from)));
        }
        if (j < p.rotations().size() - 1) {
            double to = p.rotations().get(j).end() - p.start() + MARGIN;
            options.addAll(List.of("-t", Seconds.of(to - from)));
        }
        return options;
    }

    /** Seconds into the piece where the opening of stretch j starts (0 for the first). */
    static double seekFrom(MediaPiece p, int j) {
        return j == 0 ? 0 : Math.max(0, p.rotations().get(j).start() - p.start() - MARGIN);
    }

    /**
     * What to add to a seeked opening's timestamps to get PTS-STARTPTS of the unseeked file, i.e.
     * seconds since the piece's first frame: frames come out as {@code file pts - ss}, and
     * {@code ss = sourceStartTime + seekFrom}.
     */
    static double placeShift(MediaPiece p, int j) {
        return seekFrom(p, j);
    }
}
