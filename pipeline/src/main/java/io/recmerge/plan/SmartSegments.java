package io.recmerge.plan;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a video piece with rotation changes is copied and where it is encoded anew. A stretch
 * whose frames already fit the canvas is copied from its first key frame to the last key frame
 * before it ends (a copy can only start at a key frame, and the next stretch's new frames start
 * there); everything else (the stretches that must be turned, and the partial GOPs at each end of
 * a copied one) is encoded anew, in one piece per gap between copies.
 */
final class SmartSegments {

    /** Seconds since the piece's first frame: [start, end). */
    record Segment(double start, double end, boolean copy) {
        double duration() {
            return end - start;
        }
    }

    /** A copy shorter than this is not worth its two joins (two encoder restarts). */
    static final double MIN_COPY = 1.0;
    /** Times within this are the same frame (microsecond rounding of ffmpeg's option values). */
    private static final double SAME = 1e-4;

    private SmartSegments() {
    }

    /**
     * @param fits per rotation span of the piece, whether its frames can be copied
     * @param keyFrames key frame times, seconds since the piece's first frame, ascending
     * @param length seconds from the first frame to the end of the last
     * @return the segments covering [0, length) in order; no copied one when nothing is worth copying
     */
    static List<Segment> split(MediaPiece piece, List<Boolean> fits, List<Double> keyFrames, double length) {
        List<Segment> copies = new ArrayList<>();
        List<RotationSpan> spans = piece.rotations();
        for (int j = 0; j < spans.size(); j++) {
            if (!fits.get(j)) {
                continue;
            }
            double from = Math.max(0, spans.get(j).start() - piece.start());
            double to = j == spans.size() - 1 ? length : Math.min(length, spans.get(j).end() - piece.start());
            double a = keyAtOrAfter(keyFrames, from);
            double b = to >= length - SAME ? length : keyAtOrBefore(keyFrames, to);
            if (b - a >= MIN_COPY) {
                copies.add(new Segment(a, b, true));
            }
        }
        return withGaps(merged(copies), length);
    }

    private static List<Segment> merged(List<Segment> copies) {
        List<Segment> out = new ArrayList<>();
        for (Segment s : copies) {
            Segment last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && s.start() <= last.end() + SAME) {
                out.set(out.size() - 1, new Segment(last.start(), s.end(), true));
            } else {
                out.add(s);
            }
        }
        return out;
    }

    private static List<Segment> withGaps(List<Segment> copies, double length) {
        List<Segment> all = new ArrayList<>();
        double at = 0;
        for (Segment c : copies) {
            if (c.start() > at + SAME) {
                all.add(new Segment(at, c.start(), false));
            }
            all.add(c);
            at = c.end();
        }
        if (at < length - SAME) {
            all.add(new Segment(at, length, false));
        }
        return all;
    }

    private static double keyAtOrAfter(List<Double> keys, double t) {
        return keys.stream().filter(k -> k >= t - SAME).findFirst().orElse(Double.POSITIVE_INFINITY);
    }

    private static double keyAtOrBefore(List<Double> keys, double t) {
        double found = Double.NEGATIVE_INFINITY;
        for (double k : keys) {
            if (k <= t + SAME) {
                found = k;
            }
        }
        return found;
    }
}
