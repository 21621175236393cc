package io.recmerge.cloud;

import java.util.Locale;

/** The kind of one cloud track; composite mode has one mixed track of both. */
public enum TrackType {
    AUDIO, VIDEO, MIXED;

    /** "audio" / "video" as the file names spell it. */
    static TrackType ofName(String word) {
        return valueOf(word.toUpperCase(Locale.ROOT));
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
