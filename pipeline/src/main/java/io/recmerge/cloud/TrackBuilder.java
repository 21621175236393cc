package io.recmerge.cloud;

import io.recmerge.diag.Code;
import io.recmerge.diag.Diagnostic;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Walks one track's chosen playlists slice by slice and cuts it into runs. A run ends at a
 * missing or empty slice, a discontinuity, a START, a failover, a change of container, or a hole
 * between a slice's UTC and where the previous one ended. Pure: names, sizes and texts in.
 */
final class TrackBuilder {

    /** A hole shorter than this is jitter in the names' milliseconds, not missing media. */
    static final Duration HOLE = Duration.ofMillis(500);
    /** One frame at the recorder's lowest usual rate (15 fps): disagreements above it are reported. */
    static final Duration FRAME = Duration.ofMillis(67);
    /** Agora's failover resumes the recording within this. */
    static final Duration FAILOVER_HOLE = Duration.ofSeconds(90);

    private final Path dir;
    private final Map<String, Long> sizes;
    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private final List<CloudTrack.Run> runs = new ArrayList<>();
    private List<CloudTrack.Slice> current = new ArrayList<>();
    private boolean opens;
    private boolean afterFailover;
    private int disagreements;
    private Duration worst = Duration.ZERO;

    private TrackBuilder(Path dir, Map<String, Long> sizes) {
        this.dir = dir;
        this.sizes = sizes;
    }

    /** @param sizes byte sizes of the regular files in the folder, by name */
    static Built build(Path dir, String key, List<Playlist> chain, Map<String, Long> sizes) {
        TrackBuilder b = new TrackBuilder(dir, sizes);
        List<Playlist.RotateTag> rotations = new ArrayList<>();
        for (int i = 0; i < chain.size(); i++) {
            Playlist p = chain.get(i);
            if (i > 0) {
                b.failover(chain.get(i - 1), p);
            }
            for (Playlist.Entry e : p.entries()) {
                rotations.addAll(e.rotations());
                b.entry(p, e, i > 0 && e == p.entries().get(0));
            }
        }
        b.close();
        b.reportDisagreements(key, chain);
        rotations.sort(Comparator.comparing(Playlist.RotateTag::time));
        CloudName first = chain.get(0).name();
        boolean finished = chain.get(chain.size() - 1).ended();
        return new Built(new CloudTrack(key, first.uid(), first.type(), chain, b.runs, rotations, finished),
                b.diagnostics);
    }

    record Built(CloudTrack track, List<Diagnostic> diagnostics) { }

    private void entry(Playlist p, Playlist.Entry e, boolean firstAfterFailover) {
        String uid = p.name().uid().orElse(null);
        Long bytes = sizes.get(e.file());
        if (bytes == null || bytes <= 0) {
            diagnostics.add(Diagnostic.of(Code.CLOUD_SLICE_MISSING, String.format(Locale.ROOT,
                    "%s line %d names %s, which %s; the track has a hole of %s there (from %s UTC)", p.name().name(),
                    e.line(), e.file(), bytes == null ? "is not in the folder"
                            : bytes == CloudScanner.UNREADABLE ? "cannot be read (permission denied or an I/O error)"
                            : "is empty (0 bytes)",
                    e.duration().map(d -> String.format(Locale.ROOT, "%.3f s", d)).orElse("the slice's seconds"),
                    e.utc().map(Instant::toString).orElse("?")))
                    .uid(uid).file(e.file()).build());
            close();
            return;
        }
        CloudTrack.Slice slice = new CloudTrack.Slice(e.file(), dir.resolve(e.file()), e.utc().orElseThrow(),
                e.duration(), bytes);
        if (breaksBefore(e, slice, firstAfterFailover)) {
            close();
            opens = e.start().isPresent();
            afterFailover = firstAfterFailover;
        }
        current.add(slice);
    }

    private boolean breaksBefore(Playlist.Entry e, CloudTrack.Slice slice, boolean firstAfterFailover) {
        if (current.isEmpty() || e.discontinuity() || e.start().isPresent() || firstAfterFailover) {
            return true;
        }
        CloudTrack.Slice previous = current.get(current.size() - 1);
        if (!extension(previous.name()).equals(extension(slice.name())) || extension(slice.name()).equals("webm")
                || previous.duration().isEmpty()) {
            return true; // WebM slices each carry their own header: they are pieces of their own
        }
        Duration off = Duration.between(previous.end(), slice.utc());
        if (off.abs().compareTo(HOLE) > 0) {
            return true;
        }
        if (off.abs().compareTo(FRAME) > 0) {
            disagreements++;
            worst = off.abs().compareTo(worst) > 0 ? off.abs() : worst;
        }
        return false;
    }

    private void failover(Playlist before, Playlist after) {
        close();
        Optional<Instant> lastEnd = before.entries().stream().reduce((a, b) -> b)
                .flatMap(e -> e.utc().map(t -> t.plusMillis(Math.round(e.duration().orElse(0.0) * 1000))));
        Optional<Instant> resumed = after.entries().get(0).utc();
        String hole = lastEnd.isPresent() && resumed.isPresent()
                ? String.format(Locale.ROOT, " after a hole of %.3f s",
                Duration.between(lastEnd.get(), resumed.get()).toMillis() / 1000.0) : "";
        boolean long_ = lastEnd.isPresent() && resumed.isPresent()
                && Duration.between(lastEnd.get(), resumed.get()).compareTo(FAILOVER_HOLE) > 0;
        diagnostics.add(Diagnostic.of(Code.CLOUD_FAILOVER, String.format(Locale.ROOT,
                "%s continues %s%s%s%s", after.name().name(), before.name().name(), hole,
                before.ended() ? "" : " (the earlier playlist was cut off: no #EXT-X-ENDLIST)",
                long_ ? "; the hole is longer than the 90 s a failover takes, check for lost playlists" : ""))
                .uid(after.name().uid().orElse(null)).file(after.name().name()).build());
    }

    private void close() {
        if (!current.isEmpty()) {
            runs.add(new CloudTrack.Run(current, opens, afterFailover));
        }
        current = new ArrayList<>();
        opens = false;
        afterFailover = false;
    }

    private void reportDisagreements(String key, List<Playlist> chain) {
        if (disagreements > 0) {
            diagnostics.add(Diagnostic.of(Code.CLOUD_TIME_DISAGREES, String.format(Locale.ROOT,
                    "%s: at %d slice(s) the UTC in the name and the #EXTINF durations before it disagree by more "
                            + "than one frame (up to %.3f s); the slices were joined by their own timestamps",
                    key, disagreements, worst.toMillis() / 1000.0))
                    .uid(chain.get(0).name().uid().orElse(null)).file(chain.get(0).name().name()).build());
        }
    }

    private static String extension(String name) {
        return name.substring(name.lastIndexOf('.') + 1);
    }
}
