package io.recmerge.convert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.recmerge.container.AnnexB;
import io.recmerge.testkit.FfmpegTool;
import io.recmerge.testkit.Sdk2Folder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * On the real ffmpeg: a folder as the SDK 2.3 recorder writes it (testkit Sdk2Folder)
 * converts by stream copy into a conformant, in-sync MP4, with no false crash or damage report.
 */
class Sdk2RecordingTest {

    @TempDir
    Path tmp;

    @Test
    void theFixtureShowsTheRecordersSymptomsSoTheTestsBelowMeanSomething() throws Exception {
        Path mp4 = Sdk2Folder.cached().resolve(Sdk2Folder.MP4);
        Path plain = tmp.resolve("plain.mp4");

        FfmpegTool.Result copy = FfmpegTool.ffmpegUnchecked(List.of("-i", mp4.toString(), "-c", "copy", plain.toString()));
        FfmpegTool.Result decode = FfmpegTool.ffmpegUnchecked(List.of("-i", mp4.toString(), "-f", "null", "-"));

        assertThat(decode.stderr()).contains("Invalid NAL unit size").contains("missing picture in access unit");
        assertThat(videoPackets(plain)).as("a plain -c copy keeps no video packet").isEmpty();
        assertThat(videoPackets(mp4)).hasSize(Sdk2Folder.FRAMES);
        assertThat(AnnexB.inMp4(mp4).orElseThrow().detected()).isTrue();
    }

    @Test
    void theAnnexBVideoIsStreamCopiedIntoAConformantInSyncMp4WithEveryFrameAndItsTimestamps() throws Exception {
        Path dir = Sdk2Folder.write(tmp.resolve("abc_test_084414_521668222"));
        Map<String, String> before = ConvertCliTest.hashes(dir);
        Path out = tmp.resolve("out");

        ConvertCliTest.Run run = ConvertCliTest.run("convert", dir.toString(), "-o", out.toString());

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(ConvertCliTest.hashes(dir)).as("input folder unchanged").isEqualTo(before);
        JsonNode manifest = new ObjectMapper().readTree(out.resolve("manifest.json").toFile());
        List<String> codes = new ArrayList<>();
        manifest.path("diagnostics").forEach(d -> codes.add(d.path("code").asText()));
        assertThat(codes).contains("ANNEXB_IN_MP4", "RECORDER_LEFT", "AUDIO_SHORTER_THAN_SPAN")
                .doesNotContain("RECORDING_CRASHED", "DECODE_ERRORS", "TRANSCODED_INSTEAD", "METADATA_BAD_LINE",
                        "MEDIA_UNNAMED", "OUTPUT_PARTIAL");
        assertThat(manifest.toString()).contains("18 (a signal stopped the recorder + the client left the channel)");
        JsonNode output = manifest.path("outputs").get(0);
        assertThat(output.path("strategy").asText()).isEqualTo("copy");
        Path file = out.resolve(output.path("file").asText());
        OutputAssert.assertPlayableMp4(file, 15);
        assertThat(AnnexB.inMp4(file).orElseThrow().detected()).as("length-prefixed samples in the output").isFalse();
        assertThat(FfmpegTool.ffmpegUnchecked(List.of("-i", file.toString(), "-f", "null", "-")).stderr())
                .as("the output decodes without a message").isEmpty();
        double offset = output.path("sessionOffset").asDouble();
        OutputAssert.assertInSync(file, offset, Sdk2Folder.EVENTS, Sdk2Folder.EVENTS, 15);
        assertSameTimestamps(videoPackets(Sdk2Folder.cached().resolve(Sdk2Folder.MP4)), videoPackets(file),
                Sdk2Folder.VIDEO_INFO - offset, output.has("firstFrameFrozenFor"));
    }

    @Test
    void aTranscodeOfTheVariableRateVideoGetsAStandardFrameRateAndStaysInSync() throws Exception {
        Path dir = Sdk2Folder.cached();
        assertThat(avgFrameRate(dir.resolve(Sdk2Folder.MP4))).as("the source's average rate").isCloseTo(Sdk2Folder.RATE,
                within(0.05));
        Path out = tmp.resolve("out");

        ConvertCliTest.Run run = ConvertCliTest.run("convert", dir.toString(), "-o", out.toString(), "--size", "180x320");

        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode manifest = new ObjectMapper().readTree(out.resolve("manifest.json").toFile());
        JsonNode output = manifest.path("outputs").get(0);
        assertThat(output.path("strategy").asText()).isEqualTo("transcode");
        assertThat(manifest.toString()).doesNotContain("DECODE_ERRORS");
        Path file = out.resolve(output.path("file").asText());
        assertThat(avgFrameRate(file)).isEqualTo(15.0);
        OutputAssert.assertPlayableMp4(file, 15);
        OutputAssert.assertInSync(file, output.path("sessionOffset").asDouble(), Sdk2Folder.EVENTS, Sdk2Folder.EVENTS,
                15);
    }

