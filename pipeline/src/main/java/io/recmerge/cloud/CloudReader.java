package io.recmerge.cloud;

import io.recmerge.diag.Code;
import io.recmerge.diag.Diagnostic;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Builds the cloud recordings of a folder from its file names, sizes and playlist texts. Pure:
 * the folder is listed and read by {@link CloudScanner}.
 */
public final class CloudReader {

    private CloudReader() {
    }

    /**
     * @param sizes byte sizes of the folder's regular files, by name
     * @param texts the playlists' texts, by name
     */
    public static List<CloudRecording> read(Path dir, Map<String, Long> sizes, Map<String, String> texts) {
        Map<String, List<Playlist>> byRecording = new TreeMap<>();
        for (Map.Entry<String, String> t : new TreeMap<>(texts).entrySet()) {
            CloudName.parse(t.getKey()).filter(CloudName::isPlaylist).ifPresent(n -> byRecording
                    .computeIfAbsent(n.recordingKey(), k -> new ArrayList<>()).add(PlaylistParser.parse(n, t.getValue())));
        }
        List<CloudRecording> out = new ArrayList<>();
        byRecording.forEach((key, playlists) -> recording(dir, key, playlists, sizes).ifPresent(out::add));
        return out;
    }

    private static Optional<CloudRecording> recording(Path dir, String key, List<Playlist> playlists,
                                                      Map<String, Long> sizes) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        playlists.forEach(p -> diagnostics.addAll(p.diagnostics()));
        Map<String, List<Playlist>> byTrack = playlists.stream().collect(Collectors.groupingBy(
                p -> p.name().trackKey(), TreeMap::new, Collectors.toList()));
        Map<String, List<CloudTrack>> byUid = new TreeMap<>(Comparator.comparing(CloudReader::uidOrder));
        for (List<Playlist> trackPlaylists : byTrack.values()) {
            PlaylistChoice.Chain chain = PlaylistChoice.of(trackPlaylists);
            diagnostics.addAll(chain.diagnostics());
            if (chain.chain().isEmpty()) {
                continue;
            }
            TrackBuilder.Built built = TrackBuilder.build(dir, trackPlaylists.get(0).name().trackKey(),
                    chain.chain(), sizes);
            diagnostics.addAll(built.diagnostics());
            if (!built.track().finished()) {
                diagnostics.add(Diagnostic.of(Code.CLOUD_TRACK_UNFINISHED, built.track().key() + ": its last "
                        + "playlist " + last(chain.chain()) + " has no #EXT-X-ENDLIST").uid(built.track().uid()
                        .orElse(null)).file(last(chain.chain())).build());
            }
            byUid.computeIfAbsent(built.track().uid().orElse(""), k -> new ArrayList<>()).add(built.track());
        }
        diagnostics.addAll(unnamed(key, byUid, sizes));
        List<CloudRecording.User> users = new ArrayList<>();
        byUid.forEach((uid, tracks) -> users.add(Segments.user(uid, tracks)));
        Optional<Instant> zero = users.stream().flatMap(u -> u.tracks().stream()).flatMap(t -> t.runs().stream())
                .map(CloudTrack.Run::start).min(Comparator.naturalOrder());
        return zero.map(z -> new CloudRecording(dir, key, z, users, diagnostics));
    }

    /** Slices of this recording in the folder that no chosen playlist names. */
    private static List<Diagnostic> unnamed(String key, Map<String, List<CloudTrack>> byUid, Map<String, Long> sizes) {
        Set<String> named = byUid.values().stream().flatMap(List::stream).flatMap(t -> t.playlists().stream())
                .flatMap(p -> p.entries().stream()).map(Playlist.Entry::file).collect(Collectors.toSet());
        return sizes.keySet().stream().sorted().filter(n -> !named.contains(n))
                .filter(n -> CloudName.parse(n).filter(c -> !c.isPlaylist() && c.recordingKey().equals(key)).isPresent())
                .map(n -> Diagnostic.of(Code.CLOUD_SLICE_UNNAMED, n + " is in the folder but no chosen playlist "
                        + "names it; it was not used").uid(CloudName.parse(n).flatMap(CloudName::uid).orElse(null))
                        .file(n).build())
                .toList();
    }

    private static String last(List<Playlist> chain) {
        return chain.get(chain.size() - 1).name().name();
    }

    /** Numeric uids in numeric order, others after them by name. */
    private static String uidOrder(String uid) {
        return uid.matches("\\d{1,18}") ? String.format("0%020d", Long.parseLong(uid)) : "1" + uid;
    }
}
