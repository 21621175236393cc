package io.recmerge.plan;

/**
 * A stretch of session time during which stored frames must be turned {@code degrees} clockwise
 * to be upright (docs/timing.md, rotation).
 */
public record RotationSpan(double start, double end, int degrees) {

    public RotationSpan {
        if (!(end > start)) {
            throw new IllegalArgumentException("rotation span end " + end + " is not after start " + start);
        }
        if (degrees != 0 && degrees != 90 && degrees != 180 && degrees != 270) {
            throw new IllegalArgumentException("rotation " + degrees + " is not 0, 90, 180 or 270");
        }
    }

    public double duration() {
        return end - start;
    }

    /** 90 and 270 turn a landscape sensor frame into a portrait picture. */
    public boolean swapsAxes() {
        return degrees == 90 || degrees == 270;
    }
}
