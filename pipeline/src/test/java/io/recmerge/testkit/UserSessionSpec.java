package io.recmerge.testkit;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * One metadata file {@code uid_<uid>_<stamp>.txt} and the media it names. Times in the specs are on
 * this metadata file's clock. {@code extraMetadataLines} are appended verbatim after the events
 * (junk lines, "new session started", ...).
 */
public record UserSessionSpec(String uid, String stamp, List<AudioSpec> audio, List<VideoSpec> video,
                              List<String> extraMetadataLines) {

    public UserSessionSpec {
        audio = List.copyOf(audio);
        video = List.copyOf(video);
        extraMetadataLines = List.copyOf(extraMetadataLines);
    }

    /** Without extra metadata lines. */
    public static UserSessionSpec of(String uid, String stamp, List<AudioSpec> audio, List<VideoSpec> video) {
        return new UserSessionSpec(uid, stamp, audio, video, List.of());
    }

    /** {@code uid_<uid>_<stamp>}: the recorder's base name; add ".aac", "_1.mp4", ... */
    public static String baseName(String uid, String stamp) {
        return "uid_" + uid + "_" + stamp;
    }

    /** {@code uid_<uid>_<stamp>} of this user session. */
    public String baseName() {
        return baseName(uid, stamp);
    }

    /** Name of the metadata file. */
    public String metadataFileName() {
        return baseName() + ".txt";
    }

    /** All beep session times of this user session, sorted. */
    public List<Double> beeps() {
        return audio.stream().flatMap(a -> a.beeps().stream()).sorted().toList();
    }

    /** All flash session times (snapped to their file's frame grid), sorted. */
    public List<Double> flashes() {
        return video.stream().flatMap(v -> v.snappedFlashes().stream()).sorted().toList();
    }

    /** All rotation spans, in session time order. */
    public List<RotationSpan> rotationSpans() {
        return video.stream().flatMap(v -> v.rotationSpans().stream())
                .sorted(Comparator.comparingDouble(RotationSpan::start)).toList();
    }

    /** Every media file name this metadata file owns. */
    public List<String> mediaFileNames() {
        return Stream.concat(audio.stream().map(AudioSpec::fileName), video.stream().map(VideoSpec::fileName))
                .toList();
    }
}
