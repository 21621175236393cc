package io.recmerge.convert;

import static io.recmerge.convert.DamagedRecordings.base;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.recmerge.testkit.Damage;
import io.recmerge.testkit.GeneratedSession;
import io.recmerge.testkit.RecordingFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Crash recovery and undecodable media on the real ffmpeg: what can be salvaged is
 * written, in sync, marked partial where something was lost, and every other user still converts.
 */
class DamagedRecordingTest {

    @TempDir
    Path tmp;

    private static final String[] LOG = {
        "2026-11-23 10:15:00 [info] join channel room, appId ok",
        "2026-11-23 10:15:01 [info] MediaFile::MediaFile uid_1001_20261123101500_1.ts",
        "2026-11-23 10:15:30 [info] leave channel with code:12",
    };

    /** The crash of the issue: .ts for .mp4, no close lines, an empty metadata file, an MP4 without index. */
    private GeneratedSession crashedFolder() {
        GeneratedSession s = RecordingFactory.write(DamagedRecordings.crashed(), tmp.resolve("session"));
        Path meta1001 = s.file(base("1001") + ".txt");
        Damage.renameInMetadata(meta1001, base("1001") + "_1.ts", base("1001") + "_1.mp4");
        Damage.dropCloseLines(meta1001);
        Path meta2002 = s.file(base("2002") + ".txt");
        Damage.dropCloseLines(meta2002);
        Damage.emptyWithHiddenCopy(meta2002);
        Damage.cutBeforeIndex(s.file(base("2002") + ".mp4"));
        Damage.recorderLog(s.dir(), List.of(LOG));
        return s;
    }

    @Test
    void crashedRecordingExits4NamingItsCrashSignsAndForcedGivesAnInSyncOutputFromTheTsFile() throws Exception {
        GeneratedSession s = crashedFolder();
        Map<String, String> before = ConvertCliTest.hashes(s.dir());
        Path out = tmp.resolve("out");

        ConvertCliTest.Run refused = ConvertCliTest.run("convert", s.dir().toString(), "-o", out.toString());

        assertThat(refused.exit()).as(refused.err()).isEqualTo(4);
        assertThat(refused.err()).contains("recording2-done.txt").contains("crash signs")
                .contains("without a close line").contains("still in MPEG-TS").contains("without an index (moov)")
                .contains("~MediaFile").contains("code 12 (no user was left in the channel + the recording timer ran out)")
                .contains("--force converts what is there");
        assertThat(out).doesNotExist();

        ConvertCliTest.Run forced = ConvertCliTest.run("convert", s.dir().toString(), "-o", out.toString(), "--force");

        assertThat(forced.exit()).as("2002's video is lost, its audio written: partial; " + forced.err()).isEqualTo(2);
        JsonNode manifest = new ObjectMapper().readTree(out.resolve("manifest.json").toFile());
        assertThat(codes(manifest)).contains("RECORDING_NOT_DONE", "RECORDING_CRASHED", "RECORDER_LEFT", "TS_RECOVERED",
                "CLOSE_MISSING", "METADATA_FROM_COPY", "MP4_INDEX_MISSING", "OUTPUT_PARTIAL");
        assertThat(diagnostic(manifest, "MP4_INDEX_MISSING").path("hint").asText()).contains("untrunc")
                .contains("reference file recorded by the same client");
        assertThat(diagnostic(manifest, "TS_RECOVERED").path("message").asText())
                .isEqualTo(base("1001") + "_1.mp4 is missing; the recorder's unconverted " + base("1001")
                        + "_1.ts was read in its place");

        JsonNode ts = output(manifest, "1001");
        assertThat(ts.path("sources").toString()).contains(base("1001") + "_1.ts");
        assertThat(ts.has("partial")).as("nothing of 1001 was lost").isFalse();
        Path recovered = out.resolve(ts.path("file").asText());
        OutputAssert.assertPlayableMp4(recovered, 15);
        OutputAssert.assertInSync(recovered, ts.path("sessionOffset").asDouble(), DamagedRecordings.EVENTS_A,
                s.flashes("1001"), 15);

        JsonNode audioOnly = output(manifest, "2002");
        assertThat(audioOnly.path("file").asText()).isEqualTo(base("2002").substring(4) + ".m4a");
        assertThat(audioOnly.path("partial").asBoolean()).isTrue();
        OutputAssert.assertAudioOnly(out.resolve(audioOnly.path("file").asText()),
                audioOnly.path("sessionOffset").asDouble(), DamagedRecordings.EVENTS_B);

        assertThat(ConvertCliTest.hashes(s.dir())).as("input folder unchanged, nothing added").isEqualTo(before);
        assertNoPartialFiles(out);
    }

