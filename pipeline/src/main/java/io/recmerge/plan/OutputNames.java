package io.recmerge.plan;

/**
 * Output file names, as the SDK's reference converter names them: {@code uid_<uid>_<stamp>_av.mp4}
 * per user session, the audio-only extension (.m4a) without {@code _av}.
 */
final class OutputNames {

    private OutputNames() {
    }

    static String session(String baseName, OutputKind kind, String extension) {
        return kind == OutputKind.AUDIO ? baseName + "." + extension : baseName + "_av." + extension;
    }

    /**
     * uid modes: {@code <uid>_0_merge_av.mp4}, audio only {@code <uid>_0_merge.m4a}, video only
     * {@code <uid>_0_merge.mp4} (the reference converter's names; 0 is the index of the merge).
     */
    static String uid(String uid, OutputKind kind, String extension) {
        String base = uid + "_0_merge";
        return kind == OutputKind.AV ? base + "_av." + extension : base + "." + extension;
    }

    /** Written beside the final name, hidden, and renamed only after verification. */
    static String temporary(String fileName) {
        return "." + fileName + ".partial";
    }
}
