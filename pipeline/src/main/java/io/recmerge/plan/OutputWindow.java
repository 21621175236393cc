package io.recmerge.plan;

import java.util.List;

/** The stretch of session time an output covers: its t=0 is {@code start} (the sessionOffset). */
record OutputWindow(double start, double end) {

    OutputWindow {
        if (!(end > start)) {
            throw new IllegalArgumentException("output window end " + end + " is not after start " + start);
        }
    }

    /** From the first piece's start to the last piece's end: both tracks span it, gaps filled. */
    static OutputWindow covering(List<MediaPiece> pieces) {
        double start = pieces.stream().mapToDouble(MediaPiece::start).min().orElseThrow();
        double end = pieces.stream().mapToDouble(MediaPiece::end).max().orElseThrow();
        return new OutputWindow(start, end);
    }

    double duration() {
        return end - start;
    }

    /** Where a session time falls on the output's own timeline. */
    double relative(double sessionTime) {
        return sessionTime - start;
    }
}
