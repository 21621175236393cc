package io.recmerge.convert;

import io.recmerge.report.OutputOutcome;
import io.recmerge.report.SessionResult;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.recmerge.plan.LeadingBlank;
import io.recmerge.plan.OutputKind;
import io.recmerge.report.ExitCode;
import io.recmerge.testkit.GeneratedSession;
import io.recmerge.testkit.MediaMeasure;
import io.recmerge.testkit.RecordingFactory;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The basic session shapes on the real ffmpeg, each output measured for sync, codecs and playability. */
class ConvertSessionTest {

    @TempDir
    Path out;

    @Test
    void lateVideoIsStreamCopiedFromItsFirstFrameAndStaysInSync() throws Exception {
        GeneratedSession s = RecordingFactory.cached(Recordings.lateVideo());
        SessionResult report = Harness.convert(s.dir(), out);

        assertThat(report.exitCode()).isEqualTo(ExitCode.OK);
        OutputOutcome.Made w = only(report);
        assertThat(w.plan().fileName()).isEqualTo("1001_20261123101500_av.mp4");
        assertThat(w.plan().plan().strategy()).isEqualTo("copy");
        // auto: the silent audio before the first frame is dropped; the output starts with the picture
        // (at the AAC frame boundary nearest before it, so the audio is copied too).
        assertThat(w.plan().sessionOffset()).isCloseTo(1.2 - OutputAssert.AAC_FRAME / 2,
                within(OutputAssert.AAC_FRAME / 2));
        assertThat(w.plan().plan().reencoded(w.plan().kind())).isEmpty();
        Path file = out.resolve(w.plan().fileName());
        OutputAssert.assertPlayableMp4(file, 15);
        OutputAssert.assertInSync(file, w.plan().sessionOffset(), s.beeps("1001"), s.flashes("1001"), 15);
    }

    @Test
    void webmVp8IsTranscodedToH264AndStaysInSync() throws Exception {
        GeneratedSession s = RecordingFactory.cached(Recordings.webVp8());
        OutputOutcome.Made w = only(Harness.convert(s.dir(), out));

        assertThat(w.plan().plan().strategy()).isEqualTo("transcode");
        Path file = out.resolve(w.plan().fileName());
        OutputAssert.assertPlayableMp4(file, 15);
        OutputAssert.assertInSync(file, w.plan().sessionOffset(), s.beeps("2002"), s.flashes("2002"), 15);
    }

    @Test
    void firstFrameOffTheOutputGridIsPlacedWithinOneFrame() throws Exception {
        GeneratedSession s = RecordingFactory.cached(Recordings.offGridVideo());
        // --fps 30 forbids stream copy, so the filter graph has to place the late first frame itself.
        ConvertSettings transcode = Harness.settings(out).withFps(30).withLeadingBlank(LeadingBlank.KEEP);
        OutputOutcome.Made w = only(Harness.convert(s.dir(), transcode));

        assertThat(w.plan().plan().strategy()).isEqualTo("transcode");
        assertThat(w.facts().video().orElseThrow().fps()).isEqualTo(30.0);
        Path file = out.resolve(w.plan().fileName());
        OutputAssert.assertPlayableMp4(file, 30);
        OutputAssert.assertInSync(file, w.plan().sessionOffset(), s.beeps("1001"), s.flashes("1001"), 30);
    }

    @Test
    void severalUsersEachGetTheirOwnOutputIncludingAnAudioOnlyUser() throws Exception {
        GeneratedSession s = RecordingFactory.cached(Recordings.threeUsers());
        SessionResult report = Harness.convert(s.dir(), out);

        assertThat(report.exitCode()).isEqualTo(ExitCode.OK);
        Map<String, OutputOutcome.Made> byUid = report.made().stream()
                .collect(Collectors.toMap(w -> w.plan().uid(), Function.identity()));
        assertThat(byUid).containsOnlyKeys("1001", "3003", "4004");

        OutputOutcome.Made audioOnly = byUid.get("3003");
        assertThat(audioOnly.plan().kind()).isEqualTo(OutputKind.AUDIO);
        assertThat(audioOnly.plan().fileName()).isEqualTo("3003_20261123101504.m4a");
        OutputAssert.assertAudioOnly(out.resolve(audioOnly.plan().fileName()), audioOnly.plan().sessionOffset(),
                s.beeps("3003"));

        for (String uid : new String[] {"1001", "4004"}) {
            OutputOutcome.Made w = byUid.get(uid);
            Path file = out.resolve(w.plan().fileName());
            OutputAssert.assertPlayableMp4(file, 15);
            OutputAssert.assertInSync(file, w.plan().sessionOffset(), s.beeps(uid), s.flashes(uid), 15);
        }
    }

    @Test
    void portraitPhoneIsTurnedUprightWithoutCropping() throws Exception {
        GeneratedSession s = RecordingFactory.cached(Recordings.portraitPhone());
        OutputOutcome.Made w = only(Harness.convert(s.dir(), out));
        Path file = out.resolve(w.plan().fileName());

        OutputAssert.assertPlayableMp4(file, 15);
        OutputAssert.assertInSync(file, w.plan().sessionOffset(), s.beeps("6006"), s.flashes("6006"), 15);
        var marker = MediaMeasure.marker(file, 2.0);
        assertThat(marker.quadrant()).hasToString("TOP_LEFT");
        assertThat(marker.portrait()).as("portrait content %dx%d", marker.contentWidth(), marker.contentHeight()).isTrue();
        assertThat(marker.contentWidth() * marker.contentHeight()).as("no crop: all of the 320x240 picture")
                .isEqualTo(240 * 320);
    }

    @Test
    void splitVideoIsRenderedOnOneTimelineWithBlackInTheGap() throws Exception {
        GeneratedSession s = RecordingFactory.cached(Recordings.splitVideo());
        OutputOutcome.Made w = only(Harness.convert(s.dir(), out));
        Path file = out.resolve(w.plan().fileName());

        assertThat(w.plan().plan().strategy()).isEqualTo("transcode");
        assertThat(w.plan().sources()).hasSize(3);
        OutputAssert.assertPlayableMp4(file, 15);
        OutputAssert.assertInSync(file, w.plan().sessionOffset(), s.beeps("7007"), s.flashes("7007"), 15);
        assertThat(MediaMeasure.meanLuma(file, 5.5)).as("black between the two video files").isLessThan(5);
        assertThat(MediaMeasure.meanLuma(file, 2.5)).as("picture in the first file").isGreaterThan(30);
        assertThat(MediaMeasure.meanLuma(file, 8.5)).as("picture in the second file").isGreaterThan(30);
    }

    private static OutputOutcome.Made only(SessionResult report) {
        // Info diagnostics explain the recording (a late video start, WebM, a split); they are not problems.
        assertThat(report.diagnostics()).as("diagnostics")
                .filteredOn(d -> d.severity() != io.recmerge.diag.Severity.INFO).isEmpty();
        assertThat(report.made()).hasSize(1);
        return report.made().get(0);
    }
}
