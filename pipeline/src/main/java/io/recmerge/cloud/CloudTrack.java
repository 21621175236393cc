package io.recmerge.cloud;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One uid's audio or video (or composite mode's mixed track): the chosen playlists and the slices
 * that are there, cut into runs that can be joined by packets.
 *
 * @param finished the last chosen playlist ends with {@code #EXT-X-ENDLIST}
 * @param rotations every {@code #EXT-X-AGORA-ROTATE} of the track, in playlist order
 */
public record CloudTrack(String key, Optional<String> uid, TrackType type, List<Playlist> playlists,
                         List<Run> runs, List<Playlist.RotateTag> rotations, boolean finished) {

    public CloudTrack {
        Objects.requireNonNull(key, "key");
        playlists = List.copyOf(playlists);
        runs = List.copyOf(runs);
        rotations = List.copyOf(rotations);
    }

    /** A slice file that is there and not empty. */
    public record Slice(String name, Path file, Instant utc, Optional<Double> duration, long bytes) {
        public Instant end() {
            return utc.plusNanos(Math.round(duration.orElse(0.0) * 1e9));
        }
    }

    /**
     * Slices that follow each other without a hole, a discontinuity, a START or a failover in
     * between: their own timestamps run on, so they can be joined by packets.
     *
     * @param opensStream the first slice carries a START event (the stream began or came back)
     * @param afterFailover the first slice is the first of a {@code bak<n>_} playlist
     */
    public record Run(List<Slice> slices, boolean opensStream, boolean afterFailover) {
        public Run {
            slices = List.copyOf(slices);
            if (slices.isEmpty()) {
                throw new IllegalArgumentException("a run has at least one slice");
            }
        }

        public Instant start() {
            return slices.get(0).utc();
        }

        public Instant end() {
            return slices.get(slices.size() - 1).end();
        }

        public String extension() {
            String name = slices.get(0).name();
            return name.substring(name.lastIndexOf('.') + 1);
        }

        public Duration length() {
            return Duration.between(start(), end());
        }
    }

    /**
     * A slice a chosen playlist names that is not there or is empty: the recording had
     * {@code seconds} of media from {@code utc} on that cannot be used.
     */
    public record Lost(String name, Instant utc, Optional<Double> seconds) {
        public Instant end() {
            return utc.plusNanos(Math.round(seconds.orElse(0.0) * 1e9));
        }
    }

    /** The slices the chosen playlists name that no run holds (missing or empty files), in playlist order. */
    public List<Lost> lost() {
        java.util.Set<String> held = new java.util.HashSet<>();
        runs.forEach(r -> r.slices().forEach(s -> held.add(s.name())));
        return playlists.stream().flatMap(p -> p.entries().stream())
                .filter(e -> e.utc().isPresent() && !held.contains(e.file()))
                .map(e -> new Lost(e.file(), e.utc().get(), e.duration())).toList();
    }

    /** The current rotation (anticlockwise, as tagged) at {@code at}: the last tag at or before it. */
    public int rotationAt(Instant at) {
        int current = 0;
        for (Playlist.RotateTag r : rotations) {
            if (!r.time().isAfter(at)) {
                current = r.anticlockwise();
            }
        }
        return current;
    }
}
