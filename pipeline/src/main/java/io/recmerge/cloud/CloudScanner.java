package io.recmerge.cloud;

import io.recmerge.discover.SessionFolder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Lists a folder for cloud recordings: the regular files' sizes and the playlists' texts (only
 * regular files: a link named like a playlist is never opened). Playlists are small; one larger
 * than {@link #MAX_PLAYLIST_BYTES} is not read.
 */
public final class CloudScanner {

    static final long MAX_PLAYLIST_BYTES = 16L << 20;

    private CloudScanner() {
    }

    /** Whether the folder holds any playlist named like a cloud recording's (reads no content). */
    public static boolean isCloudFolder(Path dir) {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.anyMatch(CloudScanner::isPlaylist);
        } catch (IOException e) {
            return false;
        }
    }

    /** The size recorded for a file the user may not read. */
    public static final long UNREADABLE = -1;

    /**
     * A folder read once: the regular files' sizes ({@link #UNREADABLE} for a slice this user may
     * not read: lost media like a missing one, not a reason to stop the folder), their change
     * times, and the playlists' texts.
     */
    public record Listing(Map<String, Long> sizes, Map<String, Instant> modified, Map<String, String> texts) {
        public Listing {
            sizes = Map.copyOf(sizes);
            modified = Map.copyOf(modified);
            texts = Collections.unmodifiableMap(new LinkedHashMap<>(texts));
        }
    }

    public static Listing list(Path dir) throws IOException {
        Map<String, Long> sizes = new LinkedHashMap<>();
        Map<String, Instant> modified = new LinkedHashMap<>();
        Map<String, String> texts = new LinkedHashMap<>();
        try (Stream<Path> entries = Files.list(dir)) {
            for (Path p : (Iterable<Path>) entries.sorted()::iterator) {
                if (!Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
                    continue;
                }
                String name = p.getFileName().toString();
                long size = Files.size(p);
                sizes.put(name, isPlaylist(p) || Files.isReadable(p) ? size : UNREADABLE);
                modified.put(name, Files.getLastModifiedTime(p, LinkOption.NOFOLLOW_LINKS).toInstant());
                if (isPlaylist(p) && size <= MAX_PLAYLIST_BYTES) {
                    texts.put(name, new String(Files.readAllBytes(p), StandardCharsets.UTF_8));
                }
            }
        }
        return new Listing(sizes, modified, texts);
    }

    public static List<CloudRecording> scan(Path dir) throws IOException {
        return scan(dir, list(dir));
    }

    public static List<CloudRecording> scan(Path dir, Listing listing) {
        return CloudReader.read(dir, listing.sizes(), listing.texts());
    }

    /**
     * A cloud folder as convert sees a session folder: no metadata files, and "done" when every
     * track's last playlist ends with {@code #EXT-X-ENDLIST} (a cloud recording writes no done marker).
     */
    public static SessionFolder asSessionFolder(Path dir) throws IOException {
        boolean finished = scan(dir).stream().allMatch(CloudRecording::finished);
        return new SessionFolder(dir, List.of(), finished, Optional.empty());
    }

    private static boolean isPlaylist(Path p) {
        return CloudName.parse(p.getFileName().toString()).filter(CloudName::isPlaylist).isPresent()
                && Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS);
    }
}
