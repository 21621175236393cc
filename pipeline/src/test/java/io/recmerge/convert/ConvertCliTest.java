package io.recmerge.convert;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.recmerge.cli.Main;
import io.recmerge.testkit.GeneratedSession;
import io.recmerge.testkit.RecordingFactory;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CLI contract: exit codes, manifest.json, convert-done.txt, untouched inputs, no stack traces. */
class ConvertCliTest {

    @TempDir
    Path tmp;

    record Run(int exit, String out, String err) { }

    static synchronized Run run(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int exit = Main.run(args);
            return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    @Test
    void convertWritesOutputsManifestAndDoneMarkerAndLeavesInputsAlone() throws Exception {
        GeneratedSession s = RecordingFactory.write(Recordings.threeUsers(), tmp.resolve("session"));
        Map<String, String> before = hashes(s.dir());
        Path out = tmp.resolve("out");

        Run run = run("convert", s.dir().toString(), "-o", out.toString());

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(hashes(s.dir())).as("input folder unchanged").isEqualTo(before);
        assertThat(run.out().lines()).hasSize(3).allMatch(l -> Files.isRegularFile(Path.of(l)));
        assertThat(out.resolve("convert-done.txt")).exists();
        JsonNode manifest = new ObjectMapper().readTree(out.resolve("manifest.json").toFile());
        assertThat(manifest.path("schema").asInt()).isEqualTo(1);
        assertThat(manifest.path("exitCode").asInt()).isZero();
        assertThat(manifest.path("tool").path("ffmpeg").asText()).isEqualTo("8.1.2");
        assertThat(manifest.path("outputs")).hasSize(3);
        JsonNode late = manifest.path("outputs").get(2);
        assertThat(late.path("file").asText()).isEqualTo("4004_20261123101502_av.mp4");
        assertThat(late.path("sessionOffset").asDouble()).as("auto: starts at the first frame (0.6 s), on the AAC "
                + "frame boundary before it").isBetween(0.6 - OutputAssert.AAC_FRAME - 0.001, 0.6);
        assertThat(late.path("kind").asText()).isEqualTo("av");
        assertThat(late.path("video").path("width").asInt()).isEqualTo(320);
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".partial"));
        }
    }

    @Test
    void rerunningGivesTheSameOutputs() throws Exception {
        GeneratedSession s = RecordingFactory.cached(Recordings.lateVideo());
        Path out = tmp.resolve("out");
        assertThat(run("convert", s.dir().toString(), "-o", out.toString()).exit()).isZero();
        Map<String, String> first = hashes(out);
        assertThat(run("convert", s.dir().toString(), "-o", out.toString()).exit()).isZero();
        Map<String, String> second = hashes(out);
        assertThat(second.get("1001_20261123101500_av.mp4")).isEqualTo(first.get("1001_20261123101500_av.mp4"));
        assertThat(second.keySet()).isEqualTo(first.keySet());
    }

    @Test
    void unfinishedRecordingExits4AndWritesNothingUnlessForced() throws Exception {
        GeneratedSession s = RecordingFactory.cached(Recordings.unfinished());
        Path out = tmp.resolve("out");

        Run refused = run("convert", s.dir().toString(), "-o", out.toString());
        assertThat(refused.exit()).isEqualTo(4);
        assertThat(refused.err()).contains("recording2-done.txt").contains("--force").contains("--wait");
        assertThat(out).doesNotExist();

        Run forced = run("convert", s.dir().toString(), "-o", out.toString(), "--force");
        assertThat(forced.exit()).as(forced.err()).isZero();
        JsonNode manifest = new ObjectMapper().readTree(out.resolve("manifest.json").toFile());
        assertThat(manifest.path("session").path("recordingDone").asBoolean()).isFalse();
        assertThat(manifest.path("diagnostics").findValuesAsText("code")).contains("RECORDING_NOT_DONE");
    }

    @Test
    void waitGivesUpAfterItsTimeWithExit4() throws Exception {
        GeneratedSession s = RecordingFactory.cached(Recordings.unfinished());
        Run run = run("convert", s.dir().toString(), "-o", tmp.resolve("out").toString(), "--wait=3s");
        assertThat(run.exit()).isEqualTo(4);
        assertThat(run.err()).as("says what it waits for, at once").contains("waiting for recording2-done.txt in ")
                .contains("nothing in it changed for");
        assertThat(run.err()).contains("after the wait").contains("--force converts what is there")
                .as("no --wait advice to someone who waited").doesNotContain("--wait");
    }

    @Test
    void usageAndSetUpErrorsExit1WithOneLineAndNoStackTrace() {
        Run missing = run("convert", tmp.resolve("nope").toString());
        assertThat(missing.exit()).isEqualTo(1);
        assertThat(missing.err()).contains("does not exist").doesNotContain("Exception").doesNotContain("\tat ");

        Run badProfile = run("convert", tmp.toString(), "--profile", "no-such-profile");
        assertThat(badProfile.exit()).isEqualTo(1);
        assertThat(badProfile.err()).contains("no profile 'no-such-profile'").contains("mp4-h264-aac");

        Run badOption = run("convert", tmp.toString(), "--fps", "1000");
        assertThat(badOption.exit()).isEqualTo(1);
        assertThat(badOption.err()).contains("--fps must be a number from 5 to 120, got '1000'");

        Run badSize = run("convert", tmp.toString(), "--size", "641x480");
        assertThat(badSize.exit()).isEqualTo(1);
        assertThat(badSize.err()).contains("even");

        Run badFfmpeg = run("convert", tmp.toString(), "--ffmpeg", tmp.resolve("ffmpeg").toString());
        assertThat(badFfmpeg.exit()).isEqualTo(1);
        assertThat(badFfmpeg.err()).contains("is not an executable file");
    }

    @Test
    void aFolderWithoutMetadataIsAUsageErrorThatCreatesNothing() throws Exception {
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        Run run = run("convert", empty.toString(), "--force");
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("no uid_*.txt metadata files in " + empty).contains("not a recording session");
        assertThat(empty.resolve("converted")).doesNotExist();
        assertThat(run("convert", empty.toString()).exit()).as("without --force: not 'still recording' (4)").isEqualTo(1);
    }

    @Test
    void whenNothingConvertsTheSummaryNamesTheRootCause() throws Exception {
        Path session = BatchIntegrationTest.place(Recordings.lateVideo(), tmp, "spaced");
        Path meta = session.resolve("uid_1001_" + Recordings.STAMP + ".txt");
        Files.writeString(meta, Files.readString(meta).replace(".aac", " x.aac").replace(".mp4", " x.mp4"));

        Run run = run("convert", session.toString(), "-o", tmp.resolve("out").toString());

        assertThat(run.exit()).isEqualTo(3);
        assertThat(run.err()).contains("nothing could be converted: uid_1001_" + Recordings.STAMP + ".txt: none of its "
                + "lines could be used (6 problem(s)); e.g. line 1: unknown event 'x.aac' ignored")
                .contains("seem to contain a space");
    }

    @Test
    void theParentOfSessionsPointsToBatch() throws Exception {
        Path archive = tmp.resolve("archive");
        for (String session : List.of("day1/room_101500", "day2/room_111500")) {
            Files.createDirectories(archive.resolve(session));
            Files.writeString(archive.resolve(session).resolve("uid_1_20261123101500.txt"), "");
        }
        Run run = run("convert", archive.toString(), "-o", tmp.resolve("out").toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("2 subfolders hold recordings: use 'recmerge batch " + archive);
        assertThat(tmp.resolve("out")).doesNotExist();
    }

    @Test
    void profilesListsTheBuiltIns() {
        Run run = run("profiles");
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("mp4-h264-aac").contains("m4a-aac").contains("webm-vp9-opus");
    }

    @Test
    void webmProfileWritesVp9AndOpus() throws Exception {
        GeneratedSession s = RecordingFactory.cached(Recordings.webVp8());
        Path out = tmp.resolve("out");
        Run run = run("convert", s.dir().toString(), "-o", out.toString(), "--profile", "webm-vp9-opus");
        assertThat(run.exit()).as(run.err()).isZero();
        Path file = out.resolve("2002_20261123101500_av.webm");
        var streams = io.recmerge.testkit.MediaMeasure.streams(file);
        assertThat(streams.video().orElseThrow().codecName()).isEqualTo("vp9");
        assertThat(streams.audio().orElseThrow().codecName()).isEqualTo("opus");
        assertThat(io.recmerge.testkit.MediaMeasure.decodeErrors(file)).isEmpty();
        double offset = new ObjectMapper().readTree(out.resolve("manifest.json").toFile())
                .at("/outputs/0/sessionOffset").asDouble();
        OutputAssert.assertInSync(file, offset, s.beeps("2002"), s.flashes("2002"), 15);
    }

    static Map<String, String> hashes(Path dir) throws IOException {
        Map<String, String> result = new TreeMap<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                result.put(dir.relativize(f).toString(), sha256(f));
            }
        }
        return result;
    }

    private static String sha256(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
