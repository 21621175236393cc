package io.recmerge.plan;

/** A stretch of session time, [start, end). */
public record Interval(double start, double end) {

    public Interval {
        if (!(end >= start)) {
            throw new IllegalArgumentException("interval end " + end + " is before start " + start);
        }
    }

    public double length() {
        return end - start;
    }
}
