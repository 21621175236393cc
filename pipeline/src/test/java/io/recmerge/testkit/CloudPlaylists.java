package io.recmerge.testkit;

import io.recmerge.testkit.CloudFolder.Slice;
import io.recmerge.testkit.CloudFolder.SliceState;
import io.recmerge.testkit.CloudFolder.Spec;
import io.recmerge.testkit.CloudUser.Track;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Writes a generated track's playlists as Agora does: a START event on the first slice of each
 * stretch (after an {@code #EXT-X-DISCONTINUITY} when the stream came back), a ROTATE tag on the
 * slice in which a rotation starts, {@code #EXTINF:<seconds>} without the trailing comma, and
 * {@code #EXT-X-ENDLIST} on the last recorder's playlist. After a failover the first recorder's
 * playlist stops without ENDLIST and {@code bak0_<name>.m3u8} goes on.
 */
final class CloudPlaylists {

    private CloudPlaylists() {
    }

    static void write(Spec spec, CloudUser u, Track track, List<Slice> slices, Path rec) throws IOException {
        String base = CloudFolder.trackName(spec, u.uid(), track);
        List<Slice> first = slices.stream().filter(s -> s.recorder() == 0 && s.state() != SliceState.LOST).toList();
        List<Slice> bak = slices.stream().filter(s -> s.recorder() == 1 && s.state() != SliceState.LOST).toList();
        boolean failover = slices.stream().anyMatch(s -> s.recorder() == 1);
        if (u.uploadCopies().contains(track)) {
            // The copies of an upload failure: _1 has everything, _2 (a later index) only the first half.
            String tick = Long.toString(spec.zero().toEpochMilli());
            write(rec, base + "_" + tick + "_1.m3u8", text(spec, u, track, first, !failover));
            write(rec, base + "_" + tick + "_2.m3u8", text(spec, u, track, first.subList(0, first.size() / 2), false));
        } else {
            write(rec, base + ".m3u8", text(spec, u, track, first, !failover));
        }
        if (!bak.isEmpty()) {
            write(rec, "bak0_" + base + ".m3u8", text(spec, u, track, bak, true));
        }
    }

    private static void write(Path rec, String name, String text) throws IOException {
        Files.writeString(rec.resolve(name), text, StandardCharsets.UTF_8);
    }

    static String text(Spec spec, CloudUser u, Track track, List<Slice> listed, boolean ended) {
        double longest = listed.stream().mapToDouble(Slice::seconds).max().orElse(1);
        StringBuilder s = new StringBuilder("#EXTM3U\n#EXT-X-VERSION:3\n#EXT-X-MEDIA-SEQUENCE:0\n#EXT-X-TARGETDURATION:"
                + (int) Math.ceil(longest) + "\n");
        Slice previous = null;
        for (Slice x : listed) {
            if (previous == null || previous.stretch() != x.stretch()) {
                s.append(previous == null ? "" : "#EXT-X-DISCONTINUITY\n");
                s.append("#EXT-X-AGORA-TRACK-EVENT:EVENT=START,TRACK_TYPE=").append(type(track)).append(",TIME=")
                        .append(utc(spec, x.start())).append('\n');
            }
            if (track == Track.VIDEO) {
                rotations(spec, u, x, s);
            }
            s.append(String.format(Locale.ROOT, "#EXTINF:%.3f%n", x.seconds())).append(x.file()).append('\n');
            previous = x;
        }
        return s + (ended ? "#EXT-X-ENDLIST\n" : "");
    }

    /** The rotations that start inside this slice (a stretch's first rotation only when it is not 0). */
    private static void rotations(Spec spec, CloudUser u, Slice x, StringBuilder s) {
        List<RotationSpan> spans = CloudMedia.video(u, x.stretch()).orElseThrow().rotationSpans();
        for (int i = 0; i < spans.size(); i++) {
            RotationSpan r = spans.get(i);
            boolean tagged = i > 0 || r.degrees() != 0;
            if (tagged && r.start() >= x.start() - 1e-6 && r.start() < x.end() - 1e-6) {
                s.append("#EXT-X-AGORA-ROTATE:WIDTH=320,HEIGHT=240,ROTATE=").append(r.degrees()).append(",TIME=")
                        .append(utc(spec, r.start())).append('\n');
            }
        }
    }

    private static String type(Track track) {
        return track == Track.MIXED ? "AUDIO_AND_VIDEO" : track.name();
    }

    private static String utc(Spec spec, double seconds) {
        return CloudFolder.utc(spec.zero().plusMillis(Math.round(seconds * 1000)));
    }
}
