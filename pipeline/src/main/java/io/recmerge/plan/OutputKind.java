package io.recmerge.plan;

import java.util.Locale;

/** What an output carries; the manifest's {@code kind}. */
public enum OutputKind {
    AV, AUDIO, VIDEO;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean hasVideo() {
        return this != AUDIO;
    }

    public boolean hasAudio() {
        return this != VIDEO;
    }
}
