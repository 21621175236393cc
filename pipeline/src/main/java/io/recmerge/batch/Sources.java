package io.recmerge.batch;

import io.recmerge.cloud.CloudName;
import io.recmerge.cloud.CloudRecording;
import io.recmerge.cloud.CloudScanner;
import io.recmerge.discover.SessionFinder;
import io.recmerge.discover.SessionFolder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Finds what a batch converts under ROOT, at any depth: folders holding {@code uid_*.txt} metadata
 * (on-premise sessions; their cloud playlists, if any, are left alone as {@code convert} does) and,
 * in folders without metadata, every cloud recording by its {@code <sid>_<cname>}.
 */
final class Sources {

    private Sources() {
    }

    /** In folder path order, a folder's cloud recordings in key order. */
    static List<Source> find(Path root, Set<Path> skip) throws IOException {
        List<Source> found = new ArrayList<>();
        for (Path dir : SessionFinder.find(root, skip, d -> SessionFinder.holdsMetadata(d)
                || CloudScanner.isCloudFolder(d))) {
            if (SessionFinder.holdsMetadata(dir)) {
                found.add(Source.session(dir));
            } else {
                cloudKeys(dir).forEach(key -> found.add(Source.cloud(dir, key)));
            }
        }
        return found;
    }

    /** The {@code <sid>_<cname>} of every cloud playlist in the folder (regular files only, like the scanner). */
    static TreeSet<String> cloudKeys(Path dir) throws IOException {
        TreeSet<String> keys = new TreeSet<>();
        try (Stream<Path> entries = Files.list(dir)) {
            entries.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
                    .forEach(p -> CloudName.parse(p.getFileName().toString()).filter(CloudName::isPlaylist)
                            .ifPresent(n -> keys.add(n.recordingKey())));
        }
        return keys;
    }

    /**
     * Whether {@code watch} may convert it now: the done marker of a session; for a cloud recording,
     * every track's last playlist ended. A recording the scanner cannot place yet (a playlist whose
     * slices are not uploaded) is not finished. {@code scans} caches one scan per folder and round.
     */
    static boolean finished(Source s, Map<Path, List<CloudRecording>> scans) throws IOException {
        if (s.cloudKey().isEmpty()) {
            return Files.exists(s.dir().resolve(SessionFolder.DONE_MARKER));
        }
        List<CloudRecording> all = scans.get(s.dir());
        if (all == null) {
            all = CloudScanner.scan(s.dir());
            scans.put(s.dir(), all);
        }
        return all.stream().filter(r -> r.key().equals(s.cloudKey().get())).anyMatch(CloudRecording::finished);
    }

    /** Why a batch skipped it: the on-premise done marker, or the cloud playlists' end and the last change. */
    static String notFinished(Source s) {
        if (s.cloudKey().isEmpty()) {
            return "no recording2-done.txt (skipped; --force converts it)";
        }
        return "a playlist of the recording has no #EXT-X-ENDLIST yet" + idle(s).map(d -> " (the recording's files "
                + "last changed " + d.toSeconds() + " s ago)").orElse("") + " (skipped; --force converts it)";
    }

    private static Optional<Duration> idle(Source s) {
        String key = s.cloudKey().orElseThrow();
        try (Stream<Path> entries = Files.list(s.dir())) {
            return entries.filter(p -> CloudName.parse(p.getFileName().toString())
                            .filter(n -> n.recordingKey().equals(key)).isPresent())
                    .map(Sources::modified).max(Comparable::compareTo)
                    .map(t -> Duration.between(t.toInstant(), Instant.now()))
                    .map(d -> d.isNegative() ? Duration.ZERO : d);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static FileTime modified(Path p) {
        try {
            return Files.getLastModifiedTime(p, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }
}
