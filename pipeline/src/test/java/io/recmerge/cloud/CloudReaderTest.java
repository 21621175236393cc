package io.recmerge.cloud;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.recmerge.diag.Code;
import io.recmerge.diag.Diagnostic;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CloudReaderTest {

    private static final String A = "sid_room__uid_s_7__uid_e_audio";
    private static final String V = "sid_room__uid_s_7__uid_e_video";
    private static final Instant T0 = Instant.parse("2024-03-05T10:00:00Z");

    private final Map<String, Long> sizes = new LinkedHashMap<>();
    private final Map<String, String> texts = new LinkedHashMap<>();

    /** A playlist of slices every {@code step} seconds from {@code from}; "START" before the first. */
    private String playlist(String file, String track, double from, int count, double step, boolean ended) {
        StringBuilder s = new StringBuilder("#EXTM3U\n#EXT-X-AGORA-TRACK-EVENT:EVENT=START,TIME=" + utc(from) + "\n");
        for (int i = 0; i < count; i++) {
            String slice = track + "_" + utc(from + i * step) + ".ts";
            s.append("#EXTINF:").append(step).append('\n').append(slice).append('\n');
            sizes.put(slice, 1000L);
        }
        s.append(ended ? "#EXT-X-ENDLIST\n" : "");
        texts.put(file, s.toString());
        sizes.put(file, (long) s.length());
        return s.toString();
    }

    private static String utc(double seconds) {
        return CloudName.format(T0.plusMillis(Math.round(seconds * 1000)));
    }

    private CloudRecording read() {
        List<CloudRecording> all = CloudReader.read(Path.of("/rec"), sizes, texts);
        assertEquals(1, all.size());
        return all.get(0);
    }

    private static boolean has(CloudRecording r, Code code) {
        return r.diagnostics().stream().map(Diagnostic::code).anyMatch(code::equals);
    }

    @Test
    void contiguousSlicesFormOneRunAndTheEarliestSliceIsZero() {
        playlist(A + ".m3u8", A, 0, 4, 15, true);
        playlist(V + ".m3u8", V, 0.4, 4, 15, true);
        CloudRecording r = read();
        assertEquals(T0, r.zero());
        assertTrue(r.finished());
        CloudRecording.User u = r.users().get(0);
        assertEquals("7", u.uid());
        assertEquals(1, u.audio().orElseThrow().runs().size());
        assertEquals(4, u.audio().orElseThrow().runs().get(0).slices().size());
        assertEquals(0.4, r.seconds(u.video().orElseThrow().runs().get(0).start()), 1e-9);
        assertEquals(1, u.segments().size());
        assertTrue(r.diagnostics().isEmpty(), r.diagnostics().toString());
    }

    @Test
    void anInterruptionStartsASecondSegment() {
        String first = playlist(A + ".m3u8", A, 0, 2, 10, false);
        String second = playlist("x", A, 60, 2, 10, true);
        texts.remove("x");
        texts.put(A + ".m3u8", first + second.replace("#EXTM3U\n", ""));
        CloudRecording r = read();
        CloudRecording.User u = r.users().get(0);
        assertEquals(2, u.audio().orElseThrow().runs().size());
        assertEquals(2, u.segments().size());
        assertEquals(60, r.seconds(u.segments().get(1).start()), 1e-9);
        assertEquals(20, r.seconds(u.segments().get(0).end()), 1e-9);
    }

    @Test
    void videoComingBackWhileAudioGoesOnStaysInTheSegment() {
        playlist(A + ".m3u8", A, 0, 6, 10, true);
        String first = playlist(V + ".m3u8", V, 0, 1, 10, false);
        String back = playlist("y", V, 30, 1, 10, true);
        texts.remove("y");
        texts.put(V + ".m3u8", first + back.replace("#EXTM3U\n", ""));
        CloudRecording.User u = read().users().get(0);
        assertEquals(2, u.video().orElseThrow().runs().size());
        assertEquals(1, u.segments().size());
        assertEquals(2, u.segments().get(0).video().size());
    }

    @Test
    void aMissingOrEmptySliceIsDiagnosedAndSplitsTheRun() {
        playlist(A + ".m3u8", A, 0, 5, 10, true);
        sizes.remove(A + "_" + utc(10) + ".ts");
        sizes.put(A + "_" + utc(30) + ".ts", 0L);
        CloudRecording r = read();
        List<CloudTrack.Run> runs = r.users().get(0).audio().orElseThrow().runs();
        assertEquals(3, runs.size());
        assertEquals(List.of(1, 1, 1), runs.stream().map(x -> x.slices().size()).toList());
        assertEquals(2, r.diagnostics().stream().filter(d -> d.code() == Code.CLOUD_SLICE_MISSING).count());
        assertEquals(1, r.users().get(0).segments().size(), "a lost slice is a hole, not a new segment");
    }

    @Test
    void aSliceThatCannotBeReadIsLostLikeAMissingOneAndSaysWhy() {
        playlist(A + ".m3u8", A, 0, 5, 10, true);
        sizes.put(A + "_" + utc(10) + ".ts", CloudScanner.UNREADABLE);
        CloudRecording r = read();
        assertEquals(2, r.users().get(0).audio().orElseThrow().runs().size());
        assertEquals(List.of(A + "_" + utc(10) + ".ts"),
                r.users().get(0).audio().orElseThrow().lost().stream().map(CloudTrack.Lost::name).toList());
        assertTrue(r.diagnostics().stream().anyMatch(d -> d.code() == Code.CLOUD_SLICE_MISSING
                && d.message().contains("cannot be read (permission denied or an I/O error)")));
    }

    @Test
    void theCopyWithMostContentIsChosenHighestIndexOnATie() {
        playlist(A + ".m3u8", A, 0, 2, 10, true);
        playlist(A + "_1709633472_1.m3u8", A, 0, 3, 10, true);
        playlist(A + "_1709633480_2.m3u8", A, 0, 3, 10, true);
        CloudRecording r = read();
        CloudTrack t = r.users().get(0).audio().orElseThrow();
        assertEquals(A + "_1709633480_2.m3u8", t.playlists().get(0).name().name());
        assertTrue(has(r, Code.CLOUD_PLAYLIST_CHOSEN));
        assertEquals(3, t.runs().get(0).slices().size());
    }

    @Test
    void aFailoverPlaylistContinuesTheTrackAfterItsHole() {
        playlist(A + ".m3u8", A, 0, 3, 10, false);
        playlist("bak0_" + A + ".m3u8", "bak0_" + A, 75, 2, 10, true);
        CloudRecording r = read();
        CloudTrack t = r.users().get(0).audio().orElseThrow();
        assertEquals(2, t.playlists().size());
        assertTrue(t.finished(), "the bak0_ playlist ended");
        assertEquals(2, t.runs().size());
        assertTrue(t.runs().get(1).afterFailover());
        assertEquals(1, r.users().get(0).segments().size(), "a failover continues the segment");
        Diagnostic d = r.diagnostics().stream().filter(x -> x.code() == Code.CLOUD_FAILOVER).findFirst().orElseThrow();
        assertTrue(d.message().contains("45.000 s"), d.message());
        assertTrue(d.message().contains("cut off"), d.message());
        assertFalse(has(r, Code.CLOUD_TRACK_UNFINISHED));
    }

    @Test
    void aTrackWhoseLastPlaylistHasNoEndlistIsUnfinished() {
        playlist(A + ".m3u8", A, 0, 2, 10, false);
        CloudRecording r = read();
        assertFalse(r.finished());
        assertTrue(has(r, Code.CLOUD_TRACK_UNFINISHED));
    }

    @Test
    void slicesNoChosenPlaylistNamesAreReported() {
        playlist(A + ".m3u8", A, 0, 2, 10, true);
        sizes.put(A + "_" + utc(99) + ".ts", 10L);
        CloudRecording r = read();
        assertTrue(has(r, Code.CLOUD_SLICE_UNNAMED));
    }

    @Test
    void utcAndDurationsThatDisagreeByMoreThanAFrameAreReportedButJoined() {
        String text = playlist(A + ".m3u8", A, 0, 2, 10, true).replace("_" + utc(10), "_" + utc(10.2));
        texts.put(A + ".m3u8", text);
        sizes.put(A + "_" + utc(10.2) + ".ts", 1000L);
        CloudRecording r = read();
        assertEquals(1, r.users().get(0).audio().orElseThrow().runs().size());
        assertTrue(has(r, Code.CLOUD_TIME_DISAGREES));
    }

    @Test
    void rotationsAreOnTheTrackInTimeOrder() {
        playlist(V + ".m3u8", V, 0, 3, 10, true);
        String text = texts.get(V + ".m3u8").replace("#EXTINF:10.0\n" + V + "_" + utc(10),
                "#EXT-X-AGORA-ROTATE:WIDTH=640,HEIGHT=480,ROTATE=90,TIME=" + utc(12) + "\n#EXTINF:10.0\n" + V + "_"
                        + utc(10));
        texts.put(V + ".m3u8", text);
        CloudTrack t = read().users().get(0).video().orElseThrow();
        assertEquals(1, t.rotations().size());
        assertEquals(0, t.rotationAt(T0.plusSeconds(11)));
        assertEquals(90, t.rotationAt(T0.plusSeconds(12)));
    }

    @Test
    void recordingsAreGroupedBySidAndCname() {
        playlist(A + ".m3u8", A, 0, 2, 10, true);
        playlist("other_room__uid_s_1__uid_e_audio.m3u8", "other_room__uid_s_1__uid_e_audio", 0, 1, 10, true);
        assertEquals(2, CloudReader.read(Path.of("/rec"), sizes, texts).size());
    }
}