    @Test
    void inspectSaysCrashedAndListsTheSameDiagnosticsConvertWritesIntoTheManifest() throws Exception {
        GeneratedSession s = crashedFolder();
        Path out = tmp.resolve("out");

        ConvertCliTest.Run text = ConvertCliTest.run("inspect", s.dir().toString());
        ConvertCliTest.Run json = ConvertCliTest.run("inspect", s.dir().toString(), "--json");

        assertThat(text.exit()).as(text.err()).isZero();
        assertThat(text.out()).contains("recording CRASHED").contains("crash sign: 1 video file still in MPEG-TS")
                .contains("the recorder left the channel with code 12: no user was left in the channel + the "
                        + "recording timer ran out");
        JsonNode inspection = new ObjectMapper().readTree(json.out());
        assertThat(inspection.at("/recording/state").asText()).isEqualTo("crashed");
        assertThat(inspection.at("/recording/leaves/0/code").asInt()).isEqualTo(12);
        assertThat(Files.exists(s.dir().resolve("converted"))).as("inspect converts nothing").isFalse();

        ConvertCliTest.run("convert", s.dir().toString(), "-o", out.toString(), "--force");
        JsonNode manifest = new ObjectMapper().readTree(out.resolve("manifest.json").toFile());
        assertThat(messages(inspection)).isEqualTo(messages(manifest).stream()
                .map(m -> m.replaceAll("changed for \\d+ s", "changed for N s")).toList());
    }

    @Test
    void undecodableVideoLeavesItsAudioAsAPartialM4aAndTheOtherUsersStillConvert() throws Exception {
        GeneratedSession s = RecordingFactory.write(DamagedRecordings.threeAv(), tmp.resolve("session"));
        Damage.scramblePayload(s.file(base("4004") + ".mp4"), 4004); // "encrypted" with a wrong password
        Damage.scramblePayload(s.file(base("5005") + ".aac"), 5005);
        Damage.randomBytes(s.file(base("5005") + ".mp4"), 9000, 5005); // not even a container
        Path out = tmp.resolve("out");

        ConvertCliTest.Run run = ConvertCliTest.run("convert", s.dir().toString(), "-o", out.toString());

        assertThat(run.exit()).as(run.err()).isEqualTo(2);
        assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
        JsonNode manifest = new ObjectMapper().readTree(out.resolve("manifest.json").toFile());
        JsonNode undecodable = diagnostic(manifest, "UNDECODABLE_MEDIA");
        assertThat(undecodable.path("file").asText()).isEqualTo(base("4004") + ".mp4");
        assertThat(undecodable.path("uid").asText()).isEqualTo("4004");
        assertThat(undecodable.path("message").asText()).contains("more than half of the frames");
        assertThat(undecodable.path("hint").asText()).contains("aes-128-xts or aes-256-xts, in lowercase")
                .contains("password");
        assertThat(manifest.path("diagnostics").findValuesAsText("file"))
                .contains(base("5005") + ".aac", base("5005") + ".mp4");
        assertThat(manifest.path("outputs").findValuesAsText("uid")).containsExactly("1001", "4004");

        JsonNode salvaged = output(manifest, "4004");
        assertThat(salvaged.path("file").asText()).isEqualTo(base("4004").substring(4) + ".m4a");
        assertThat(salvaged.path("partial").asBoolean()).isTrue();
        OutputAssert.assertAudioOnly(out.resolve(salvaged.path("file").asText()),
                salvaged.path("sessionOffset").asDouble(), DamagedRecordings.EVENTS_B);
        JsonNode whole = output(manifest, "1001");
        assertThat(whole.has("partial")).isFalse();
        Path file = out.resolve(whole.path("file").asText());
        OutputAssert.assertPlayableMp4(file, 15);
        OutputAssert.assertInSync(file, whole.path("sessionOffset").asDouble(), DamagedRecordings.EVENTS_B,
                s.flashes("1001"), 15);
        assertNoPartialFiles(out);
    }

