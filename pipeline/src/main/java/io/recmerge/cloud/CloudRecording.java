package io.recmerge.cloud;

import io.recmerge.diag.Diagnostic;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One cloud recording: the files of a folder that share one {@code <sid>_<cname>}.
 *
 * @param zero the earliest slice UTC of the recording: the session clock's zero
 * @param users one entry per uid (composite mode: one entry without uid), in uid order
 */
public record CloudRecording(Path dir, String key, Instant zero, List<User> users, List<Diagnostic> diagnostics) {

    public CloudRecording {
        Objects.requireNonNull(dir, "dir");
        Objects.requireNonNull(zero, "zero");
        users = List.copyOf(users);
        diagnostics = List.copyOf(diagnostics);
    }

    /** A uid's tracks and the stretches between its START events. */
    public record User(String uid, Optional<CloudTrack> audio, Optional<CloudTrack> video, List<Segment> segments) {
        public User {
            segments = List.copyOf(segments);
        }

        public List<CloudTrack> tracks() {
            return java.util.stream.Stream.of(audio, video).flatMap(Optional::stream).toList();
        }
    }

    /**
     * A stretch of one user from a START after the user had no media at all to the next such START
     * (the cloud counterpart of an on-premise user session).
     */
    public record Segment(int index, Instant start, Instant end, List<CloudTrack.Run> audio,
                          List<CloudTrack.Run> video) {
        public Segment {
            audio = List.copyOf(audio);
            video = List.copyOf(video);
        }
    }

    /** Every track's last playlist ends with {@code #EXT-X-ENDLIST}. */
    public boolean finished() {
        return users.stream().flatMap(u -> u.tracks().stream()).allMatch(CloudTrack::finished);
    }

    /** Seconds from the session clock's zero to {@code t}. */
    public double seconds(Instant t) {
        return java.time.Duration.between(zero, t).toNanos() / 1e9;
    }
}
