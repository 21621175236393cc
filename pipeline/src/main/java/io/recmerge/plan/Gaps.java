package io.recmerge.plan;

/** {@code --gaps}: time inside an output when the user had neither audio nor video. */
public enum Gaps {
    /** Black and silence: the output's timeline stays the session's. */
    KEEP,
    /** Cut the time out; the manifest lists the session times that were dropped. */
    DROP
}
