package io.recmerge.convert;

import io.recmerge.report.OutputOutcome;
import io.recmerge.report.SessionResult;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.recmerge.diag.Severity;
import io.recmerge.plan.Canvas;
import io.recmerge.plan.Gaps;
import io.recmerge.plan.LeadingBlank;
import io.recmerge.plan.Mode;
import io.recmerge.testkit.GeneratedSession;
import io.recmerge.testkit.MarkerReport;
import io.recmerge.testkit.MediaMeasure;
import io.recmerge.testkit.RecordingFactory;
import io.recmerge.testkit.UserSessionSpec;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** On the real ffmpeg: rotations, lead-in policies, gaps, codec/size switches, uid modes. */
class TimelineFidelityTest {

    @TempDir
    Path out;

    @Test
    void everyRotationAppliesFromItsTimeOnUprightAndUncropped() throws Exception {
        GeneratedSession s = RecordingFactory.cached(FidelityRecordings.fourRotations());
        OutputOutcome.Made w = only(Harness.convert(s.dir(), out));
        Path file = out.resolve(w.plan().fileName());
        double offset = w.plan().sessionOffset();

        assertThat(w.plan().canvas()).as("portrait covers 7 of 11 s").contains(new Canvas(240, 320));
        OutputAssert.assertPlayableMp4(file, 15);
        OutputAssert.assertInSync(file, offset, s.beeps("1001"), s.flashes("1001"), 15);
        assertUpright(file, 2.0 - offset, false);  // rotation 0
        assertUpright(file, 5.0 - offset, true);   // rotation 90
        assertUpright(file, 7.6 - offset, false);  // rotation 180
        assertUpright(file, 9.6 - offset, true);   // rotation 270
    }

    @Test
    void twentyMinutesWithSeveralRotationsStaysInSyncToTheEnd() throws Exception {
        GeneratedSession s = RecordingFactory.cached(FidelityRecordings.twentyMinutes());
        OutputOutcome.Made w = only(Harness.convert(s.dir(), out));
        Path file = out.resolve(w.plan().fileName());

        assertThat(w.plan().duration()).isGreaterThan(1199);
        OutputAssert.assertPlayableMp4(file, 15);
        OutputAssert.assertInSync(file, w.plan().sessionOffset(), s.beeps("2020"), s.flashes("2020"), 15);
        assertUpright(file, 400 - w.plan().sessionOffset(), true);
        assertUpright(file, 1000 - w.plan().sessionOffset(), true);
        assertUpright(file, 1150 - w.plan().sessionOffset(), false);
    }

    @Test
    void oneRotationForTheWholeCallIsStreamCopiedWithDisplayRotation() throws Exception {
        GeneratedSession s = RecordingFactory.cached(Recordings.portraitPhone());
        OutputOutcome.Made w = only(Harness.convert(s.dir(), out));
        Path file = out.resolve(w.plan().fileName());

        assertThat(w.plan().plan().strategy()).isEqualTo("copy");
        assertThat(MediaMeasure.streams(file).video().orElseThrow().clockwiseRotation()).isEqualTo(90);
        assertThat(w.facts().video().orElseThrow().displayRotation()).as("ffprobe: counter-clockwise").isEqualTo(-90);
        assertUpright(file, 2.0 - w.plan().sessionOffset(), true);
        OutputAssert.assertInSync(file, w.plan().sessionOffset(), s.beeps("6006"), s.flashes("6006"), 15);
    }

    @Test
    void autoKeepsSpeechBeforeTheVideoUnderTheFrozenFirstFrame() throws Exception {
        GeneratedSession s = RecordingFactory.cached(FidelityRecordings.speechBeforeVideo());
        OutputOutcome.Made w = only(Harness.convert(s.dir(), out));
        Path file = out.resolve(w.plan().fileName());

        assertThat(w.plan().sessionOffset()).as("silence before the first beep dropped, with a margin")
                .isCloseTo(0.45, within(OutputAssert.AAC_FRAME));
        assertThat(w.plan().plan().strategy()).isEqualTo("copy");
        assertNoBlackAtStart(file);
        OutputAssert.assertPlayableMp4(file, 15);
        List<Double> heard = MediaMeasure.beepOnsets(file);
        assertThat(heard).hasSize(4);
        assertThat(heard.get(0)).as("the pre-video beep").isCloseTo(0.7 - 0.45, within(0.06));
        assertFlashesMatch(file, w.plan().sessionOffset(), s.flashes("3030"), 15);
    }