    @Test
    void inspectShowsTheChannelTheSdkVersionAndWhyTheRecorderLeftWithoutACrash() throws Exception {
        Path dir = Sdk2Folder.cached();

        ConvertCliTest.Run text = ConvertCliTest.run("inspect", dir.toString());
        ConvertCliTest.Run json = ConvertCliTest.run("inspect", dir.toString(), "--json");

        assertThat(text.exit()).as(text.err()).isZero();
        assertThat(text.out()).contains("recording finished")
                .contains("channel " + Sdk2Folder.CHANNEL + ", recorded by Agora SDK " + Sdk2Folder.SDK_VERSION)
                .contains("left the channel with code 18: a signal stopped the recorder + the client left the channel")
                .doesNotContain("crash sign").doesNotContain("RECORDING_CRASHED").doesNotContain("DECODE_ERRORS");
        JsonNode recording = new ObjectMapper().readTree(json.out()).path("recording");
        assertThat(recording.path("channel").asText()).isEqualTo(Sdk2Folder.CHANNEL);
        assertThat(recording.path("sdkVersion").asText()).isEqualTo(Sdk2Folder.SDK_VERSION);
        assertThat(recording.path("crashSigns").size()).isZero();
    }

    @Test
    void anSdk2VideoTheMetadataDoesNotNameIsReportedAsUnnamedAndItsUserAsPartial() throws Exception {
        Path dir = Sdk2Folder.write(tmp.resolve("session"));
        Files.writeString(dir.resolve(Sdk2Folder.METADATA), Sdk2Folder.metadata().lines()
                .filter(l -> !l.contains(Sdk2Folder.MP4)).map(l -> l + "\n").reduce("", String::concat));
        Path out = tmp.resolve("out");

        ConvertCliTest.Run run = ConvertCliTest.run("convert", dir.toString(), "-o", out.toString());

        assertThat(run.exit()).as("the user's video was lost: partial; " + run.err()).isEqualTo(2);
        JsonNode manifest = new ObjectMapper().readTree(out.resolve("manifest.json").toFile());
        assertThat(manifest.toString()).contains("MEDIA_UNNAMED").contains(Sdk2Folder.MP4 + " is in the folder but "
                + Sdk2Folder.METADATA + " does not name it").contains("OUTPUT_PARTIAL");
    }

    /**
     * Every source frame is in the output, each at its own (millisecond, jittered) time plus the
     * offset; a frozen first frame (the start moved to an AAC frame boundary before it) sits at 0.
     */
    private static void assertSameTimestamps(List<Double> source, List<Double> output, double shift, boolean frozen) {
        assertThat(output).as("every source frame kept").hasSameSizeAs(source);
        for (int i = 1; i < source.size(); i++) {
            assertThat(output.get(i)).as("frame %d at its session time", i)
                    .isCloseTo(source.get(i) - source.get(0) + shift, within(0.0015));
        }
        assertThat(output.get(0)).as("first frame at its session time, or frozen from 0")
                .isCloseTo(frozen ? 0 : Math.max(0, shift), within(0.0015));
    }

    private static double avgFrameRate(Path file) {
        FfmpegTool.Result r = FfmpegTool.ffprobe(List.of("-select_streams", "v:0", "-show_entries",
                "stream=avg_frame_rate", "-of", "csv=p=0", file.toString()));
        String[] rate = new String(r.stdout(), StandardCharsets.UTF_8).strip().split("/");
        return Double.parseDouble(rate[0]) / Double.parseDouble(rate[1]);
    }

    private static List<Double> videoPackets(Path file) {
        FfmpegTool.Result r = FfmpegTool.ffprobe(List.of("-select_streams", "v", "-show_entries", "packet=pts_time",
                "-of", "csv=p=0", file.toString()));
        return new String(r.stdout(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank())
                .map(l -> Double.parseDouble(l.split(",")[0])).toList();
    }
}
