package io.recmerge.cloud;

import io.recmerge.diag.Diagnostic;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One parsed cloud playlist: its slice entries in order, whether it ended, and a diagnostic for
 * every line that could not be used.
 */
public record Playlist(CloudName name, List<Entry> entries, boolean ended, List<Diagnostic> diagnostics) {

    public Playlist {
        Objects.requireNonNull(name, "name");
        entries = List.copyOf(entries);
        diagnostics = List.copyOf(diagnostics);
    }

    /**
     * One slice line with the tags before it.
     *
     * @param slice the slice's name; {@code sliceName} empty when it is not a cloud slice name
     * @param duration {@code #EXTINF} seconds, empty when missing or not a number
     * @param discontinuity an {@code #EXT-X-DISCONTINUITY} came before it
     * @param start the TIME of an {@code #EXT-X-AGORA-TRACK-EVENT:EVENT=START}, when one came before it
     */
    public record Entry(String file, Optional<CloudName> slice, Optional<Double> duration, boolean discontinuity,
                        Optional<Instant> start, List<RotateTag> rotations, int line) {
        public Entry {
            Objects.requireNonNull(file, "file");
            rotations = List.copyOf(rotations);
        }

        /** The slice's start: its name's UTC. */
        public Optional<Instant> utc() {
            return slice.flatMap(CloudName::utc);
        }
    }

    /**
     * {@code #EXT-X-AGORA-ROTATE}: from {@code time} on the video is turned {@code anticlockwise}
     * degrees; {@code width}/{@code height} the frame size it states.
     */
    public record RotateTag(int width, int height, int anticlockwise, Instant time) { }

    /** Seconds of content the playlist lists (the sum of its {@code #EXTINF}). */
    public double listedSeconds() {
        return entries.stream().mapToDouble(e -> e.duration().orElse(0.0)).sum();
    }
}
