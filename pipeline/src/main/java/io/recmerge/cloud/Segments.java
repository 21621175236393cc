package io.recmerge.cloud;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Cuts a user's runs into segments. A run that opens a stream (START) after the user had no
 * media of either track starts a new segment; a video that comes back while the audio goes on,
 * a hole left by a missing slice and a failover continue the segment they are in.
 */
final class Segments {

    private Segments() {
    }

    static CloudRecording.User user(String uid, List<CloudTrack> tracks) {
        Optional<CloudTrack> audio = tracks.stream().filter(t -> t.type() != TrackType.VIDEO).findFirst();
        Optional<CloudTrack> video = tracks.stream().filter(t -> t.type() == TrackType.VIDEO).findFirst();
        List<Tagged> all = new ArrayList<>();
        audio.ifPresent(t -> t.runs().forEach(r -> all.add(new Tagged(r, false))));
        video.ifPresent(t -> t.runs().forEach(r -> all.add(new Tagged(r, true))));
        all.sort(Comparator.comparing((Tagged t) -> t.run().start()));
        List<CloudRecording.Segment> segments = new ArrayList<>();
        List<CloudTrack.Run> a = new ArrayList<>();
        List<CloudTrack.Run> v = new ArrayList<>();
        Instant start = null;
        Instant reach = null;
        for (Tagged t : all) {
            CloudTrack.Run r = t.run();
            boolean opens = r.opensStream() && !r.afterFailover() && reach != null && !r.start().isBefore(reach);
            if (opens) {
                segments.add(new CloudRecording.Segment(segments.size(), start, reach, a, v));
                a = new ArrayList<>();
                v = new ArrayList<>();
                start = null;
            }
            start = start == null ? r.start() : start;
            reach = reach == null || r.end().isAfter(reach) ? r.end() : reach;
            (t.video() ? v : a).add(r);
        }
        if (start != null) {
            segments.add(new CloudRecording.Segment(segments.size(), start, reach, a, v));
        }
        return new CloudRecording.User(uid, audio, video, segments);
    }

    private record Tagged(CloudTrack.Run run, boolean video) { }
}
