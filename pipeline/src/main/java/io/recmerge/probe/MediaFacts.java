package io.recmerge.probe;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/** What ffprobe says of one file: its container and streams. */
public record MediaFacts(Path file, String formatName, OptionalDouble duration, OptionalDouble startTime,
                         List<StreamFacts> streams) {

    public MediaFacts {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(formatName, "formatName");
        streams = List.copyOf(streams);
    }

    public Optional<StreamFacts> firstVideo() {
        return streams.stream().filter(StreamFacts::isVideo).findFirst();
    }

    public Optional<StreamFacts> firstAudio() {
        return streams.stream().filter(StreamFacts::isAudio).findFirst();
    }

    /** ffprobe names formats as lists ("mov,mp4,m4a,3gp,3g2,mj2"); true when one of them matches. */
    public boolean formatIs(String name) {
        return List.of(formatName.split(",")).contains(name);
    }
}
