package io.recmerge.cloud;

import io.recmerge.diag.Code;
import io.recmerge.diag.Diagnostic;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Cross-checks a track's placement by the UTC in its slice names against the slices' own
 * timestamps: within one stream (one playlist, from one START to the next) the first PTS of every
 * MPEG-TS slice must lie as far after the stream's first slice as its name's UTC says. A
 * disagreement over one frame is reported with its values: inside a run the slices are joined by
 * their timestamps anyway, but a run after a hole is placed by its name.
 */
public final class TimestampCheck {

    /** One frame at the recorder's lowest usual rate (15 fps). */
    static final double FRAME = TrackBuilder.FRAME.toNanos() / 1e9;
    /** The first units' timestamps lie in the first packets; a few hundred are plenty. */
    private static final long PACKETS = 400;

    private TimestampCheck() {
    }

    /** One slice whose timestamps place it elsewhere than its name: {@code off} = by PTS - by name, seconds. */
    record Disagreement(String slice, String reference, double byName, double off) { }

    public static List<Diagnostic> of(CloudTrack track) throws IOException {
        Map<String, CloudTrack.Slice> present = track.runs().stream().flatMap(r -> r.slices().stream())
                .filter(s -> s.name().endsWith(".ts")).collect(Collectors.toMap(CloudTrack.Slice::name,
                        Function.identity(), (a, b) -> a));
        List<Disagreement> found = new ArrayList<>();
        for (Playlist p : track.playlists()) {
            CloudTrack.Slice first = null;
            long firstPts = 0;
            for (Playlist.Entry e : p.entries()) {
                first = e.start().isPresent() || e.discontinuity() ? null : first; // a new stream: new timestamps
                CloudTrack.Slice s = present.get(e.file());
                OptionalLong pts = s == null ? OptionalLong.empty() : firstPts(s);
                if (pts.isEmpty()) {
                    continue;
                }
                if (first == null) {
                    first = s;
                    firstPts = pts.getAsLong();
                    continue;
                }
                double byName = Duration.between(first.utc(), s.utc()).toNanos() / 1e9;
                double byPts = SliceScan.ticks(pts.getAsLong() - firstPts);
                if (Math.abs(byPts - byName) > FRAME) {
                    found.add(new Disagreement(s.name(), first.name(), byName, byPts - byName));
                }
            }
        }
        return found.isEmpty() ? List.of() : List.of(report(track, found));
    }

    private static OptionalLong firstPts(CloudTrack.Slice s) throws IOException {
        SliceScan scan = SliceScan.head(s.file(), PACKETS);
        return scan.audioPts().isPresent() && (scan.videoPts().isEmpty()
                || SliceScan.ticks(scan.audioPts().getAsLong() - scan.videoPts().getAsLong()) < 0)
                ? scan.audioPts() : scan.videoPts();
    }

    private static Diagnostic report(CloudTrack track, List<Disagreement> found) {
        Disagreement worst = found.stream().max(java.util.Comparator.comparingDouble(d -> Math.abs(d.off())))
                .orElseThrow();
        return Diagnostic.of(Code.CLOUD_TIMESTAMPS_DISAGREE, String.format(Locale.ROOT,
                "%s: at %d slice(s) the UTC in the name and the slice's own timestamps disagree by more than one "
                        + "frame; the most: %s is named %.3f s after %s, but its timestamps put it %.3f s after it "
                        + "(%+.3f s)", track.key(), found.size(), worst.slice(), worst.byName(), worst.reference(),
                worst.byName() + worst.off(), worst.off()))
                .uid(track.uid().orElse(null)).file(worst.slice()).build();
    }
}
