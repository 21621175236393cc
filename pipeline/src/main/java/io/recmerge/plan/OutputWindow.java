package io.recmerge.plan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The stretch of session time an output covers, and how session time maps onto the output's own
 * timeline: t=0 is {@code start} (the sessionOffset), and under {@code --gaps drop} the
 * {@code dropped} intervals are cut out, so later pieces move earlier by the time dropped before them.
 * Every planner places pieces through {@link #relative(double)}, never by adding up durations.
 */
record OutputWindow(double start, double end, List<Interval> dropped) {

    /** Shorter absences are kept: a cut that short would only make a jump in the picture. */
    static final double MIN_DROPPED_GAP = 0.5;

    OutputWindow {
        if (!(end > start)) {
            throw new IllegalArgumentException("output window end " + end + " is not after start " + start);
        }
        dropped = List.copyOf(dropped);
    }

    /** From the first piece's start to the last piece's end: both tracks span it, gaps filled. */
    static OutputWindow covering(List<MediaPiece> pieces) {
        double start = pieces.stream().mapToDouble(MediaPiece::start).min().orElseThrow();
        double end = pieces.stream().mapToDouble(MediaPiece::end).max().orElseThrow();
        return new OutputWindow(start, end, List.of());
    }

    OutputWindow startingAt(double newStart) {
        return new OutputWindow(newStart, end, dropped);
    }

    /** The part inside {@code window} ({@code --from}/{@code --to}); empty when nothing is left. */
    Optional<OutputWindow> clippedTo(Optional<Interval> window) {
        if (window.isEmpty()) {
            return Optional.of(this);
        }
        double from = Math.max(start, window.get().start());
        double to = Math.min(end, window.get().end());
        return to - from > 0.001 ? Optional.of(new OutputWindow(from, to, dropped)) : Optional.empty();
    }

    /** Cuts every stretch inside the window where no piece has media (and that is long enough to matter). */
    OutputWindow droppingGaps(List<MediaPiece> pieces) {
        List<MediaPiece> sorted = new ArrayList<>(pieces);
        sorted.sort(Comparator.comparingDouble(MediaPiece::start));
        List<Interval> gaps = new ArrayList<>();
        double covered = start;
        for (MediaPiece p : sorted) {
            if (p.start() - covered >= MIN_DROPPED_GAP) {
                gaps.add(new Interval(covered, p.start()));
            }
            covered = Math.max(covered, p.end());
        }
        return new OutputWindow(start, end, gaps);
    }

    double duration() {
        return end - start - dropped.stream().mapToDouble(Interval::length).sum();
    }

    /** Where a session time falls on the output's own timeline. */
    double relative(double sessionTime) {
        double t = sessionTime - start;
        for (Interval gap : dropped) {
            if (sessionTime >= gap.end()) {
                t -= gap.length();
            } else if (sessionTime > gap.start()) {
                t -= sessionTime - gap.start();
            }
        }
        return t;
    }
}