    @Test
    void autoDropsASilentLeadInAndStartsAtTheFirstFrame() throws Exception {
        GeneratedSession s = RecordingFactory.cached(Recordings.lateVideo());
        OutputOutcome.Made w = only(Harness.convert(s.dir(), out));
        Path file = out.resolve(w.plan().fileName());

        assertThat(w.plan().sessionOffset()).isCloseTo(1.2 - OutputAssert.AAC_FRAME / 2,
                within(OutputAssert.AAC_FRAME / 2));
        assertThat(w.plan().plan().strategy()).isEqualTo("copy");
        assertNoBlackAtStart(file);
        OutputAssert.assertInSync(file, w.plan().sessionOffset(), s.beeps("1001"), s.flashes("1001"), 15);
    }

    @Test
    void freezeKeepsAllAudioUnderTheFirstFrameInCopyAndInTranscode() throws Exception {
        GeneratedSession s = RecordingFactory.cached(FidelityRecordings.speechBeforeVideo());
        ConvertSettings freeze = Harness.settings(out).withLeadingBlank(LeadingBlank.FREEZE);
        for (ConvertSettings settings : List.of(freeze, freeze.withFps(30).withOutputDir(out.resolve("30fps")))) {
            OutputOutcome.Made w = only(Harness.convert(s.dir(), settings));
            Path file = settings.outputDir().orElseThrow().resolve(w.plan().fileName());
            assertThat(w.plan().sessionOffset()).isZero();
            assertNoBlackAtStart(file);
            OutputAssert.assertPlayableMp4(file, settings.fps().orElse(15));
            assertThat(MediaMeasure.beepOnsets(file)).hasSize(4).first()
                    .satisfies(t -> assertThat(t).isCloseTo(0.7, within(0.06)));
            assertFlashesMatch(file, 0, s.flashes("3030"), settings.fps().orElse(15));
        }
    }

    @Test
    void keepShowsBlackAndTrimStartsAtTheFirstFrame() throws Exception {
        GeneratedSession s = RecordingFactory.cached(FidelityRecordings.speechBeforeVideo());
        OutputOutcome.Made kept = only(Harness.convert(s.dir(),
                Harness.settings(out.resolve("keep")).withLeadingBlank(LeadingBlank.KEEP)));
        Path keepFile = out.resolve("keep").resolve(kept.plan().fileName());
        assertThat(kept.plan().sessionOffset()).isZero();
        assertThat(MediaMeasure.meanLuma(keepFile, 0.5)).as("black lead-in").isLessThan(5);
        List<Double> heard = MediaMeasure.beepOnsets(keepFile);
        assertThat(heard).as("keep keeps all the audio").hasSize(4);
        assertThat(heard.get(0)).isCloseTo(0.7, within(0.06));
        assertFlashesMatch(keepFile, 0, s.flashes("3030"), 15);

        OutputOutcome.Made trimmed = only(Harness.convert(s.dir(),
                Harness.settings(out.resolve("trim")).withLeadingBlank(LeadingBlank.TRIM)));
        Path trimFile = out.resolve("trim").resolve(trimmed.plan().fileName());
        assertThat(trimmed.plan().sessionOffset()).isCloseTo(1.5 - OutputAssert.AAC_FRAME / 2,
                within(OutputAssert.AAC_FRAME / 2));
        assertNoBlackAtStart(trimFile);
        OutputAssert.assertInSync(trimFile, trimmed.plan().sessionOffset(), s.beeps("3030").subList(1, 4),
                s.flashes("3030"), 15);
    }

