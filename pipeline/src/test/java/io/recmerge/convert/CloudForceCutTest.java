package io.recmerge.convert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.recmerge.diag.Code;
import io.recmerge.diag.Diagnostic;
import io.recmerge.report.OutputOutcome;
import io.recmerge.report.SessionResult;
import io.recmerge.testkit.CloudFolder;
import io.recmerge.testkit.CloudFolder.Slice;
import io.recmerge.testkit.CloudUser;
import io.recmerge.testkit.CloudUser.FaultKind;
import io.recmerge.testkit.CloudUser.Track;
import io.recmerge.testkit.FfmpegTool;
import io.recmerge.testkit.MediaMeasure;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * H.264 slices the recorder force-cut (5.5 min / 50 MB) start without a key frame: one follows
 * its predecessor inside a run and decodes from its bytes; the other opens a run after a missing
 * slice, so its frames before the next key frame cannot be decoded and are left out and reported.
 */
class CloudForceCutTest {

    /** Force-cut at 2.9 s inside a run; at 5.2 s right after a missing slice. */
    static final CloudFolder.Spec FORCE_CUT = CloudFolder.builder("force-cut")
            .user(CloudUser.av("8008", 0, 8).withEvents(1.5, 3.6, 6.8).forceCutAt(2.9).forceCutAt(5.2)
                    .withFaultAt(Track.VIDEO, FaultKind.MISSING, 5.1))
            .spec();

    @TempDir
    static Path tmp;
    private static CloudFolder cloud;
    private static SessionResult result;
    private static OutputOutcome.Made made;
    private static Path file;

    @BeforeAll
    static void convert() throws Exception {
        cloud = CloudFolder.of(FORCE_CUT);
        result = Harness.convert(cloud.dir(), tmp.resolve("out"));
        made = result.made().get(0);
        file = tmp.resolve("out").resolve(made.plan().fileName());
    }

    private static Slice forceCut(double at) {
        return cloud.slices("8008", Track.VIDEO).stream().filter(s -> !s.keyFrame() && Math.abs(s.start() - at) < 0.07)
                .findFirst().orElseThrow(() -> new AssertionError("no force-cut slice at " + at));
    }

    @Test
    void aForceCutSliceInsideARunDecodesFromItsPredecessor() {
        Slice cut = forceCut(2.9);
        assertThat(cloud.lost("8008", Track.VIDEO)).noneMatch(l -> Math.abs(l.end() - cut.start()) < 0.001);
        OutputAssert.assertPlayableMp4(file, 15);
        double at = cut.start() + 0.1 - made.plan().sessionOffset();
        assertThat(MediaMeasure.meanLuma(file, at)).as("the picture just after the cut").isGreaterThan(50);
        assertThat(result.diagnostics()).noneMatch(d -> d.code() == Code.CLOUD_VIDEO_NO_KEYFRAME
                && d.file().orElse("").equals(cut.file()));
    }

    @Test
    void aForceCutSliceAfterAMissingOneLosesItsFramesUntilTheNextKeyFrame() {
        Slice cut = forceCut(5.2);
        double lost = secondsToKeyFrame(cut);
        assertThat(lost).as("the generated slice starts mid-GOP").isGreaterThan(0.1);
        List<Diagnostic> found = result.diagnostics().stream().filter(x -> x.code() == Code.CLOUD_VIDEO_NO_KEYFRAME)
                .toList();
        assertThat(found).as("%s", result.diagnostics()).hasSize(1);
        Diagnostic d = found.get(0);
        assertThat(d.file()).hasValue(cut.file());
        assertThat(d.message()).contains(String.format(Locale.ROOT, "the %.3f s until the next key frame (%.3f-%.3f s",
                lost, cut.start(), cut.start() + lost));
        assertThat(made).as("a slice is missing: partial").isInstanceOf(OutputOutcome.Partial.class);
        double inHead = cut.start() + lost / 2 - made.plan().sessionOffset();
        assertThat(MediaMeasure.meanLuma(file, inHead)).as("black where nothing could be decoded").isLessThan(30);
        assertThat(MediaMeasure.meanLuma(file, cut.start() + lost + 0.1 - made.plan().sessionOffset()))
                .as("the picture from the key frame on").isGreaterThan(50);
        OutputAssert.assertPlayableMp4(file, 15);
        assertThat(cloud.flashes("8008")).as("a flash after the lost stretch").anyMatch(f -> f > cut.start() + lost);
        assertInSyncWhereBothAre(cloud.beeps("8008"), cloud.flashes("8008"), made.plan().sessionOffset());
    }

    /** Every beep and every flash at its session time; each flash within one frame of its beep (not every beep has one). */
    private static void assertInSyncWhereBothAre(List<Double> beeps, List<Double> flashes, double offset) {
        List<Double> heard = MediaMeasure.beepOnsets(file);
        List<Double> seen = OutputAssert.flashOnsets(file);
        assertThat(heard).hasSameSizeAs(beeps);
        assertThat(seen).hasSameSizeAs(flashes);
        for (int i = 0; i < beeps.size(); i++) {
            assertThat(heard.get(i)).isCloseTo(beeps.get(i) - offset, within(OutputAssert.BEEP_TOLERANCE));
        }
        for (int i = 0; i < flashes.size(); i++) {
            double flash = seen.get(i);
            assertThat(flash).isCloseTo(flashes.get(i) - offset, within(0.5 / 15 + 0.001));
            assertThat(heard).as("a beep within one frame of the flash at %.3f", flash)
                    .anyMatch(b -> Math.abs(b - flash) <= 1 / OutputAssert.SOURCE_FPS + 0.001);
        }
    }

    /**
     * From the slice's first frame to the next key frame, measured by ffprobe on the slices: in the
     * slice itself, else the start of the next slice that starts with one.
     */
    private static double secondsToKeyFrame(Slice cut) {
        List<String[]> packets = FfmpegTool.ffprobe(List.of("-select_streams", "v", "-show_entries",
                "packet=pts_time,flags", "-of", "csv=p=0", cloud.dir().resolve(cut.file()).toString())).stdoutText()
                .lines().map(l -> l.strip().split(",")).filter(f -> f.length >= 2).toList();
        double first = Double.parseDouble(packets.get(0)[0]);
        return packets.stream().filter(f -> f[1].startsWith("K")).mapToDouble(f -> Double.parseDouble(f[0]) - first)
                .findFirst().orElseGet(() -> cloud.slices("8008", Track.VIDEO).stream()
                        .filter(s -> s.keyFrame() && s.start() > cut.start()).findFirst().orElseThrow().start()
                        - cut.start());
    }
}
