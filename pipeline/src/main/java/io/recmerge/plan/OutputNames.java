package io.recmerge.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Output file names, exactly as the SDK's converter script (video_convert.py) names them: the
 * metadata name without {@code uid_} and {@code .txt}, plus {@code _av.mp4} per user session
 * ({@code 0_20190208084418570_av.mp4}); audio only without {@code _av} ({@code <uid>_<stamp>.m4a}).
 * A video-only session output keeps {@code _av} as the script does (it names every output with
 * video so), which also keeps it apart from the SDK 2.x recorder's own {@code <uid>_<stamp>.mp4}.
 */
public final class OutputNames {

    private OutputNames() {
    }

    static String session(String baseName, OutputKind kind, String extension) {
        String stem = baseName.replaceFirst("^uid_", "");
        return kind == OutputKind.AUDIO ? stem + "." + extension : stem + "_av." + extension;
    }

    /**
     * uid modes: {@code <uid>_0_merge_av.mp4}, audio only {@code <uid>_0_merge.m4a}, video only
     * {@code <uid>_0_merge.mp4} (the reference converter's names; 0 is the index of the merge).
     */
    static String uid(String uid, OutputKind kind, String extension) {
        String base = uid + "_0_merge";
        return kind == OutputKind.AV ? base + "_av." + extension : base + "." + extension;
    }

    /** The script's {@code -o NAME} (given without extension): that name with the profile's extension. */
    static String custom(String name, String extension) {
        return name + "." + extension;
    }

    /** A file name without its extension. */
    public static String stem(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }

    /** Written beside the final name, hidden, and renamed only after verification. */
    public static String temporary(String fileName) {
        return "." + fileName + ".partial";
    }

    /** {@code --snapshots}: {@code <output name without extension>_001.jpg}, ... like the script's {@code %03d}. */
    static List<String> snapshots(String fileName, int count) {
        List<String> names = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            names.add(String.format(java.util.Locale.ROOT, "%s_%03d.jpg", stem(fileName), i));
        }
        return names;
    }

    /** {@code --keep-audio}: the output's audio beside it; none for an output that is audio already. */
    static Optional<String> keptAudio(String fileName, OutputKind kind) {
        return kind == OutputKind.AV ? Optional.of(stem(fileName) + ".m4a") : Optional.empty();
    }
}
