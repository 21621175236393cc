package io.recmerge.plan;

/** {@code --mode}: which outputs a session gives. */
public enum Mode {
    /** One output per metadata file (user session). */
    SESSION,
    /** One output per uid: its user sessions joined in wall-clock order. */
    UID,
    /** One audio-only output per uid. */
    UID_AUDIO,
    /** One video-only output per uid. */
    UID_VIDEO;

    /** The word a user types after {@code --mode} ({@code uid-video}), for messages. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /** What an output of this mode needs from a user: "audio", "video" or "audio or video". */
    public String needs() {
        return this == UID_AUDIO ? "audio" : this == UID_VIDEO ? "video" : "audio or video";
    }

    public boolean mergesUid() {
        return this != SESSION;
    }
}
