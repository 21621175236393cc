package io.recmerge.convert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.recmerge.diag.Code;
import io.recmerge.plan.Gaps;
import io.recmerge.plan.Interval;
import io.recmerge.plan.PlanRequest;
import io.recmerge.report.ExitCode;
import io.recmerge.report.OutputOutcome;
import io.recmerge.report.SessionResult;
import io.recmerge.testkit.GeneratedSession;
import io.recmerge.testkit.MarkerReport;
import io.recmerge.testkit.MediaMeasure;
import io.recmerge.testkit.RecordingFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The SDK converter script's options as convert options, each measured on the real ffmpeg's output. */
class DropInOptionsTest {

    @TempDir
    Path out;

    @Test
    void snapshotsShowTheUprightPortraitPictureAndKeptAudioIsInSync() throws Exception {
        GeneratedSession s = RecordingFactory.cached(Recordings.portraitPhone());
        ConvertSettings settings = Harness.settings(out)
                .withExtras(new PlanRequest.Extras(Optional.of(2.0), true, Optional.empty()));
        OutputOutcome.Made w = only(Harness.convert(s.dir(), settings));

        List<String> shots = w.plan().companions().snapshots();
        // 6 s of picture: at 0, 2 and 4 s (none at 6 s: the last frame is at 5.93 s); named like the script's
        assertThat(shots).hasSize(3)
                .first().isEqualTo("6006_20261123101500_av_001.jpg");
        try (var files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".jpg")))
                    .containsExactlyInAnyOrderElementsOf(shots);
        }
        for (String shot : shots) {
            MarkerReport m = MediaMeasure.marker(out.resolve(shot), 0);
            assertThat(m.quadrant()).as(shot).hasToString("TOP_LEFT");
            assertThat(m.portrait()).as("%s content %dx%d", shot, m.contentWidth(), m.contentHeight()).isTrue();
        }
        Path m4a = out.resolve(w.plan().companions().audio().orElseThrow());
        assertThat(m4a.getFileName()).hasToString("6006_20261123101500_av.m4a");
        OutputAssert.assertAudioOnly(m4a, w.plan().sessionOffset(), s.beeps("6006"));
        String manifest = Files.readString(out.resolve("manifest.json"));
        assertThat(manifest).contains("\"snapshots\"", shots.get(0), "\"audioFile\" : \"6006_20261123101500_av.m4a\"");
    }

    @Test
    void aTimeWindowKeepsExactlyItsStretchOfTheSession() throws Exception {
        GeneratedSession s = RecordingFactory.cached(Recordings.lateVideo());
        ConvertSettings settings = Harness.settings(out).withSelect(new PlanRequest.Selection(Set.of(),
                Optional.of(new Interval(3.0, 7.0))));
        OutputOutcome.Made w = only(Harness.convert(s.dir(), settings));

        assertThat(w.plan().sessionOffset()).isEqualTo(3.0);
        assertThat(w.facts().duration()).isCloseTo(4.0, within(0.07));
        Path file = out.resolve(w.plan().fileName());
        OutputAssert.assertPlayableMp4(file, 15);
        List<Double> inside = s.beeps("1001").stream().filter(t -> t > 3.0 && t < 7.0).toList();
        assertThat(inside).containsExactly(3.47, 5.93);
        // each beep at its session time minus sessionOffset, and the flashes with them
        OutputAssert.assertInSync(file, w.plan().sessionOffset(), inside, inside, 15);
    }

    @Test
    void freezeGapsShowTheLastFrameWhileTheVideoIsAway() throws Exception {
        GeneratedSession s = RecordingFactory.cached(Recordings.splitVideo());
        OutputOutcome.Made w = only(Harness.convert(s.dir(), Harness.settings(out).withGaps(Gaps.FREEZE)));
        Path file = out.resolve(w.plan().fileName());

        OutputAssert.assertPlayableMp4(file, 15);
        OutputAssert.assertInSync(file, w.plan().sessionOffset(), s.beeps("7007"), s.flashes("7007"), 15);
        double offset = w.plan().sessionOffset();
        double lastOfFirst = MediaMeasure.meanLuma(file, 4.5 - offset); // the first file ends at 4.6 s
        assertThat(MediaMeasure.meanLuma(file, 5.5 - offset)).as("frozen, not black, in the gap")
                .isGreaterThan(30).isCloseTo(lastOfFirst, within(3.0));
        assertThat(MediaMeasure.marker(file, 5.5 - offset).quadrant()).hasToString("TOP_LEFT");
    }

    @Test
    void onlyTheAskedUidIsConvertedAndAnUnknownOneIsReported() throws Exception {
        GeneratedSession s = RecordingFactory.cached(Recordings.threeUsers());
        ConvertSettings settings = Harness.settings(out).withSelect(new PlanRequest.Selection(Set.of("4004", "9999"),
                Optional.empty()));
        SessionResult result = Harness.convert(s.dir(), settings);

        assertThat(result.made()).extracting(m -> m.plan().uid()).containsExactly("4004");
        assertThat(result.diagnostics()).anyMatch(d -> d.code() == Code.UID_NOT_FOUND && d.message().contains("9999"));
        assertThat(result.exitCode()).isEqualTo(ExitCode.OK);
        try (var files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".mp4") || n.endsWith(".m4a")))
                    .containsExactly("4004_20261123101502_av.mp4");
        }
    }

    private static OutputOutcome.Made only(SessionResult report) {
        assertThat(report.diagnostics()).as("diagnostics")
                .filteredOn(d -> d.severity() != io.recmerge.diag.Severity.INFO).isEmpty();
        assertThat(report.made()).hasSize(1);
        return report.made().get(0);
    }
}
