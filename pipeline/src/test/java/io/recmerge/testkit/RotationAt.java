package io.recmerge.testkit;

/**
 * A rotation that holds from session time {@code at} on: stored frames must be turned {@code degrees}
 * clockwise to be upright (docs/timing.md, rotation). The first entry of a video's list applies from its {@code info}
 * time whatever its {@code at}.
 */
public record RotationAt(double at, int degrees) {

    public RotationAt {
        if (degrees != 0 && degrees != 90 && degrees != 180 && degrees != 270) {
            throw new IllegalArgumentException("rotation must be 0, 90, 180 or 270: " + degrees);
        }
    }
}
