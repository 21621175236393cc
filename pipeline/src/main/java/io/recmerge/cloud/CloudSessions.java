package io.recmerge.cloud;

import io.recmerge.diag.Diagnostic;
import io.recmerge.metadata.MetadataEvent;
import io.recmerge.metadata.MetadataFile;
import io.recmerge.plan.Mode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * Turns a cloud user into the metadata of on-premise user sessions, so the rest of the pipeline
 * (probe, timeline, planner, render, verify) is the same for both: one "session" per segment
 * ({@code --mode session}) or one per uid (uid modes), every run a media file created at its
 * first slice's UTC on the recording's clock (zero = its earliest slice), every rotation tag a
 * rotate event. All sessions of a recording share that clock: their stamp is its zero.
 */
public final class CloudSessions {

    private CloudSessions() {
    }

    /**
     * One synthesized session: its metadata, whose files are in {@code work}, the slices of its
     * stretch that the playlists name but the folder does not hold, and what joining its runs found.
     */
    public record Session(MetadataFile metadata, Path work, List<CloudTrack.Lost> lost, List<Diagnostic> diagnostics) {
        public Session {
            lost = List.copyOf(lost);
            diagnostics = List.copyOf(diagnostics);
        }

        /**
         * The metadata naming the lost slices too (created and closed at their times): what the
         * recording had, so that the lost files are known to belong to this session's output.
         */
        public MetadataFile withLost() {
            List<MetadataEvent> events = new ArrayList<>(metadata.events());
            for (CloudTrack.Lost l : lost) {
                double at = metadata.events().isEmpty() ? 0 : seconds(metadata, l.utc());
                events.add(new MetadataEvent.Create(at, l.name()));
                events.add(new MetadataEvent.Close(at + l.seconds().orElse(0.0), l.name()));
            }
            events.sort(java.util.Comparator.comparingDouble(MetadataEvent::time));
            return new MetadataFile(metadata.path(), metadata.uid(), metadata.stamp(), events, metadata.diagnostics());
        }

        private static double seconds(MetadataFile m, Instant t) {
            return Duration.between(CloudName.utc(m.stamp()).orElseThrow(), t).toNanos() / 1e9;
        }
    }

    public static List<Session> of(CloudRecording r, CloudRecording.User u, Mode mode, Path work) throws IOException {
        List<Session> out = new ArrayList<>();
        String stamp = CloudName.format(r.zero());
        String user = r.key() + (u.uid().isEmpty() ? "" : "__uid_s_" + u.uid());
        List<CloudTrack.Lost> lost = u.tracks().stream().flatMap(t -> t.lost().stream())
                .sorted(java.util.Comparator.comparing(CloudTrack.Lost::utc)).toList();
        if (mode.mergesUid()) {
            List<CloudTrack.Run> audio = u.segments().stream().flatMap(s -> s.audio().stream()).toList();
            List<CloudTrack.Run> video = u.segments().stream().flatMap(s -> s.video().stream()).toList();
            out.add(session(r, u, user, stamp, audio, video, lost, work));
        } else {
            for (CloudRecording.Segment s : u.segments()) {
                out.add(session(r, u, user + "_" + CloudName.format(s.start()), stamp, s.audio(), s.video(),
                        lost.stream().filter(l -> segmentOf(u, l) == s).toList(), work));
            }
        }
        return out;
    }

    /** The segment a lost slice falls in: the last one that starts at or before it (else the first). */
    private static CloudRecording.Segment segmentOf(CloudRecording.User u, CloudTrack.Lost lost) {
        CloudRecording.Segment found = u.segments().get(0);
        for (CloudRecording.Segment s : u.segments()) {
            if (!s.start().isAfter(lost.utc())) {
                found = s;
            }
        }
        return found;
    }

    private static Session session(CloudRecording r, CloudRecording.User u, String base, String stamp,
                                   List<CloudTrack.Run> audio, List<CloudTrack.Run> video,
                                   List<CloudTrack.Lost> lost, Path work) throws IOException {
        List<Diagnostic> diagnostics = new ArrayList<>();
        RunJoiner joiner = new RunJoiner(r, work, diagnostics);
        String prefix = (u.uid().isEmpty() ? "mixed" : u.uid()) + "_";
        boolean mixed = u.audio().map(t -> t.type() == TrackType.MIXED).orElse(false);
        CloudTrack pictures = mixed ? u.audio().get() : u.video().orElse(null);
        List<MetadataEvent> events = new ArrayList<>();
        for (CloudTrack.Run run : audio) {
            for (RunJoiner.Piece p : joiner.audio(run, prefix)) {
                events.add(new MetadataEvent.Create(r.seconds(p.start()), p.name()));
                events.add(new MetadataEvent.Close(r.seconds(p.end()), p.name()));
            }
            if (mixed) {
                joiner.video(run, prefix).forEach(p -> videoEvents(r, pictures, p, events));
            }
        }
        for (CloudTrack.Run run : video) {
            joiner.video(run, prefix).forEach(p -> videoEvents(r, pictures, p, events));
        }
        events.sort(java.util.Comparator.comparingDouble(MetadataEvent::time));
        String uid = u.uid().isEmpty() ? "0" : u.uid();
        return new Session(new MetadataFile(r.dir().resolve(base + ".txt"), uid, stamp, events, List.of()), work,
                lost, diagnostics);
    }

    private static void videoEvents(CloudRecording r, CloudTrack track, RunJoiner.Piece p, List<MetadataEvent> events) {
        double at = r.seconds(p.start());
        int initial = CloudRotation.clockwise(track.rotationAt(p.start()));
        events.add(new MetadataEvent.Create(at, p.name()));
        events.add(new MetadataEvent.Info(at, p.name(), OptionalInt.empty(), OptionalInt.empty(),
                OptionalInt.empty(), OptionalInt.of(initial), false));
        for (Playlist.RotateTag tag : track.rotations()) {
            if (tag.time().isAfter(p.start()) && tag.time().isBefore(p.end())) {
                events.add(new MetadataEvent.Rotate(r.seconds(tag.time()), p.name(),
                        CloudRotation.clockwise(tag.anticlockwise())));
            }
        }
        events.add(new MetadataEvent.Close(r.seconds(p.end()), p.name()));
    }
}
