package io.recmerge.cloud;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.recmerge.diag.Code;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PlaylistParserTest {

    static final String TRACK = "sid_c__uid_s_7__uid_e_video";

    static Playlist parse(String text) {
        return PlaylistParser.parse(CloudName.parse(TRACK + ".m3u8").orElseThrow(), text);
    }

    @Test
    void readsAgoraTagsAndExtinfWithoutComma() {
        Playlist p = parse("""
                #EXTM3U
                #EXT-X-VERSION:3
                #EXT-X-TARGETDURATION:16
                #EXT-X-AGORA-TRACK-EVENT:EVENT=START,TRACK_TYPE=VIDEO,TIME=20240305101112345
                #EXT-X-AGORA-ROTATE:WIDTH=640,HEIGHT=480,ROTATE=90,TIME=20240305101112400
                #EXTINF:15.040
                sid_c__uid_s_7__uid_e_video_20240305101112345.ts
                #EXT-X-DISCONTINUITY
                #EXTINF:4.5,
                sid_c__uid_s_7__uid_e_video_20240305101140000.ts
                #EXT-X-ENDLIST
                """);
        assertTrue(p.diagnostics().isEmpty(), p.diagnostics().toString());
        assertTrue(p.ended());
        assertEquals(2, p.entries().size());
        Playlist.Entry first = p.entries().get(0);
        assertEquals(Optional.of(15.04), first.duration());
        assertEquals(Optional.of(Instant.parse("2024-03-05T10:11:12.345Z")), first.start());
        assertEquals(new Playlist.RotateTag(640, 480, 90, Instant.parse("2024-03-05T10:11:12.400Z")),
                first.rotations().get(0));
        assertFalse(first.discontinuity());
        Playlist.Entry second = p.entries().get(1);
        assertEquals(Optional.of(4.5), second.duration());
        assertTrue(second.discontinuity());
        assertTrue(second.start().isEmpty());
        assertTrue(second.rotations().isEmpty());
        assertEquals(19.54, p.listedSeconds(), 1e-9);
    }

    @Test
    void aSliceMayCarrySeveralRotations() {
        Playlist p = parse("""
                #EXT-X-AGORA-ROTATE:WIDTH=640,HEIGHT=480,ROTATE=90,TIME=20240305101112400
                #EXT-X-AGORA-ROTATE:WIDTH=640,HEIGHT=480,ROTATE=180,TIME=20240305101113400
                #EXTINF:15
                sid_c__uid_s_7__uid_e_video_20240305101112345.ts
                """);
        assertEquals(2, p.entries().get(0).rotations().size());
        assertFalse(p.ended(), "no #EXT-X-ENDLIST: cut off");
    }

    @Test
    void badLinesAreDiagnosedAndTheRestIsRead() {
        Playlist p = parse("""
                #EXTINF:abc
                sid_c__uid_s_7__uid_e_video_20240305101112345.ts
                #EXT-X-AGORA-ROTATE:WIDTH=640,HEIGHT=480,ROTATE=45,TIME=20240305101112400
                #EXT-X-AGORA-SOMETHING:X=1
                #EXT-X-AGORA-TRACK-EVENT:EVENT=STOP,TIME=20240305101112400
                ../etc/passwd
                sid_c__uid_s_7__uid_e_video.ts
                #EXTINF:3
                sid_c__uid_s_7__uid_e_video_20240305101130000.ts
                """);
        assertEquals(6, p.diagnostics().size(), p.diagnostics().toString());
        assertTrue(p.diagnostics().stream().allMatch(d -> d.code() == Code.CLOUD_PLAYLIST_LINE));
        assertTrue(p.diagnostics().get(0).message().contains("line 1"));
        assertEquals(2, p.entries().size());
        assertEquals(Optional.empty(), p.entries().get(0).duration());
        assertTrue(p.entries().get(1).rotations().isEmpty(), "ROTATE=45 is refused");
        assertEquals(Optional.of(3.0), p.entries().get(1).duration());
    }

    @Test
    void startWithoutTimeStartsAtTheSlicesOwnTime() {
        Playlist p = parse("""
                #EXT-X-AGORA-TRACK-EVENT:EVENT=START,TRACK_TYPE=VIDEO
                #EXTINF:3
                sid_c__uid_s_7__uid_e_video_20240305101130000.ts
                """);
        assertEquals(1, p.diagnostics().size());
        assertEquals(Optional.of(Instant.parse("2024-03-05T10:11:30Z")), p.entries().get(0).start());
    }

    @Test
    void crLfAndBlankLinesAreFine() {
        Playlist p = parse("#EXTM3U\r\n\r\n#EXTINF:2.000\r\nsid_c__uid_s_7__uid_e_video_20240305101130000.ts\r\n"
                + "#EXT-X-ENDLIST\r\n");
        assertTrue(p.diagnostics().isEmpty());
        assertTrue(p.ended());
        assertEquals(1, p.entries().size());
    }
}
