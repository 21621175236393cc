package io.recmerge.probe;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * What ffprobe says of one stream. Times are seconds on the file's own timeline.
 *
 * @param frameRate the average frame rate (video), when ffprobe knows it
 * @param displayRotation the display matrix rotation, counter-clockwise degrees as ffprobe prints it
 * @param packets the packet count when it was counted (see {@link Prober}), else empty
 */
public record StreamFacts(int index, String type, String codec, Optional<String> profile,
                          Optional<String> pixelFormat, int width, int height, OptionalDouble frameRate,
                          int sampleRate, int channels, OptionalDouble startTime, OptionalDouble duration,
                          OptionalInt displayRotation, OptionalInt packets) {

    public StreamFacts {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(codec, "codec");
    }

    public boolean isVideo() {
        return "video".equals(type);
    }

    public boolean isAudio() {
        return "audio".equals(type);
    }

    /** Where the stream ends on the file timeline, when both start and duration are known. */
    public OptionalDouble end() {
        return startTime.isPresent() && duration.isPresent()
                ? OptionalDouble.of(startTime.getAsDouble() + duration.getAsDouble()) : OptionalDouble.empty();
    }
}
