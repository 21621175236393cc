package io.recmerge.convert;

import static io.recmerge.convert.DamagedRecordings.base;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.recmerge.testkit.Damage;
import io.recmerge.testkit.GeneratedSession;
import io.recmerge.testkit.RecordingFactory;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile input: names that leave the folder, absurd numbers, symlinks, and files crafted
 * to make ffmpeg read other files or fetch URLs. Each becomes a diagnostic; nothing outside the
 * folder is read; the honest users' outputs stay in sync.
 */
class HostileInputTest {

    @TempDir
    Path tmp;

    @Test
    void hostileNamesAndAbsurdNumbersBecomeDiagnosticsAndTheOutputStaysInSync() throws Exception {
        GeneratedSession s = RecordingFactory.write(DamagedRecordings.twoAv(), tmp.resolve("session"));
        // Beeps at other times than 1001's: had "../outside.aac" been opened, the output would have extra beeps.
        Files.copy(RecordingFactory.cached(DamagedRecordings.crashed()).file(base("1001") + ".aac"),
                tmp.resolve("outside.aac"));
        String a = base("1001") + ".aac";
        String v = base("1001") + ".mp4";
        Damage.appendLines(s.file(base("1001") + ".txt"), List.of(
                "0.000 ../outside.aac create", "0.000 /etc/passwd create", "0.000 a\\b.aac create",
                "0.000 bad\u0000name.aac create", "0.000 esc\u001b[2J.aac create", "0.000 .hidden.aac create",
                "-1.000 " + v + " rotate rotation=90", "NaN " + a + " close", "1e308 " + v + " close",
                "99999999999.999 " + a + " create", "2.000 " + v + " rotate rotation=45",
                "0.800 " + v + " info width=0 height=99999 rotation=45", "3.000 " + v + " mute",
                "0.100 " + a + " info channels=-2", "junk", "\u00ff\u00fe garbage line with = signs ="));
        // 3003's first frame "at 5000 s": without the guard this would render 83 minutes of black.
        Damage.renameInMetadata(s.file(base("3003") + ".txt"), "0.800 " + base("3003") + ".mp4 info",
                "5000.000 " + base("3003") + ".mp4 info");
        Map<String, String> before = ConvertCliTest.hashes(s.dir());
        Path out = tmp.resolve("out");

        ConvertCliTest.Run run = ConvertCliTest.run("convert", s.dir().toString(), "-o", out.toString());

        assertThat(run.exit()).as("3003 was refused, 1001 written: " + run.err()).isEqualTo(2);
        assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ").doesNotContainPattern("[\\x00\\x1b]");
        JsonNode manifest = new ObjectMapper().readTree(out.resolve("manifest.json").toFile());
        List<String> codes = DamagedRecordingTest.codes(manifest);
        assertThat(codes.stream().filter(c -> c.equals("METADATA_HOSTILE_NAME"))).hasSize(6);
        assertThat(codes).contains("METADATA_BAD_VALUE", "METADATA_TIME_ORDER", "METADATA_UNKNOWN_EVENT",
                "METADATA_BAD_LINE", "TIMELINE_IMPLAUSIBLE");
        assertThat(DamagedRecordingTest.diagnostic(manifest, "TIMELINE_IMPLAUSIBLE").path("message").asText())
                .contains("limit 600 s").contains(base("3003") + ".mp4 5000.000-");
        JsonNode written = DamagedRecordingTest.output(manifest, "1001");
        assertThat(manifest.path("outputs")).hasSize(1);
        assertThat(written.path("sources").toString()).doesNotContain("outside");
        Path file = out.resolve(written.path("file").asText());
        OutputAssert.assertPlayableMp4(file, 15);
        OutputAssert.assertInSync(file, written.path("sessionOffset").asDouble(), DamagedRecordings.EVENTS_B,
                s.flashes("1001"), 15);
        assertThat(io.recmerge.testkit.MediaMeasure.marker(file, 2.0).quadrant()).as("rotation=45 ignored, upright")
                .hasToString("TOP_LEFT");
        assertThat(ConvertCliTest.hashes(s.dir())).isEqualTo(before);
    }

