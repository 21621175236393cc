package io.recmerge.cloud;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class CloudNameTest {

    @Test
    void individualPlaylistGivesSidCnameUidAndType() {
        CloudName n = CloudName.parse("abc123_room_one__uid_s_1001__uid_e_video.m3u8").orElseThrow();
        assertEquals("abc123", n.sid());
        assertEquals("room_one", n.cname());
        assertEquals(Optional.of("1001"), n.uid());
        assertEquals(TrackType.VIDEO, n.type());
        assertTrue(n.isPlaylist());
        assertEquals(OptionalInt.empty(), n.failover());
        assertEquals(OptionalInt.empty(), n.copyIndex());
        assertEquals("abc123_room_one__uid_s_1001__uid_e_video", n.trackKey());
        assertEquals("abc123_room_one", n.recordingKey());
    }

    @Test
    void sliceGivesItsUtcStart() {
        CloudName n = CloudName.parse("sid_c__uid_s_7__uid_e_audio_20240305101112345.ts").orElseThrow();
        assertEquals(Optional.of(Instant.parse("2024-03-05T10:11:12.345Z")), n.utc());
        assertEquals("ts", n.extension());
        assertEquals(TrackType.AUDIO, n.type());
        assertEquals("20240305101112345", CloudName.format(n.utc().orElseThrow()));
    }

    @Test
    void webmSliceAndFailoverPrefixAreRead() {
        CloudName n = CloudName.parse("bak1_sid_c__uid_s_7__uid_e_video_20240305101112345.webm").orElseThrow();
        assertEquals(OptionalInt.of(1), n.failover());
        assertEquals("webm", n.extension());
        assertEquals("sid_c__uid_s_7__uid_e_video", n.trackKey());
    }

    @Test
    void uploadFailureCopyGivesItsIndex() {
        CloudName n = CloudName.parse("sid_c__uid_s_7__uid_e_audio_1709633472_2.m3u8").orElseThrow();
        assertEquals(OptionalInt.of(2), n.copyIndex());
        assertEquals("sid_c__uid_s_7__uid_e_audio", n.trackKey());
    }

    @Test
    void compositeNamesHaveNoUidAndKeepUnderscoresInTheCname() {
        CloudName p = CloudName.parse("sid_room_1_2.m3u8").orElseThrow();
        assertEquals("room_1_2", p.cname());
        assertEquals(Optional.empty(), p.uid());
        assertEquals(TrackType.MIXED, p.type());
        CloudName copy = CloudName.parse("sid_room_1709633472_3.m3u8").orElseThrow();
        assertEquals("room", copy.cname());
        assertEquals(OptionalInt.of(3), copy.copyIndex());
        CloudName slice = CloudName.parse("sid_room_20240305101112345.ts").orElseThrow();
        assertEquals("room", slice.cname());
        assertTrue(slice.utc().isPresent());
    }

    @Test
    void otherNamesAreNotCloudNames() {
        assertTrue(CloudName.parse("uid_1001_20261123101500.txt").isEmpty());
        assertTrue(CloudName.parse("sid_c__uid_s_7__uid_e_audio_20241305101112345.ts").isEmpty(), "month 13");
        assertTrue(CloudName.parse("sid_c__uid_s_7__uid_e_screen.m3u8").isEmpty());
        assertTrue(CloudName.parse("../sid_c.m3u8").isEmpty());
        assertTrue(CloudName.parse("recording.m3u8").isEmpty());
        assertTrue(CloudName.parse("sid_c__uid_s_7__uid_e_audio_2024.ts").isEmpty());
    }

    @Test
    void rotationCarriesOverAsTheClockwiseTurnToUpright() {
        assertEquals(90, CloudRotation.clockwise(90));
        assertEquals(270, CloudRotation.clockwise(270));
        assertEquals(0, CloudRotation.clockwise(360));
    }
}
