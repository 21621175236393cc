package io.recmerge.testkit;

/**
 * Ground truth: frames with session time in [start, end) are stored turned {@code degrees}
 * counter-clockwise (so they need {@code degrees} clockwise to be upright). Times are on the
 * video's frame grid.
 */
public record RotationSpan(double start, double end, int degrees) {

    /** True when the upright picture of this span is portrait (90 or 270 on a landscape sensor). */
    public boolean turnsSides() {
        return degrees == 90 || degrees == 270;
    }

    /** The middle of the span: a safe time to grab a frame of it. */
    public double middle() {
        return (start + end) / 2;
    }
}
