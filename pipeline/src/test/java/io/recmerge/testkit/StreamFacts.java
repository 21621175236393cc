package io.recmerge.testkit;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * ffprobe's view of a file: container facts and every stream. Times in seconds; a missing time is
 * NaN, a missing count or size 0, a missing name "".
 */
public record StreamFacts(String formatName, double formatStartTime, double formatDuration,
                          List<Stream> streams) {

    public StreamFacts {
        streams = List.copyOf(streams);
    }

    /** The first video stream, if any. */
    public Optional<Stream> video() {
        return streams.stream().filter(s -> "video".equals(s.codecType())).findFirst();
    }

    /** The first audio stream, if any. */
    public Optional<Stream> audio() {
        return streams.stream().filter(s -> "audio".equals(s.codecType())).findFirst();
    }

    /**
     * One stream. {@code displayRotation} is ffprobe's side-data "rotation" (counter-clockwise
     * degrees, e.g. -90 for a picture to be turned 90 clockwise), empty when there is no display matrix.
     * {@code duration} falls back to the Matroska DURATION tag (WebM streams have no duration field).
     */
    public record Stream(int index, String codecType, String codecName, String profile, String pixFmt,
                         int width, int height, int sampleRate, int channels, double startTime,
                         double duration, OptionalDouble displayRotation) {

        /** The display matrix as a recording's rotation: clockwise degrees in {0, 90, 180, 270}. */
        public int clockwiseRotation() {
            if (displayRotation.isEmpty()) {
                return 0;
            }
            long cw = Math.round(-displayRotation.getAsDouble()) % 360;
            return (int) (cw < 0 ? cw + 360 : cw);
        }

        /** Width x height as a player shows it (sides swapped for 90/270 display rotation). */
        public int displayWidth() {
            return clockwiseRotation() % 180 == 0 ? width : height;
        }

        public int displayHeight() {
            return clockwiseRotation() % 180 == 0 ? height : width;
        }
    }
}
