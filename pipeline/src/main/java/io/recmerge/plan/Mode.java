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

    public boolean mergesUid() {
        return this != SESSION;
    }
}
