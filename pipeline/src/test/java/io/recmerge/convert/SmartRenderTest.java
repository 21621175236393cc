package io.recmerge.convert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.recmerge.diag.Severity;
import io.recmerge.plan.RenderPlan;
import io.recmerge.report.OutputOutcome;
import io.recmerge.report.SessionResult;
import io.recmerge.testkit.AudioSpec;
import io.recmerge.testkit.Container;
import io.recmerge.testkit.FfmpegTool;
import io.recmerge.testkit.FrameLuma;
import io.recmerge.testkit.GeneratedSession;
import io.recmerge.testkit.MarkerReport;
import io.recmerge.testkit.MediaMeasure;
import io.recmerge.testkit.RecordingFactory;
import io.recmerge.testkit.RotationAt;
import io.recmerge.testkit.SessionSpec;
import io.recmerge.testkit.UserSessionSpec;
import io.recmerge.testkit.VideoSpec;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Smart rendering on the real ffmpeg: a landscape phone turned to portrait and back. The upright
 * stretches are copied by packets between key frames, the portrait one and the partial GOPs
 * around it encoded anew, all joined into one MP4 that decodes cleanly, upright everywhere, with
 * every frame once and the beeps and flashes in place across the joins.
 */
class SmartRenderTest {

    @TempDir
    Path out;

    /** uid 7007, 320x240 at 15 fps, GOP 2 s: 0 deg from 1.0, 90 from 4.5, 0 again from 7.3 (video 1.0-12.0). */
    static SessionSpec turnedAndBack() {
        String base = UserSessionSpec.baseName("7007", Recordings.STAMP);
        List<Double> events = List.of(1.6, 3.33, 4.93, 6.8, 8.4, 10.87);
        VideoSpec video = new VideoSpec(base + ".mp4", Container.MP4_H264, 0.6, 1.0, 11.0, 320, 240, 15, events,
                List.of(new RotationAt(1.0, 0), new RotationAt(4.5, 90), new RotationAt(7.3, 0)));
        return new SessionSpec("smart-turned-back", List.of(UserSessionSpec.of("7007", Recordings.STAMP,
                List.of(AudioSpec.mono(base + ".aac", 0.0, 12.0, events)), List.of(video))), true);
    }

    @Test
    void uprightStretchesAreCopiedAndOnlyTheTurnedOneIsEncodedAnew() throws Exception {
        GeneratedSession s = RecordingFactory.cached(turnedAndBack());
        OutputOutcome.Made w = only(Harness.convert(s.dir(), out));
        Path file = out.resolve(w.plan().fileName());
        double offset = w.plan().sessionOffset();

        RenderPlan.StreamCopy plan = (RenderPlan.StreamCopy) w.plan().plan();
        assertThat(plan.preparations()).as("re-encoded stretches").isNotEmpty();
        JsonNode entry = new ObjectMapper().readTree(out.resolve("manifest.json").toFile()).path("outputs").get(0);
        assertThat(entry.path("strategy").asText()).isEqualTo("partial-reencode");
        assertThat(entry.path("reencoded").toString()).contains("\"video\"");
        OutputAssert.assertPlayableMp4(file, 15);
        OutputAssert.assertInSync(file, offset, s.beeps("7007"), s.flashes("7007"), 15);
        assertUpright(file, 2.5 - offset, false);
        assertUpright(file, 6.0 - offset, true);
        assertUpright(file, 11.0 - offset, false);
        assertEveryFrameOnce(file, 11.0);
        List<Integer> copied = packetSizes(file);
        List<Integer> source = packetSizes(s.dir().resolve(UserSessionSpec.baseName("7007", Recordings.STAMP) + ".mp4"));
        // Copied as they were, but for the source's SPS/PPS the join puts in-band before each IDR.
        int parameterSets = copied.get(0) - source.get(0);
        assertThat(parameterSets).as("in-band parameter sets before the first IDR").isBetween(8, 128);
        for (int i = 1; i < 30; i++) {
            assertThat(copied.get(i) - source.get(i)).as("packet %d of the first copied GOPs", i)
                    .isIn(0, parameterSets);
        }
    }

    /** One frame every 1/15 s, none twice, none lost at the joins. */
    private static void assertEveryFrameOnce(Path file, double seconds) {
        List<FrameLuma> frames = MediaMeasure.frameLumas(file);
        assertThat(frames).as("frames").hasSize((int) Math.round(seconds * 15));
        for (int i = 1; i < frames.size(); i++) {
            assertThat(frames.get(i).time() - frames.get(i - 1).time()).as("frame %d after %.3f s", i,
                    frames.get(i - 1).time()).isCloseTo(1 / 15.0, within(0.002));
        }
    }

    private static List<Integer> packetSizes(Path file) {
        String csv = FfmpegTool.ffprobe(List.of("-select_streams", "v:0", "-show_entries", "packet=size", "-of",
                "csv=p=0", file.toString())).stdoutText();
        return csv.lines().filter(l -> !l.isBlank()).map(l -> Integer.parseInt(l.trim())).toList();
    }

    private static void assertUpright(Path file, double t, boolean portrait) {
        MarkerReport m = MediaMeasure.marker(file, t);
        assertThat(m.quadrant()).as("marker at %.2f s", t).hasToString("TOP_LEFT");
        assertThat(m.portrait()).as("portrait at %.2f s: content %dx%d", t, m.contentWidth(), m.contentHeight())
                .isEqualTo(portrait);
    }

    private static OutputOutcome.Made only(SessionResult report) {
        assertThat(report.diagnostics()).as("diagnostics").noneMatch(d -> d.severity() == Severity.ERROR);
        assertThat(report.made()).hasSize(1);
        return report.made().get(0);
    }
}
