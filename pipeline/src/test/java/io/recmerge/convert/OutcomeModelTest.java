package io.recmerge.convert;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.recmerge.engine.Engine;
import io.recmerge.probe.MediaInventory;
import io.recmerge.probe.Prober;
import io.recmerge.probe.SilenceProbe;
import io.recmerge.profile.ProfileCatalog;
import io.recmerge.render.PartialFiles;
import io.recmerge.render.Renderer;
import io.recmerge.report.ExitCode;
import io.recmerge.report.OutputOutcome;
import io.recmerge.report.SessionResult;
import io.recmerge.verify.Verifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The outcome model decides the exit code, convert-done.txt and manifest.json together; checked on
 * the orchestration with a runner that answers as ffmpeg/ffprobe did (no media is made here: the
 * integration tests measure real outputs).
 */
class OutcomeModelTest {

    private static final String STAMP = "20261123101500";

    @TempDir
    Path tmp;

    private Path session;
    private Path out;
    private ScriptedRunner runner;

    @BeforeEach
    void twoUsers() throws Exception {
        session = Files.createDirectories(tmp.resolve("room_101500"));
        out = tmp.resolve("out");
        runner = new ScriptedRunner();
        for (String uid : List.of("1001", "2002")) {
            String base = "uid_" + uid + "_" + STAMP;
            Files.writeString(session.resolve(base + ".txt"), String.join("\n",
                    "0.000 " + base + ".aac create", "0.000 " + base + ".aac info channels=1",
                    "0.000 " + base + ".mp4 create", "0.000 " + base + ".mp4 info width=320 height=240 rotation=0",
                    "10.000 " + base + ".mp4 close", "10.000 " + base + ".aac close", ""));
            Files.write(session.resolve(base + ".aac"), new byte[] {(byte) 0xff, (byte) 0xf1, 0x50, (byte) 0x80});
            Files.write(session.resolve(base + ".mp4"), ScriptedRunner.mp4("ftyp", "moov", "mdat"));
            runner.probe(base + ".aac", Probes.ADTS_10S).probe(base + ".mp4", Probes.H264_10S)
                    .outputProbe(base.substring(4) + "_av.mp4", Probes.OUTPUT_10S);
        }
        Files.writeString(session.resolve("recording2-done.txt"), "");
    }

    private SessionRun run(ConvertSettings settings) throws Exception {
        Toolkit tools = toolkit(runner);
        return new SessionConverter(tools, ConvertListener.NONE).run(session, settings.withOutputDir(out), "test");
    }

    private SessionResult convert() throws Exception {
        return ((SessionRun.Converted) run(ConvertSettings.defaults())).result();
    }

    static Toolkit toolkit(ScriptedRunner runner) throws Exception {
        Prober prober = new Prober(runner);
        PartialFiles partials = new PartialFiles();
        Engine engine = new Engine(Path.of("/fake/ffmpeg"), Path.of("/fake/ffprobe"), Map.of(), "scripted");
        return new Toolkit(engine, runner, new MediaInventory(prober), new SilenceProbe(runner),
                new Renderer(runner, partials), new Verifier(prober, runner), partials, ProfileCatalog.load());
    }

    private JsonNode manifest() throws Exception {
        return new ObjectMapper().readTree(out.resolve("manifest.json").toFile());
    }

    private String doneMarker() throws Exception {
        return Files.readString(out.resolve("convert-done.txt"));
    }

