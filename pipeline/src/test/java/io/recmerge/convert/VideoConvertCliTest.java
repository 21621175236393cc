package io.recmerge.convert;

import static io.recmerge.convert.ConvertCliTest.hashes;
import static io.recmerge.convert.ConvertCliTest.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.recmerge.testkit.GeneratedSession;
import io.recmerge.testkit.MediaMeasure;
import io.recmerge.testkit.RecordingFactory;
import io.recmerge.testkit.StreamFacts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code recmerge video-convert}: the SDK script's options, each asserted on what it writes. */
class VideoConvertCliTest {

    private static final String STAMP = Recordings.STAMP;

    @TempDir
    Path tmp;

    @Test
    void scriptOptionsGiveClampedFpsResolutionMpegTsAudioFileAndSnapshotsInDirConverted() throws Exception {
        GeneratedSession s = RecordingFactory.write(Recordings.lateVideo(), tmp.resolve("rec"));
        Map<String, String> before = hashes(s.dir());

        ConvertCliTest.Run r = run("video-convert", "-f", s.dir().toString(), "-p", "200", "-r", "320", "240", "-a",
                "-c", "1000", "-e");

        assertThat(r.exit()).as(r.err()).isZero();
        Path out = s.dir().resolve("converted");
        Path ts = out.resolve("1001_" + STAMP + "_av.ts");
        StreamFacts f = MediaMeasure.streams(ts);
        assertThat(f.formatName()).isEqualTo("mpegts");
        assertThat(f.video().orElseThrow().codecName()).isEqualTo("h264");
        assertThat(f.video().orElseThrow().width()).isEqualTo(320);
        assertThat(MediaMeasure.decodeErrors(ts)).isEmpty();
        JsonNode entry = manifest(out).path("outputs").get(0);
        assertThat(entry.path("video").path("fps").asDouble()).as("-p 200 clamped to 120").isEqualTo(120.0);
        // -m 0 keeps the script's black lead-in: the output starts with the audio at 0
        assertThat(entry.path("sessionOffset").asDouble()).isEqualTo(0.0);
        OutputAssert.assertAudioOnly(out.resolve("1001_" + STAMP + "_av.m4a"), 0.0, s.beeps("1001"));
        // -c 1000: one JPEG a second while there is picture (the last frame is at 9.93 s)
        assertThat(names(out, ".jpg")).hasSize(10).contains("1001_" + STAMP + "_av_001.jpg",
                "1001_" + STAMP + "_av_010.jpg");
        assertThat(MediaMeasure.marker(out.resolve("1001_" + STAMP + "_av_004.jpg"), 0).quadrant())
                .hasToString("TOP_LEFT");
        Map<String, String> after = hashes(s.dir());
        after.keySet().removeIf(k -> k.startsWith("converted"));
        assertThat(after).as("the recording folder is untouched").isEqualTo(before);
    }

    @Test
    void aTimeWindowSwitchesToUidModeAndTheGivenNameIsUsed() throws Exception {
        GeneratedSession s = RecordingFactory.write(Recordings.splitVideo(), tmp.resolve("rec"));

        ConvertCliTest.Run r = run("video-convert", "-f", s.dir().toString(), "-b", "2", "-t", "6", "-o", "talk.mp4",
                "-u", "7007");

        assertThat(r.exit()).as(r.err()).isZero();
        Path out = s.dir().resolve("converted");
        assertThat(names(out, ".mp4")).containsExactly("talk.mp4");
        JsonNode entry = manifest(out).path("outputs").get(0);
        assertThat(entry.path("sessionOffset").asDouble()).isEqualTo(2.0);
        assertThat(entry.path("duration").asDouble()).isCloseTo(6.0, within(0.07));
        List<Double> inside = s.beeps("7007").stream().filter(t -> t > 2 && t < 8).toList();
        assertThat(inside).containsExactly(3.35, 7.6);
        OutputAssert.assertInSync(out.resolve("talk.mp4"), 2.0, inside, inside, 15);
        // the script's frozen picture while the video is away (4.6 .. 7.0 s), not black
        assertThat(MediaMeasure.meanLuma(out.resolve("talk.mp4"), 5.8 - 2.0)).isGreaterThan(30);
    }

    @Test
    void inPlaceWritesIntoTheRecordingFolderButNeverOverAFileThere() throws Exception {
        GeneratedSession s = RecordingFactory.write(Recordings.portraitPhone(), tmp.resolve("rec"));
        Map<String, String> before = hashes(s.dir());

        ConvertCliTest.Run first = run("video-convert", "-f", s.dir().toString(), "--in-place");
        assertThat(first.exit()).as(first.err()).isZero();
        Path made = s.dir().resolve("6006_" + STAMP + "_av.mp4");
        assertThat(made).isRegularFile();
        var madeAt = Files.getLastModifiedTime(made);
        ConvertCliTest.Run again = run("video-convert", "-f", s.dir().toString(), "--in-place");
        assertThat(again.exit()).as(again.err()).isZero();
        assertThat(Files.getLastModifiedTime(made)).as("its own outputs are not inputs: the rerun is unchanged")
                .isEqualTo(madeAt);

        String input = "uid_6006_" + STAMP;   // its video is uid_6006_<stamp>.mp4
        ConvertCliTest.Run clash = run("video-convert", "-f", s.dir().toString(), "--in-place", "-o", input);
        assertThat(clash.exit()).isEqualTo(3);
        assertThat(clash.out() + clash.err()).contains("OUTPUT_NAME_TAKEN", input + ".mp4 already exists");
        Map<String, String> after = hashes(s.dir());
        before.forEach((name, hash) -> assertThat(after.get(name)).as(name + " unchanged").isEqualTo(hash));
    }

    private static JsonNode manifest(Path out) throws Exception {
        return new ObjectMapper().readTree(out.resolve("manifest.json").toFile());
    }

    private static List<String> names(Path dir, String suffix) throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(suffix)).sorted().toList();
        }
    }
}
