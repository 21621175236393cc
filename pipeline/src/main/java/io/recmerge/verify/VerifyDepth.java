package io.recmerge.verify;

/** How much of a written file the verify stage decodes ({@code --verify}). */
public enum VerifyDepth {
    /**
     * Transcodes are decoded whole; stream copies, whose packets are the sources' own, get every
     * packet read (demuxed, not decoded) and their first and last seconds decoded.
     */
    AUTO,
    /** Every output is decoded whole. */
    FULL
}