    @Test
    void everyOutputWrittenIsExit0InTheResultTheManifestAndTheMarker() throws Exception {
        SessionResult r = convert();

        assertThat(r.outcomes()).hasSize(2).allMatch(o -> o instanceof OutputOutcome.Written);
        assertThat(r.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(manifest().path("exitCode").asInt()).isZero();
        assertThat(manifest().path("counts").toString()).isEqualTo("{\"written\":2,\"partial\":0,\"failed\":0,\"refused\":0}");
        assertThat(manifest().path("input").path("fingerprint").asText()).hasSize(64);
        assertThat(doneMarker()).contains("exit=0 written=2 partial=0 failed=0");
    }

    @Test
    void aFailedRenderIsExit2EverywhereAndNamedInTheMarker() throws Exception {
        runner.failRender("2002_" + STAMP + "_av.mp4", 1, "[out#0/mp4] Error opening output: Invalid argument");

        SessionResult r = convert();

        assertThat(r.outcomes()).extracting(o -> o.getClass().getSimpleName()).containsExactly("Written", "Failed");
        assertThat(r.exitCode()).isEqualTo(ExitCode.PARTIAL);
        assertThat(manifest().path("exitCode").asInt()).isEqualTo(2);
        assertThat(manifest().path("counts").path("failed").asInt()).isEqualTo(1);
        assertThat(doneMarker()).contains("exit=2 written=1 partial=0 failed=1");
        assertThat(manifest().path("diagnostics").findValuesAsText("code")).contains("RENDER_FAILED");
        assertNoPartialFiles();
    }

    @Test
    void nothingWrittenIsExit3() throws Exception {
        runner.failRender("1001_" + STAMP + "_av.mp4", 1, "boom").failRender("2002_" + STAMP + "_av.mp4", 1,
                "boom");

        SessionResult r = convert();

        assertThat(r.exitCode()).isEqualTo(ExitCode.NOTHING);
        assertThat(doneMarker()).contains("exit=3 written=0 partial=0 failed=2");
    }

    @Test
    void aUserWhoseAudioDoesNotDecodeIsWrittenPartialAndTheRunExits2() throws Exception {
        runner.undecodable("uid_2002_" + STAMP + ".aac", "[aac @ 0x1] Input buffer exhausted before END element found",
                "Error while decoding stream #0:0: Invalid data found when processing input");
        runner.outputProbe("2002_" + STAMP + "_av.mp4", Probes.VIDEO_ONLY_10S);

        SessionResult r = convert();

        assertThat(r.outcomes()).as(r.diagnostics().toString()).extracting(o -> o.getClass().getSimpleName())
                .containsExactly("Written", "Partial");
        assertThat(((OutputOutcome.Partial) r.outcomes().get(1)).missing()).containsExactly("uid_2002_" + STAMP + ".aac");
        assertThat(r.exitCode()).isEqualTo(ExitCode.PARTIAL);
        assertThat(doneMarker()).contains("exit=2 written=2 partial=1 failed=0");
        assertThat(manifest().path("outputs").get(1).path("partial").asBoolean()).isTrue();
    }

    @Test
    void anInputThatDecodesWithSomeErrorsIsKeptWithAWarningAndTheOutputIsWhole() throws Exception {
        runner.decodeErrors("uid_2002_" + STAMP + ".aac", "[aac @ 0x1] Error decoding AAC frame header.");

        SessionResult r = convert();

        assertThat(r.outcomes()).allMatch(o -> o instanceof OutputOutcome.Written);
        assertThat(r.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(manifest().path("diagnostics").findValuesAsText("code")).contains("DECODE_ERRORS");
    }

    @Test
    void aUserWithEveryFileLostIsRefusedNotSilentlyDropped() throws Exception {
        Files.delete(session.resolve("uid_2002_" + STAMP + ".aac"));
        Files.delete(session.resolve("uid_2002_" + STAMP + ".mp4"));

        SessionResult r = convert();

        assertThat(r.outcomes()).extracting(o -> o.getClass().getSimpleName()).containsExactly("Written", "Refused");
        assertThat(((OutputOutcome.Refused) r.outcomes().get(1)).why().code().name()).isEqualTo("MEDIA_MISSING");
        assertThat(r.exitCode()).isEqualTo(ExitCode.PARTIAL);
        assertThat(manifest().path("counts").path("refused").asInt()).isEqualTo(1);
        assertThat(doneMarker()).contains("failed=1");
    }

    @Test
    void aSignalDuringTheFirstRenderStartsNoOtherAndWritesNoReport() throws Exception {
        runner.onRender(runner::stopAll);

        SessionResult r = convert();

        assertThat(r.state()).isEqualTo(SessionResult.State.INTERRUPTED);
        assertThat(r.exitCode()).isEqualTo(ExitCode.INTERRUPTED);
        assertThat(runner.renders()).as("no new render after the signal").isEqualTo(1);
        assertThat(out.resolve("manifest.json")).doesNotExist();
        assertThat(out.resolve("convert-done.txt")).doesNotExist();
        assertNoPartialFiles();
    }

    @Test
    void aRerunOfTheSameInputsRendersNothingAndAChangedInputConvertsAgain() throws Exception {
        convert();
        long before = runner.renders();

        SessionRun again = run(ConvertSettings.defaults());

        assertThat(again).isInstanceOf(SessionRun.Unchanged.class);
        assertThat(again.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(runner.renders()).isEqualTo(before);

        Files.setLastModifiedTime(session.resolve("uid_1001_" + STAMP + ".aac"),
                java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 5000));
        assertThat(run(ConvertSettings.defaults())).isInstanceOf(SessionRun.Converted.class);
        assertThat(runner.renders()).isEqualTo(before + 2);
    }

    @Test
    void otherOptionsConvertAgainAndRedoAlwaysDoes() throws Exception {
        convert();
        assertThat(run(ConvertSettings.defaults().withGaps(io.recmerge.plan.Gaps.DROP)))
                .isInstanceOf(SessionRun.Converted.class);
        assertThat(run(ConvertSettings.defaults().withGaps(io.recmerge.plan.Gaps.DROP)))
                .isInstanceOf(SessionRun.Unchanged.class);
        assertThat(run(ConvertSettings.defaults().withGaps(io.recmerge.plan.Gaps.DROP)
                .withResume(ConvertSettings.Resume.NEVER))).isInstanceOf(SessionRun.Converted.class);
    }

    @Test
    void aFailedSessionIsRetriedByConvertButSkippedByABatchRerun() throws Exception {
        runner.failRender("2002_" + STAMP + "_av.mp4", 1, "boom");
        convert();

        assertThat(run(ConvertSettings.defaults().withResume(ConvertSettings.Resume.SKIP_FINISHED)))
                .isInstanceOf(SessionRun.Unchanged.class).extracting(SessionRun::exitCode).isEqualTo(ExitCode.PARTIAL);
        assertThat(run(ConvertSettings.defaults())).as("SKIP_SUCCEEDED retries a failure")
                .isInstanceOf(SessionRun.Converted.class);
    }

    @Test
    void anUnfinishedRecordingCreatesNoOutputFolder() throws Exception {
        Files.delete(session.resolve("recording2-done.txt"));

        SessionResult r = convert();

        assertThat(r.state()).isEqualTo(SessionResult.State.NOT_FINISHED);
        assertThat(r.exitCode()).isEqualTo(ExitCode.NOT_FINISHED);
        assertThat(out).doesNotExist();
        assertThat(runner.commands()).isEmpty();
    }

    private void assertNoPartialFiles() throws Exception {
        try (Stream<Path> files = Files.walk(out)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".partial"));
        }
    }
}
