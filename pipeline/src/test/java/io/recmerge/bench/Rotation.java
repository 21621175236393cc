package io.recmerge.bench;

import io.recmerge.testkit.VideoGraph;

/** Quarter-turn filters. A recording's rotation r means: turn the stored frame r degrees clockwise. */
final class Rotation {

    private Rotation() {
    }

    /** From upright to what the sensor stored: the test kit's own turn, so bench media match the kit's. */
    static String counterClockwise(int degrees) {
        return VideoGraph.counterClockwise(degrees);
    }

    /** From the stored frame to upright (transpose=1 is 90 degrees clockwise). */
    static String clockwise(int degrees) {
        return counterClockwise((360 - degrees) % 360);
    }
}
