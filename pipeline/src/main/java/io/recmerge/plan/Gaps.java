package io.recmerge.plan;

/** {@code --gaps}: time inside an output when the user had neither audio nor video. */
public enum Gaps {
    /** Black and silence: the output's timeline stays the session's. */
    KEEP,
    /** Cut the time out; the manifest lists the session times that were dropped. */
    DROP,
    /**
     * The last frame stays on screen (under silence) until the user's video comes back: what the
     * SDK's converter script shows. The timeline stays the session's, as under {@link #KEEP}.
     */
    FREEZE
}
