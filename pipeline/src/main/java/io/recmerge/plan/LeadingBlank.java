package io.recmerge.plan;

/**
 * {@code --leading-blank}: what to do with the stretch before the first video frame, when the
 * recorder wrote audio first (it starts a video file only at an I-frame, see docs/timing.md).
 */
public enum LeadingBlank {
    /** Drop what is neither picture nor audible sound; show the first frame under audible audio before it. */
    AUTO,
    /** Keep all the audio; show the first frame, frozen, until the video starts. */
    FREEZE,
    /** Keep all the audio under black (the reference converter's behaviour). */
    KEEP,
    /** Start at the first video frame; audio before it is dropped. */
    TRIM
}
