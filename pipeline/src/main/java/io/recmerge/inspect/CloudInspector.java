package io.recmerge.inspect;

import io.recmerge.cloud.CloudName;
import io.recmerge.cloud.CloudRecording;
import io.recmerge.cloud.CloudScanner;
import io.recmerge.cloud.CloudTrack;
import io.recmerge.cloud.CloudWork;
import io.recmerge.cloud.Playlist;
import io.recmerge.cloud.PlaylistParser;
import io.recmerge.cloud.TrackType;
import io.recmerge.convert.SessionPlanner;
import io.recmerge.plan.MediaPiece;
import io.recmerge.plan.PlanRequest;
import io.recmerge.profile.Profile;
import io.recmerge.report.Manifest;
import io.recmerge.report.Reports;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * {@code recmerge inspect} of a cloud folder: reads its recordings, plans them the way {@code convert}
 * would (probing the joined slices), and explains both in a {@link CloudInspection}.
 */
public final class CloudInspector {

    private CloudInspector() {
    }

    /**
     * The slices convert joins for probing go to a temporary folder, removed afterwards: inspect
     * writes nothing beside the recording. (Joining copies the MPEG-TS slices' bytes once.)
     */
    public static CloudInspection inspect(Path dir, SessionPlanner planner, Profile profile, Profile audioOnly)
            throws IOException {
        CloudScanner.Listing listing = CloudScanner.list(dir);
        List<CloudRecording> recordings = CloudScanner.scan(dir, listing);
        Path work = Files.createTempDirectory("recmerge-inspect-");
        SessionPlanner.SessionPlan plan;
        try {
            plan = planner.plan(CloudScanner.asSessionFolder(dir), PlanRequest.defaults(profile, audioOnly, work));
        } finally {
            CloudWork.clean(work);
            Files.deleteIfExists(work);
        }
        return of(dir, recordings, plan, CloudListing.of(listing), Instant.now());
    }

    static CloudInspection of(Path dir, List<CloudRecording> recordings, SessionPlanner.SessionPlan plan,
                              CloudListing listing, Instant now) {
        Map<String, SessionPlanner.UserPlan> byBase = new HashMap<>();
        plan.users().forEach(u -> byBase.put(u.metadata().path().getFileName().toString()
                .replaceFirst("\\.txt$", ""), u));
        List<CloudInspection.Recording> out = recordings.stream().map(r -> recording(r, byBase, listing, now)).toList();
        Path abs = dir.toAbsolutePath();
        return new CloudInspection(new Manifest.Session(abs.toString(), abs.getFileName() == null ? abs.toString()
                : abs.getFileName().toString(), recordings.stream().allMatch(CloudRecording::finished)),
                CloudInspection.FORMAT, out, Reports.diagnostics(plan.diagnostics()));
    }

    private static CloudInspection.Recording recording(CloudRecording r, Map<String, SessionPlanner.UserPlan> byBase,
                                                       CloudListing listing, Instant now) {
        int cut = r.key().indexOf('_'); // a sid has no underscore
        Optional<Long> idle = listing.lastChange(r.key()).map(t -> Math.max(0, Duration.between(t, now).toSeconds()));
        List<String> unfinished = r.users().stream().flatMap(u -> u.tracks().stream()).filter(t -> !t.finished())
                .map(t -> t.playlists().get(t.playlists().size() - 1).name().name()).toList();
        List<CloudInspection.User> users = r.users().stream().map(u -> user(r, u, byBase, listing)).toList();
        return new CloudInspection.Recording(r.key(), r.key().substring(0, cut), r.key().substring(cut + 1),
                r.zero().toString(), r.finished() ? "finished" : "unfinished", idle, unfinished, users);
    }

    private static CloudInspection.User user(CloudRecording r, CloudRecording.User u,
                                             Map<String, SessionPlanner.UserPlan> byBase, CloudListing listing) {
        Map<CloudRecording.Segment, Optional<SessionPlanner.UserPlan>> plans = u.segments().stream().collect(
                Collectors.toMap(s -> s, s -> Optional.ofNullable(byBase.get(base(r, u, s)))));
        List<CloudInspection.Segment> segments = u.segments().stream().map(s -> new CloudInspection.Segment(s.index(),
                CloudTrackFacts.round(r.seconds(s.start())), CloudTrackFacts.round(r.seconds(s.end())),
                s.audio().size(), s.video().size(), plans.get(s).flatMap(SessionPlanner.UserPlan::output)
                .map(Inspection::planned))).toList();
        Function<Instant, Optional<String>> outputAt = t -> u.segments().stream()
                .filter(s -> !t.isBefore(s.start()) && !t.isAfter(s.end())).findFirst()
                .flatMap(plans::get).flatMap(SessionPlanner.UserPlan::output).map(o -> o.fileName());
        List<SessionPlanner.UserPlan> mine = plans.values().stream().flatMap(Optional::stream).toList();
        List<CloudInspection.Track> tracks = u.tracks().stream().map(t -> CloudTrackFacts.of(r, t,
                new CloudTrackFacts.Context(listing::size, listing.playlists(t.key()), codecs(t, mine, MediaPiece::codec),
                        codecs(t, mine, p -> p.width() > 0 ? p.width() + "x" + p.height() : ""), outputAt))).toList();
        return new CloudInspection.User(u.uid(), tracks, segments);
    }

    /**
     * The name of the synthesized user session the planner gives a segment ({@code --mode session},
     * as inspect plans): {@code <sid>_<cname>[__uid_s_<uid>]_<segment start UTC>}, the cloud planner's
     * naming, which is also the output's base name.
     */
    private static String base(CloudRecording r, CloudRecording.User u, CloudRecording.Segment s) {
        return r.key() + (u.uid().isEmpty() ? "" : "__uid_s_" + u.uid()) + "_" + CloudName.format(s.start());
    }

    /** What the probe found in the user's pieces of this track's kind (both for a composite track). */
    private static List<String> codecs(CloudTrack t, List<SessionPlanner.UserPlan> plans,
                                       Function<MediaPiece, String> what) {
        return plans.stream().flatMap(p -> Stream.concat(
                        t.type() == TrackType.VIDEO ? Stream.empty() : p.timeline().audio().stream(),
                        t.type() == TrackType.AUDIO ? Stream.empty() : p.timeline().video().stream()))
                .map(what).filter(s -> !s.isEmpty()).distinct().toList();
    }

    /** The folder's file sizes, change times and every cloud playlist, from the scanner's one listing. */
    record CloudListing(Map<String, Long> sizes, Map<String, Instant> modified, List<Playlist> all) {

        static CloudListing of(CloudScanner.Listing listing) {
            List<Playlist> playlists = new ArrayList<>();
            listing.texts().forEach((name, text) -> CloudName.parse(name).filter(CloudName::isPlaylist)
                    .ifPresent(n -> playlists.add(PlaylistParser.parse(n, text))));
            return new CloudListing(listing.sizes(), listing.modified(), playlists);
        }

        Optional<Long> size(String name) {
            return Optional.ofNullable(sizes.get(name));
        }

        List<Playlist> playlists(String trackKey) {
            return all.stream().filter(p -> p.name().trackKey().equals(trackKey)).toList();
        }

        Optional<Instant> lastChange(String recordingKey) {
            return modified.entrySet().stream().filter(e -> CloudName.parse(e.getKey())
                    .filter(n -> n.recordingKey().equals(recordingKey)).isPresent())
                    .map(Map.Entry::getValue).max(Instant::compareTo);
        }
    }
}