    @Test
    void symlinksOutOfTheFolderAndCraftedPlaylistsAreRefusedAndNothingOutsideIsReadOrFetched() throws Exception {
        GeneratedSession s = RecordingFactory.write(DamagedRecordings.threeAv(), tmp.resolve("session"));
        GeneratedSession other = RecordingFactory.cached(DamagedRecordings.crashed());
        Path secretAudio = Files.copy(other.file(base("1001") + ".aac"), tmp.resolve("secret.aac"));
        Path secretVideo = Files.copy(other.file(base("2002") + ".mp4"), tmp.resolve("secret.mp4"));
        // 1001's audio is a symlink out of the folder.
        Files.delete(s.file(base("1001") + ".aac"));
        Files.createSymbolicLink(s.file(base("1001") + ".aac"), secretAudio);
        // 4004's "video" is an ffconcat list naming a harmless-looking relative link to a file outside:
        // the concat demuxer would follow it (protocol "file" is allowed) and read the secret video.
        Files.createSymbolicLink(s.file("inner.mp4"), secretVideo);
        Damage.text(s.file(base("4004") + ".mp4"), "ffconcat version 1.0\nfile inner.mp4\n");
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            String url = "http://127.0.0.1:" + server.getLocalPort() + "/x";
            Damage.text(s.file(base("5005") + ".mp4"), "#EXTM3U\n#EXT-X-TARGETDURATION:10\n#EXTINF:10,\n" + url
                    + ".ts\n#EXTINF:10,\nfile:///etc/passwd\n#EXT-X-ENDLIST\n");
            Damage.text(s.file(base("5005") + ".aac"), "ffconcat version 1.0\nfile " + url + ".aac\nfile /etc/passwd\n");
            Path out = tmp.resolve("out");

            ConvertCliTest.Run run = ConvertCliTest.run("convert", s.dir().toString(), "-o", out.toString());

            server.setSoTimeout(200);
            assertThat(accepted(server)).as("ffmpeg connected to the URL in a crafted file").isFalse();
            assertThat(run.exit()).as(run.err()).isEqualTo(2);
            assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
            JsonNode manifest = new ObjectMapper().readTree(out.resolve("manifest.json").toFile());
            assertThat(DamagedRecordingTest.diagnostic(manifest, "METADATA_HOSTILE_NAME").path("message").asText())
                    .isEqualTo(base("1001") + ".aac links outside the session folder; it was not opened");
            assertThat(probeFailure(manifest, base("4004") + ".mp4")).contains("not on whitelist");
            assertThat(probeFailure(manifest, base("5005") + ".mp4")).isNotEmpty();
            assertThat(probeFailure(manifest, base("5005") + ".aac")).isNotEmpty();
            JsonNode videoOnly = DamagedRecordingTest.output(manifest, "1001");
            assertThat(videoOnly.path("kind").asText()).isEqualTo("video");
            assertThat(videoOnly.path("partial").asBoolean()).isTrue();
            JsonNode audioOnly = DamagedRecordingTest.output(manifest, "4004");
            assertThat(audioOnly.path("kind").asText()).as("the secret video was not read").isEqualTo("audio");
            assertThat(audioOnly.path("partial").asBoolean()).isTrue();
            assertThat(manifest.path("outputs")).hasSize(2);
        }
    }

    private static String probeFailure(JsonNode manifest, String file) {
        for (JsonNode d : manifest.path("diagnostics")) {
            if (d.path("code").asText().equals("PROBE_FAILED") && d.path("file").asText().equals(file)) {
                return d.path("message").asText();
            }
        }
        throw new AssertionError("no PROBE_FAILED for " + file + " in " + manifest.path("diagnostics"));
    }

    private static boolean accepted(ServerSocket server) throws java.io.IOException {
        try (java.net.Socket ignored = server.accept()) {
            return true;
        } catch (SocketTimeoutException e) {
            return false;
        }
    }
}