    @Test
    void gapsDropShortensTheOutputByTheAbsenceAndKeepsItInSync() throws Exception {
        GeneratedSession s = RecordingFactory.cached(FidelityRecordings.absentInTheMiddle());
        OutputOutcome.Made kept = only(Harness.convert(s.dir(), Harness.settings(out.resolve("keep"))));
        OutputOutcome.Made dropped = only(Harness.convert(s.dir(), Harness.settings(out.resolve("drop")).withGaps(Gaps.DROP)));

        double gap = 8.0 - 4.0;
        assertThat(kept.facts().duration() - dropped.facts().duration()).isCloseTo(gap, within(0.07));
        assertThat(dropped.plan().droppedGaps()).hasSize(1);
        Path keptFile = out.resolve("keep").resolve(kept.plan().fileName());
        Path droppedFile = out.resolve("drop").resolve(dropped.plan().fileName());
        assertThat(MediaMeasure.meanLuma(keptFile, 6.0 - kept.plan().sessionOffset())).as("black gap").isLessThan(5);
        OutputAssert.assertInSync(keptFile, kept.plan().sessionOffset(), s.beeps("4040"), s.flashes("4040"), 15);
        List<Double> beepsAfterCut = new ArrayList<>();
        s.beeps("4040").forEach(b -> beepsAfterCut.add(b > 8 ? b - gap : b));
        List<Double> flashesAfterCut = new ArrayList<>();
        s.flashes("4040").forEach(f -> flashesAfterCut.add(f > 8 ? f - gap : f));
        OutputAssert.assertPlayableMp4(droppedFile, 15);
        OutputAssert.assertInSync(droppedFile, dropped.plan().sessionOffset(), beepsAfterCut, flashesAfterCut, 15);
    }

    @Test
    void codecAndSizeSwitchBecomeOneH264OutputOnTheLargestCanvas() throws Exception {
        GeneratedSession s = RecordingFactory.cached(FidelityRecordings.codecAndSizeSwitch());
        OutputOutcome.Made w = only(Harness.convert(s.dir(), out));
        Path file = out.resolve(w.plan().fileName());
        double offset = w.plan().sessionOffset();

        assertThat(w.facts().video().orElseThrow().width()).isEqualTo(640);
        assertThat(w.facts().video().orElseThrow().height()).isEqualTo(360);
        OutputAssert.assertPlayableMp4(file, 15);
        OutputAssert.assertInSync(file, offset, s.beeps("5050"), s.flashes("5050"), 15);
        MarkerReport vp8 = MediaMeasure.marker(file, 2.5 - offset);
        assertThat(vp8.quadrant()).hasToString("TOP_LEFT");
        assertThat((double) vp8.contentWidth() / vp8.contentHeight()).as("4:3 kept, pillarboxed").isCloseTo(4 / 3.0, within(0.03));
        MarkerReport h264 = MediaMeasure.marker(file, 7.4 - offset);
        assertThat(h264.contentWidth()).isEqualTo(640);
        assertThat(h264.quadrant()).hasToString("TOP_LEFT");
    }

    @Test
    void sizeOptionChoosesTheCanvas() throws Exception {
        GeneratedSession s = RecordingFactory.cached(FidelityRecordings.codecAndSizeSwitch());
        OutputOutcome.Made w = only(Harness.convert(s.dir(), Harness.settings(out).withSize(new Canvas(1280, 720))));
        assertThat(w.facts().video().orElseThrow().width()).isEqualTo(1280);
        assertThat(w.facts().video().orElseThrow().height()).isEqualTo(720);
    }

    @Test
    void uidModeJoinsTheSessionsOfAUidInWallClockOrder() throws Exception {
        GeneratedSession s = RecordingFactory.cached(FidelityRecordings.twoSessionsOfOneUid());
        SessionResult report = Harness.convert(s.dir(), Harness.settings(out).withMode(Mode.UID));
        assertThat(report.diagnostics()).noneMatch(d -> d.severity() != Severity.INFO);
        OutputOutcome.Made joined = report.made().stream().filter(w -> w.plan().uid().equals("1001")).findFirst()
                .orElseThrow();
        assertThat(joined.plan().fileName()).isEqualTo("1001_0_merge_av.mp4");
        assertThat(report.made()).extracting(w -> w.plan().fileName()).contains("0_0_merge.m4a");

        List<Double> beeps = new ArrayList<>();
        List<Double> flashes = new ArrayList<>();
        List<UserSessionSpec> sessions = s.users("1001");
        for (UserSessionSpec u : sessions) {
            double shift = u.stamp().endsWith("20") ? 20.0 : 0.0;
            u.beeps().forEach(b -> beeps.add(b + shift));
            u.flashes().forEach(f -> flashes.add(f + shift));
        }
        Path file = out.resolve(joined.plan().fileName());
        OutputAssert.assertPlayableMp4(file, 15);
        OutputAssert.assertInSync(file, joined.plan().sessionOffset(), beeps, flashes, 15);
        assertThat(MediaMeasure.meanLuma(file, 12.0 - joined.plan().sessionOffset())).as("gap between sessions")
                .isLessThan(5);
    }

