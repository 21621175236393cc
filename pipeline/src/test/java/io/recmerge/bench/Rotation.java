package io.recmerge.bench;

/** Quarter-turn filters. A recording's rotation r means: turn the stored frame r degrees clockwise. */
final class Rotation {

    private Rotation() {
    }

    /** From upright to what the sensor stored (transpose=2 is 90 degrees counter-clockwise). */
    static String counterClockwise(int degrees) {
        return switch (degrees) {
            case 0 -> "";
            case 90 -> ",transpose=2";
            case 180 -> ",hflip,vflip";
            case 270 -> ",transpose=1";
            default -> throw new IllegalArgumentException("rotation " + degrees);
        };
    }

    /** From the stored frame to upright (transpose=1 is 90 degrees clockwise). */
    static String clockwise(int degrees) {
        return counterClockwise((360 - degrees) % 360);
    }
}
