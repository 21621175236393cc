package io.recmerge.inspect;

import io.recmerge.cloud.CloudName;
import io.recmerge.cloud.CloudRecording;
import io.recmerge.cloud.CloudRotation;
import io.recmerge.cloud.CloudScanner;
import io.recmerge.cloud.CloudTrack;
import io.recmerge.cloud.Playlist;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One cloud track explained: walks its chosen playlists entry by entry and says where the stream
 * started, where a failover took over, which slices are missing and what holes are left. Pure.
 */
final class CloudTrackFacts {

    /** A shorter hole is jitter in the names' milliseconds (the cloud reader's own threshold). */
    private static final Duration HOLE = Duration.ofMillis(500);

    private final CloudRecording recording;
    private final Context context;
    private final List<CloudInspection.Event> events = new ArrayList<>();
    private final List<CloudInspection.Missing> missing = new ArrayList<>();
    private final List<String> since = new ArrayList<>();
    private Instant reached;

    /**
     * What the track alone does not say.
     *
     * @param sizes the folder's file sizes by name (a missing slice is absent or empty)
     * @param playlists every playlist of the track in the folder, copies that were not read included
     * @param codecs the probed codecs of its joined slices
     * @param frameSizes the probed frame sizes (video)
     * @param outputAt the output that covers a time on the recording's clock
     */
    record Context(Function<String, Optional<Long>> sizes, List<Playlist> playlists, List<String> codecs,
                   List<String> frameSizes, Function<Instant, Optional<String>> outputAt) { }

    private CloudTrackFacts(CloudRecording recording, Context context) {
        this.recording = recording;
        this.context = context;
    }

    static CloudInspection.Track of(CloudRecording r, CloudTrack t, Context c) {
        CloudTrackFacts f = new CloudTrackFacts(r, c);
        Set<String> present = t.runs().stream().flatMap(run -> run.slices().stream()).map(CloudTrack.Slice::name)
                .collect(Collectors.toSet());
        for (int i = 0; i < t.playlists().size(); i++) {
            Playlist p = t.playlists().get(i);
            for (Playlist.Entry e : p.entries()) {
                if (i > 0 && e == p.entries().get(0)) {
                    f.event("failover", e.utc().orElseThrow(), 0, p.name().name() + " continues "
                            + t.playlists().get(i - 1).name().name());
                }
                f.entry(p, e, present.contains(e.file()));
            }
        }
        List<CloudTrack.Slice> slices = t.runs().stream().flatMap(run -> run.slices().stream()).toList();
        return new CloudInspection.Track(t.type().label(),
                slices.stream().map(s -> extension(s.name())).distinct().toList(), c.codecs(), c.frameSizes(),
                slices.size(), round(slices.stream().mapToDouble(s -> s.duration().orElse(0.0)).sum()),
                slices.stream().mapToLong(CloudTrack.Slice::bytes).sum(), f.at(t.runs().get(0).start()),
                f.at(t.runs().get(t.runs().size() - 1).end()), CloudCopies.of(t.playlists(), c.playlists()),
                runs(r, t), f.events.stream().sorted(java.util.Comparator.comparingDouble(CloudInspection.Event::at))
                        .toList(), f.missing, rotations(r, t));
    }

    private void entry(Playlist p, Playlist.Entry e, boolean present) {
        Instant utc = e.utc().orElseThrow(); // the parser keeps only slices named with their UTC
        e.start().ifPresent(s -> event("start", s, 0, "the stream " + (reached == null ? "starts" : "starts again")
                + " (#EXT-X-AGORA-TRACK-EVENT START)"));
        if (e.discontinuity()) {
            event("discontinuity", utc, 0, "#EXT-X-DISCONTINUITY before " + e.file());
        }
        double seconds = e.duration().orElse(0.0);
        if (!present) {
            Optional<Long> size = context.sizes().apply(e.file());
            String problem = size.isEmpty() ? "not in the folder" : size.get() == CloudScanner.UNREADABLE
                    ? "unreadable (permission denied or an I/O error)" : "empty (0 bytes)";
            missing.add(new CloudInspection.Missing(e.file(), p.name().name(), e.line(), problem, at(utc),
                    round(seconds), context.outputAt().apply(utc)));
            event("missing", utc, seconds, e.file() + " (" + p.name().name() + " line " + e.line() + ") is " + problem);
            return;
        }
        if (reached != null && Duration.between(reached, utc).compareTo(HOLE) > 0) {
            events.add(new CloudInspection.Event("hole", at(reached), round(recording.seconds(utc)
                    - recording.seconds(reached)), "no media until " + e.file() + ": " + cause()));
        }
        reached = utc.plusNanos(Math.round(seconds * 1e9));
        since.clear();
    }

    private void event(String kind, Instant time, double seconds, String detail) {
        events.add(new CloudInspection.Event(kind, at(time), round(seconds), detail));
        since.add(kind);
    }

    /** What came between the last slice there and the next: "failover, 2 missing slices". */
    private String cause() {
        if (since.isEmpty()) {
            return "the slices' UTC leave a hole";
        }
        long lost = since.stream().filter("missing"::equals).count();
        List<String> said = new ArrayList<>(since.stream().filter(k -> !k.equals("missing")).distinct().toList());
        if (lost > 0) {
            said.add(lost + (lost == 1 ? " missing slice" : " missing slices"));
        }
        return String.join(", ", said);
    }

    private static List<CloudInspection.Run> runs(CloudRecording r, CloudTrack t) {
        List<CloudInspection.Run> out = new ArrayList<>();
        for (CloudTrack.Run run : t.runs()) {
            String opens = run.afterFailover() ? "failover" : run.opensStream() ? "start"
                    : out.isEmpty() ? "first" : "continues";
            out.add(new CloudInspection.Run(round(r.seconds(run.start())), round(r.seconds(run.end())),
                    run.slices().size(), opens));
        }
        return out;
    }

    private static List<CloudInspection.Rotation> rotations(CloudRecording r, CloudTrack t) {
        return t.rotations().stream().map(x -> new CloudInspection.Rotation(round(r.seconds(x.time())),
                CloudName.format(x.time()), x.anticlockwise(), CloudRotation.clockwise(x.anticlockwise()), x.width(),
                x.height())).toList();
    }

    private double at(Instant t) {
        return round(recording.seconds(t));
    }

    private static String extension(String name) {
        return name.substring(name.lastIndexOf('.') + 1);
    }

    static double round(double seconds) {
        return Math.round(seconds * 1000) / 1000.0;
    }
}