    @Test
    void emptyFilesAreSkippedAndReportedAndAKilledRunsPartialFilesAreRemoved() throws Exception {
        GeneratedSession s = RecordingFactory.write(DamagedRecordings.twoAv(), tmp.resolve("session"));
        Files.write(s.file(base("3003") + ".aac"), new byte[0]);
        Files.write(s.file(base("3003") + ".mp4"), new byte[0]);
        Path out = Files.createDirectories(tmp.resolve("out"));
        // today's names (<uid>_<stamp>…, a snapshot's too) and an older run's uid_<uid>_<stamp>…
        for (String stale : List.of("." + base("1001").substring(4) + "_av.mp4.partial",
                "." + base("1001").substring(4) + "_av_002.jpg.partial", "." + base("1001") + "_av.mp4.partial",
                "." + base("3003") + ".m4a.partial", ".manifest.json.partial")) {
            Files.writeString(out.resolve(stale), "left by a run that was killed");
        }
        Files.writeString(out.resolve(".someone-else.mp4.partial"), "not ours");

        ConvertCliTest.Run run = ConvertCliTest.run("convert", s.dir().toString(), "-o", out.toString());

        assertThat(run.exit()).as("empty files carry nothing, so nothing was lost: " + run.err()).isZero();
        JsonNode manifest = new ObjectMapper().readTree(out.resolve("manifest.json").toFile());
        assertThat(manifest.path("diagnostics").findValuesAsText("code").stream()
                .filter(c -> c.equals("MEDIA_EMPTY"))).hasSize(2);
        assertThat(codes(manifest)).contains("NOTHING_TO_CONVERT");
        assertThat(manifest.path("diagnostics").findValuesAsText("code").stream()
                .filter(c -> c.equals("STALE_PARTIAL_REMOVED"))).hasSize(5);
        assertThat(manifest.path("outputs").findValuesAsText("uid")).containsExactly("1001");
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".partial")))
                    .containsExactly(".someone-else.mp4.partial");
        }
    }

    @Test
    void mediaTheMetadataDoesNotNameIsReportedAndItsUsersOutputIsPartial() throws Exception {
        GeneratedSession s = RecordingFactory.write(DamagedRecordings.twoAv(), tmp.resolve("session"));
        Path meta = s.file(base("3003") + ".txt");
        // The crash cut the metadata before the video's lines were written.
        Files.writeString(meta, Files.readString(meta).lines().filter(l -> !l.contains(".mp4"))
                .map(l -> l + "\n").reduce("", String::concat));
        Path out = tmp.resolve("out");

        ConvertCliTest.Run run = ConvertCliTest.run("convert", s.dir().toString(), "-o", out.toString());

        assertThat(run.exit()).as(run.err()).isEqualTo(2);
        JsonNode manifest = new ObjectMapper().readTree(out.resolve("manifest.json").toFile());
        assertThat(diagnostic(manifest, "MEDIA_UNNAMED").path("message").asText()).isEqualTo(base("3003")
                + ".mp4 is in the folder but " + base("3003") + ".txt does not name it, so it cannot be placed on "
                + "the session clock; it was not used");
        JsonNode audio = output(manifest, "3003");
        assertThat(audio.path("kind").asText()).isEqualTo("audio");
        assertThat(audio.path("partial").asBoolean()).isTrue();
        assertThat(output(manifest, "1001").has("partial")).isFalse();
    }

    @Test
    void aVideoDamagedHalfwayThatBreaksTheStreamCopyIsTranscodedInsteadOfLost() throws Exception {
        GeneratedSession s = RecordingFactory.write(DamagedRecordings.twoAv(), tmp.resolve("session"));
        Damage.scrambleTail(s.file(base("3003") + ".mp4"), 0.4, 3003);
        Path out = tmp.resolve("out");

        ConvertCliTest.Run run = ConvertCliTest.run("convert", s.dir().toString(), "-o", out.toString());

        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode manifest = new ObjectMapper().readTree(out.resolve("manifest.json").toFile());
        assertThat(codes(manifest)).contains("DECODE_ERRORS", "TRANSCODED_INSTEAD").doesNotContain("VERIFY_FAILED");
        JsonNode made = output(manifest, "3003");
        assertThat(made.path("strategy").asText()).isEqualTo("transcode");
        Path file = out.resolve(made.path("file").asText());
        OutputAssert.assertPlayableMp4(file, 15);
        double offset = made.path("sessionOffset").asDouble();
        List<Double> beeps = io.recmerge.testkit.MediaMeasure.beepOnsets(file);
        List<Double> flashes = io.recmerge.testkit.MediaMeasure.flashOnsets(file);
        assertThat(beeps).hasSize(4);
        for (int i = 0; i < 4; i++) {
            assertThat(beeps.get(i)).isCloseTo(DamagedRecordings.EVENTS_B.get(i) - offset,
                    org.assertj.core.api.Assertions.within(OutputAssert.BEEP_TOLERANCE));
        }
        // The undamaged first part keeps its picture in sync; what follows is concealed, not measured.
        assertThat(flashes.get(0)).isCloseTo(beeps.get(0), org.assertj.core.api.Assertions.within(1 / 15.0 + 0.001));
        assertThat(flashes.get(1)).isCloseTo(beeps.get(1), org.assertj.core.api.Assertions.within(1 / 15.0 + 0.001));
    }

    static List<String> codes(JsonNode manifest) {
        return manifest.path("diagnostics").findValuesAsText("code");
    }

    private static List<String> messages(JsonNode root) {
        return java.util.stream.StreamSupport.stream(root.path("diagnostics").spliterator(), false)
                .map(d -> d.path("code").asText() + ": " + d.path("message").asText()
                        .replaceAll("changed for \\d+ s", "changed for N s"))
                .toList();
    }

    static JsonNode diagnostic(JsonNode manifest, String code) {
        for (JsonNode d : manifest.path("diagnostics")) {
            if (d.path("code").asText().equals(code)) {
                return d;
            }
        }
        throw new AssertionError("no " + code + " in " + codes(manifest));
    }

    static JsonNode output(JsonNode manifest, String uid) {
        for (JsonNode o : manifest.path("outputs")) {
            if (o.path("uid").asText().equals(uid)) {
                return o;
            }
        }
        throw new AssertionError("no output for uid " + uid + " in " + manifest.path("outputs"));
    }

    static void assertNoPartialFiles(Path out) throws IOException {
        try (Stream<Path> files = Files.walk(out)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".partial"));
        }
    }
}
