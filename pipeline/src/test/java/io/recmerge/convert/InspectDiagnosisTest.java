package io.recmerge.convert;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.recmerge.testkit.Damage;
import io.recmerge.testkit.RecordingFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code recmerge inspect} answers the recording FAQ's questions for one folder without converting:
 * why only audio, why split, why the video starts late, why WebM, what does not decode, why the
 * recorder left, why there are no files.
 */
class InspectDiagnosisTest {

    @TempDir
    Path tmp;

    private static final String S2 = "20261123101502";

    /** Five users from the core recordings in one folder, one undecodable file, a second session of 3003. */
    private Path folder() throws Exception {
        Path dir = tmp.resolve("session");
        RecordingFactory.write(Recordings.threeUsers(), dir);   // 1001 late video, 4004, 3003 audio only
        RecordingFactory.write(Recordings.splitVideo(), dir);   // 7007: two video files
        RecordingFactory.write(Recordings.webVp8(), dir);       // 2002: VP8 in WebM
        Damage.scramblePayload(dir.resolve("uid_4004_" + S2 + ".mp4"), 4);
        Files.copy(dir.resolve("uid_3003_20261123101504.aac"), dir.resolve("uid_3003_20261123101540.aac"));
        Files.writeString(dir.resolve("uid_3003_20261123101540.txt"), "0.000 uid_3003_20261123101540.aac create\n"
                + "0.000 uid_3003_20261123101540.aac info channels=1\n6.000 uid_3003_20261123101540.aac close\n");
        Damage.recorderLog(dir, List.of("MediaFile::MediaFile a", "MediaFile::~MediaFile a",
                "leave channel with code:12"));
        return dir;
    }

    @Test
    void inspectAnswersWhyOnlyAudioSplitLateWebmUndecodableAndWhyTheRecorderLeftWithoutConverting() throws Exception {
        Path dir = folder();
        Map<String, String> before = ConvertCliTest.hashes(dir);

        ConvertCliTest.Run json = ConvertCliTest.run("inspect", dir.toString(), "--json");
        ConvertCliTest.Run text = ConvertCliTest.run("inspect", dir.toString());

        assertThat(json.exit()).as(json.err()).isZero();
        JsonNode in = new ObjectMapper().readTree(json.out());
        assertThat(in.at("/recording/state").asText()).isEqualTo("finished");
        assertThat(in.at("/recording/leaves/0/reasons").toString())
                .isEqualTo("[\"no user was left in the channel\",\"the recording timer ran out\"]");
        assertThat(message(in, "AUDIO_ONLY", "3003")).contains("names no video file");
        assertThat(message(in, "VIDEO_SPLIT", "7007")).contains("split into 2 files");
        assertThat(message(in, "SESSION_SPLIT", "3003")).isEqualTo("uid 3003 has 2 user sessions: "
                + "uid_3003_20261123101504.txt, uid_3003_20261123101540.txt");
        assertThat(message(in, "VIDEO_STARTS_LATE", "1001")).contains("the video starts 1.400 s after the audio");
        assertThat(message(in, "WEBM_VIDEO", "2002")).contains("uid_2002_20261123101500.webm is VP8 video in WebM");
        assertThat(hint(in, "WEBM_VIDEO")).contains("codec \"h264\"");
        assertThat(message(in, "UNDECODABLE_MEDIA", "4004")).startsWith("uid_4004_" + S2 + ".mp4 does not decode");
        assertThat(hint(in, "UNDECODABLE_MEDIA")).contains("aes-128-xts or aes-256-xts, in lowercase");
        assertThat(hint(in, "VIDEO_SPLIT")).contains("15 s").contains("resolution").contains("mute");
        assertThat(hint(in, "AUDIO_ONLY")).contains("client role");
        assertThat(in.path("users").findValues("videoStartsLateBy").get(0).asDouble()).isEqualTo(1.4);
        for (JsonNode d : in.path("diagnostics")) {
            assertThat(List.of("code", "severity", "message", "hint")).allSatisfy(f ->
                    assertThat(d.path(f).asText()).as(f + " of " + d).isNotBlank());
        }

        assertThat(text.out()).contains("session session: recording finished")
                .contains("the recorder left the channel with code 12: no user was left in the channel + the "
                        + "recording timer ran out")
                .contains("info AUDIO_ONLY: uid 3003").contains("error UNDECODABLE_MEDIA: uid_4004_" + S2 + ".mp4");
        assertThat(Files.exists(dir.resolve("converted"))).as("inspect writes nothing").isFalse();
        assertThat(ConvertCliTest.hashes(dir)).isEqualTo(before);
    }

    @Test
    void aFolderWithoutMetadataGetsTheFaqsReasonsForNoFiles() throws Exception {
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        Damage.recorderLog(empty, List.of("leave channel with code:0"));

        ConvertCliTest.Run run = ConvertCliTest.run("inspect", empty.toString(), "--json");

        JsonNode in = new ObjectMapper().readTree(run.out());
        assertThat(in.at("/recording/state").asText()).isEqualTo("unfinished");
        assertThat(hint(in, "NO_METADATA")).contains("appID").contains("channel profile")
                .contains("Communication or Live Broadcast").contains("sent a stream");
        assertThat(message(in, "RECORDER_LEFT", null)).contains("code 0 (initialization failed)");
        assertThat(hint(in, "RECORDER_LEFT")).contains("channel key/token");
    }

    private static String message(JsonNode in, String code, String uid) {
        return find(in, code, uid).path("message").asText();
    }

    private static String hint(JsonNode in, String code) {
        return find(in, code, null).path("hint").asText();
    }

    private static JsonNode find(JsonNode in, String code, String uid) {
        for (JsonNode d : in.path("diagnostics")) {
            if (d.path("code").asText().equals(code) && (uid == null || d.path("uid").asText().equals(uid))) {
                return d;
            }
        }
        throw new AssertionError("no " + code + " for uid " + uid + " in " + in.path("diagnostics"));
    }
}