    @Test
    void uidModeKeepsALongBreakBetweenSessionsOnTheTimeline() throws Exception {
        GeneratedSession s = RecordingFactory.cached(FidelityRecordings.longBreak());
        SessionResult report = Harness.convert(s.dir(), Harness.settings(out).withMode(Mode.UID));
        OutputOutcome.Made w = only(report);
        assertThat(w.plan().fileName()).isEqualTo("8008_0_merge_av.mp4");
        assertThat(w.facts().duration()).as("the break stays (black, silent)").isGreaterThan(660);

        List<Double> beeps = new ArrayList<>();
        List<Double> flashes = new ArrayList<>();
        for (UserSessionSpec u : s.users("8008")) {
            double shift = u.stamp().equals("20261123102600") ? 660.0 : 0.0;
            u.beeps().forEach(b -> beeps.add(b + shift));
            u.flashes().forEach(f -> flashes.add(f + shift));
        }
        OutputAssert.assertInSync(out.resolve(w.plan().fileName()), w.plan().sessionOffset(), beeps, flashes, 15);
    }

    @Test
    void uidAudioAndUidVideoKeepOneTrack() throws Exception {
        GeneratedSession s = RecordingFactory.cached(FidelityRecordings.twoSessionsOfOneUid());
        SessionResult audio = Harness.convert(s.dir(), Harness.settings(out.resolve("a")).withMode(Mode.UID_AUDIO));
        assertThat(audio.made()).extracting(w -> w.plan().fileName())
                .containsExactlyInAnyOrder("1001_0_merge.m4a", "0_0_merge.m4a");
        OutputAssert.assertAudioOnly(out.resolve("a").resolve("0_0_merge.m4a"), 0, s.beeps("0"));

        SessionResult video = Harness.convert(s.dir(), Harness.settings(out.resolve("v")).withMode(Mode.UID_VIDEO));
        assertThat(video.made()).extracting(w -> w.plan().fileName()).containsExactly("1001_0_merge.mp4");
        var streams = MediaMeasure.streams(out.resolve("v").resolve("1001_0_merge.mp4"));
        assertThat(streams.audio()).isEmpty();
        assertThat(streams.video()).isPresent();
    }

    @Test
    void uidZeroTheMixedStreamIsConvertedLikeAnyUid() throws Exception {
        GeneratedSession s = RecordingFactory.cached(FidelityRecordings.twoSessionsOfOneUid());
        SessionResult report = Harness.convert(s.dir(), out);
        assertThat(report.made()).extracting(w -> w.plan().fileName()).contains("0_20261123101500.m4a");
        OutputAssert.assertAudioOnly(out.resolve("0_20261123101500.m4a"), 0, s.beeps("0"));
    }

    private static void assertUpright(Path file, double t, boolean portrait) {
        MarkerReport m = MediaMeasure.marker(file, t);
        assertThat(m.quadrant()).as("marker at %.2f s", t).hasToString("TOP_LEFT");
        assertThat(m.portrait()).as("portrait at %.2f s: content %dx%d", t, m.contentWidth(), m.contentHeight())
                .isEqualTo(portrait);
    }

    private static void assertNoBlackAtStart(Path file) {
        for (double t : new double[] {0.0, 0.1, 0.3}) {
            assertThat(MediaMeasure.meanLuma(file, t)).as("picture at %.1f s", t).isGreaterThan(30);
        }
    }

    private static void assertFlashesMatch(Path file, double offset, List<Double> flashes, double fps) {
        List<Double> seen = OutputAssert.flashOnsets(file);
        assertThat(seen).hasSameSizeAs(flashes);
        for (int i = 0; i < flashes.size(); i++) {
            assertThat(seen.get(i)).isCloseTo(flashes.get(i) - offset, within(0.5 / fps + 0.001));
        }
    }

    private static OutputOutcome.Made only(SessionResult report) {
        assertThat(report.diagnostics()).as("diagnostics").noneMatch(d -> d.severity() == Severity.ERROR);
        assertThat(report.made()).hasSize(1);
        return report.made().get(0);
    }
}
