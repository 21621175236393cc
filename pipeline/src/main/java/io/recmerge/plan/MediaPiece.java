package io.recmerge.plan;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * One media file placed on the session clock.
 *
 * @param start session time of the first audio sample / first video frame
 * @param duration seconds of media content (AAC priming already subtracted)
 * @param container ffprobe's format name ("aac", "mov,mp4,m4a,3gp,3g2,mj2", "matroska,webm", ...)
 * @param sourceStartTime the first timestamp on the file's own timeline (ffprobe start_time)
 * @param primingSamples decoded samples to drop before the content starts (ADTS AAC encoder delay)
 * @param rotations for video, the rotation spans covering [start, end); empty for audio
 * @param audibleFrom for audio, the session time sound first rises above the silence floor
 *                    ({@link #end()} when it never does); empty when not analysed
 * @param annexB for H.264 video in MP4, the samples hold start codes instead of NAL lengths (the
 *               SDK 2.x recorder's files): a copy must first rewrap them (see StreamCopyPlanner)
 * @param fromByte for one part of a damaged ADTS file (split at its damaged stretches so that each
 *                 part keeps its own time), the byte its decode starts at; the part is trimmed to
 *                 {@code duration}
 * @param codecProfile ffprobe's profile of the stream ("LC" for AAC-LC, "HE-AAC", "High", ...);
 *                     empty when unknown. Only AAC-LC audio is copied (see AudioCopy)
 */
public record MediaPiece(String name, Path file, TrackKind kind, double start, double duration, String codec,
                         String container, double sourceStartTime, int width, int height, String pixelFormat,
                         OptionalDouble frameRate, int sampleRate, int channels, int primingSamples,
                         List<RotationSpan> rotations, OptionalDouble audibleFrom, boolean annexB,
                         OptionalLong fromByte, String codecProfile) {

    public MediaPiece {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(codec, "codec");
        Objects.requireNonNull(container, "container");
        Objects.requireNonNull(pixelFormat, "pixelFormat");
        Objects.requireNonNull(frameRate, "frameRate");
        rotations = List.copyOf(rotations);
        Objects.requireNonNull(audibleFrom, "audibleFrom");
        Objects.requireNonNull(fromByte, "fromByte");
        Objects.requireNonNull(codecProfile, "codecProfile");
        if (!(duration > 0) || !Double.isFinite(start)) {
            throw new IllegalArgumentException(name + ": start " + start + " / duration " + duration + " unusable");
        }
    }

    /** ffmpeg input options that read only this piece's part of the file. */
    public List<String> inputOptions() {
        return fromByte.isPresent() && fromByte.getAsLong() > 0
                ? List.of("-skip_initial_bytes", Long.toString(fromByte.getAsLong())) : List.of();
    }

    public double end() {
        return start + duration;
    }

    /** Seconds of decoded audio to drop at the start: the encoder's priming samples. */
    public double primingSeconds() {
        return sampleRate > 0 ? (double) primingSamples / sampleRate : 0;
    }

    /** The one rotation that holds for the whole piece, if there is exactly one. */
    public OptionalDouble singleRotation() {
        return rotations.size() == 1 ? OptionalDouble.of(rotations.get(0).degrees()) : OptionalDouble.empty();
    }

    /** The same piece moved by {@code seconds} on the clock (uid mode puts sessions on one clock). */
    public MediaPiece shifted(double seconds) {
        List<RotationSpan> moved = rotations.stream()
                .map(r -> new RotationSpan(r.start() + seconds, r.end() + seconds, r.degrees())).toList();
        OptionalDouble audible = audibleFrom.isPresent() ? OptionalDouble.of(audibleFrom.getAsDouble() + seconds)
                : audibleFrom;
        return new MediaPiece(name, file, kind, start + seconds, duration, codec, container, sourceStartTime, width,
                height, pixelFormat, frameRate, sampleRate, channels, primingSamples, moved, audible, annexB, fromByte,
                codecProfile);
    }

    /** The same piece with other rotation spans (smart rendering asks whether one span alone fits). */
    public MediaPiece withRotations(List<RotationSpan> spans) {
        return new MediaPiece(name, file, kind, start, duration, codec, container, sourceStartTime, width, height,
                pixelFormat, frameRate, sampleRate, channels, primingSamples, spans, audibleFrom, annexB, fromByte,
                codecProfile);
    }

    /** The same piece with its audible start known (from the silence analysis). */
    public MediaPiece withAudibleFrom(double sessionTime) {
        return new MediaPiece(name, file, kind, start, duration, codec, container, sourceStartTime, width, height,
                pixelFormat, frameRate, sampleRate, channels, primingSamples, rotations,
                OptionalDouble.of(sessionTime), annexB, fromByte, codecProfile);
    }

    /**
     * Containers whose H.264 can be copied into MP4: MP4 itself, and MPEG-TS (a crashed
     * recorder's leftover), whose Annex B stream the mp4 muxer rewraps without decoding.
     */
    public boolean isCopyableContainer() {
        List<String> names = List.of(container.split(","));
        return names.contains("mp4") || names.contains("mpegts");
    }
}
