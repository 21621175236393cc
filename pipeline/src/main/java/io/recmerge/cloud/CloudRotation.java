package io.recmerge.cloud;

/**
 * The one place that maps Agora Cloud Recording's {@code ROTATE} (the video's anticlockwise
 * rotation) onto recmerge's rotation (degrees to turn the stored frame clockwise to be upright,
 * as the on-premise metadata states it). A frame turned r degrees anticlockwise is upright after
 * r degrees clockwise, so the value carries over unchanged. Should real files prove otherwise,
 * this is the only method to change.
 */
public final class CloudRotation {

    private CloudRotation() {
    }

    public static int clockwise(int anticlockwise) {
        return Math.floorMod(anticlockwise, 360);
    }

    static boolean isQuarterTurn(int degrees) {
        return degrees == 0 || degrees == 90 || degrees == 180 || degrees == 270;
    }
}
