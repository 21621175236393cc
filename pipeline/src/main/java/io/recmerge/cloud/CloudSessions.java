package io.recmerge.cloud;

import io.recmerge.metadata.MetadataEvent;
import io.recmerge.metadata.MetadataFile;
import io.recmerge.plan.Mode;
import java.io.IOException;
import java.nio.file.Path;
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

    /** One synthesized session: its metadata, whose files are in {@code work}. */
    public record Session(MetadataFile metadata, Path work) { }

    public static List<Session> of(CloudRecording r, CloudRecording.User u, Mode mode, Path work) throws IOException {
        List<Session> out = new ArrayList<>();
        String stamp = CloudName.format(r.zero());
        String user = r.key() + (u.uid().isEmpty() ? "" : "__uid_s_" + u.uid());
        if (mode.mergesUid()) {
            List<CloudTrack.Run> audio = u.segments().stream().flatMap(s -> s.audio().stream()).toList();
            List<CloudTrack.Run> video = u.segments().stream().flatMap(s -> s.video().stream()).toList();
            out.add(session(r, u, user, stamp, audio, video, work));
        } else {
            for (CloudRecording.Segment s : u.segments()) {
                out.add(session(r, u, user + "_" + CloudName.format(s.start()), stamp, s.audio(), s.video(), work));
            }
        }
        return out;
    }

    private static Session session(CloudRecording r, CloudRecording.User u, String base, String stamp,
                                   List<CloudTrack.Run> audio, List<CloudTrack.Run> video, Path work)
            throws IOException {
        List<MetadataEvent> events = new ArrayList<>();
        for (CloudTrack.Run run : audio) {
            for (Piece p : pieces(run, u.uid(), "audio", work)) {
                events.add(new MetadataEvent.Create(r.seconds(p.start()), p.name()));
                events.add(new MetadataEvent.Close(r.seconds(p.end()), p.name()));
            }
        }
        CloudTrack track = u.video().orElse(null);
        for (CloudTrack.Run run : video) {
            for (Piece p : pieces(run, u.uid(), "video", work)) {
                videoEvents(r, track, p, events);
            }
        }
        events.sort(java.util.Comparator.comparingDouble(MetadataEvent::time));
        String uid = u.uid().isEmpty() ? "0" : u.uid();
        return new Session(new MetadataFile(r.dir().resolve(base + ".txt"), uid, stamp, events, List.of()), work);
    }

    private static void videoEvents(CloudRecording r, CloudTrack track, Piece p, List<MetadataEvent> events) {
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

    /** A file in the work folder and the slices' UTC span it covers. */
    private record Piece(String name, Instant start, Instant end) { }

    /** An MPEG-TS run is one joined file; WebM slices are files of their own. */
    private static List<Piece> pieces(CloudTrack.Run run, String uid, String kind, Path work) throws IOException {
        String prefix = (uid.isEmpty() ? "mixed" : uid) + "_" + kind + "_";
        if (!run.extension().equals("webm")) {
            Piece p = new Piece(prefix + CloudName.format(run.start()) + ".ts", run.start(), run.end());
            CloudWork.join(run, work.resolve(p.name()));
            return List.of(p);
        }
        List<Piece> out = new ArrayList<>();
        for (CloudTrack.Slice s : run.slices()) {
            Piece p = new Piece(prefix + CloudName.format(s.utc()) + ".webm", s.utc(), s.end());
            CloudWork.place(s, work.resolve(p.name()));
            out.add(p);
        }
        return out;
    }
}
