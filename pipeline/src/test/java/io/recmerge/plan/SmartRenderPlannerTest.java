package io.recmerge.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.recmerge.container.Mp4KeyFrames;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SmartRenderPlannerTest {

    /** 0 deg from 0.6 s, 90 deg from 20.6 s, 0 again from 40.6 s; 60 s of video from 0.6 s; GOP 2 s. */
    private static final MediaPiece TURNED = Fixtures.h264("v.mp4", 0.6, 60,
            new RotationSpan(0.6, 20.6, 0), new RotationSpan(20.6, 41.6, 90), new RotationSpan(41.6, 60.6, 0));
    private static final Mp4KeyFrames EVERY_TWO_SECONDS = keys(60);

    private static Mp4KeyFrames keys(double length) {
        List<Double> times = new ArrayList<>();
        for (double t = 0; t < length; t += 2) {
            times.add(t);
        }
        return new Mp4KeyFrames(times, length);
    }

    private static OutputDraft draft(MediaPiece video, Optional<Double> freezeUntil) {
        OutputWindow window = OutputWindow.covering(List.of(video));
        return new OutputDraft(OutputKind.AV, Fixtures.mp4(), window, List.of(Fixtures.aac("a.aac", 0.6, 60)),
                List.of(video), Optional.of(15.0), Optional.of(new Canvas(640, 480)),
                Fixtures.OUT.resolve(".out.mp4.partial"), freezeUntil, false);
    }

    @Test
    void uprightStretchesAreCopiedFromKeyFrameToKeyFrameAndTheRestReencoded() {
        List<SmartSegments.Segment> s = SmartSegments.split(TURNED, List.of(true, false, true),
                EVERY_TWO_SECONDS.times(), 60);
        assertThat(s).containsExactly(new SmartSegments.Segment(0, 20, true),
                new SmartSegments.Segment(20, 42, false), new SmartSegments.Segment(42, 60, true));
    }

    @Test
    void aCopyShorterThanTheMinimumIsEncodedWithItsNeighbours() {
        MediaPiece v = Fixtures.h264("v.mp4", 0, 10, new RotationSpan(0, 3.5, 90), new RotationSpan(3.5, 5.5, 0),
                new RotationSpan(5.5, 10, 90));
        List<SmartSegments.Segment> s = SmartSegments.split(v, List.of(false, true, false), keys(10).times(), 10);
        assertThat(s).containsExactly(new SmartSegments.Segment(0, 10, false));
    }

    @Test
    void thePlanEncodesOnlyTheTurnedStretchAndJoinsThePiecesWithTheSourceByPackets() {
        RenderPlan.StreamCopy plan = (RenderPlan.StreamCopy) SmartRenderPlanner.plan(draft(TURNED, Optional.empty()),
                Fixtures.request(), EVERY_TWO_SECONDS).orElseThrow();
        assertThat(plan.preparations()).hasSize(1);
        String prep = String.join(" ", plan.preparations().get(0).command().args());
        assertThat(prep).contains("-ss 19.500000", "transpose=dir=clock", "-bf 0 -x264-params sps-id=1")
                .contains("trim=start=0.466667:end=21.500000", "trim=start=0.500000:end=1.466667", "-ss 40.500000");
        String list = listOf(plan);
        assertThat(list).contains("inpoint 0.000000\noutpoint 20.000000\n", "duration 22.000000\n",
                "inpoint 42.000000\n").doesNotContain("inpoint 42.000000\noutpoint");
        assertThat(plan.command().args()).containsSequence("-c:v", "copy").contains("[aout]");
        assertThat(plan.audioReencoded()).isTrue();
    }

    @Test
    void nothingWorthCopyingLeavesItToTheFilterGraph() {
        MediaPiece allTurned = Fixtures.h264("v.mp4", 0.6, 60, new RotationSpan(0.6, 30.6, 90),
                new RotationSpan(30.6, 60.6, 270));
        assertThat(SmartRenderPlanner.plan(draft(allTurned, Optional.empty()), Fixtures.request(), EVERY_TWO_SECONDS))
                .isEmpty();
    }

    @Test
    void keyFramesOffTheRotationTimesAreRoundedInwardsOnTheFileTimeline() {
        MediaPiece v = Fixtures.sourceStart(TURNED, 1.4);
        List<Double> times = new ArrayList<>();
        for (int k = 0; k < 30; k++) {
            times.add(k * 2 + 1.0 / 3); // key frames at 0.333.., 2.333.., ...
        }
        times.set(0, 0.0);
        RenderPlan.StreamCopy plan = (RenderPlan.StreamCopy) SmartRenderPlanner.plan(draft(v, Optional.empty()),
                Fixtures.request(), new Mp4KeyFrames(times, 60)).orElseThrow();
        assertThat(listOf(plan)).contains("inpoint 1.400000\noutpoint 19.733333\n", "duration 24.000000\n",
                "inpoint 43.733334\n");
    }

    private static String listOf(RenderPlan plan) {
        List<String> args = plan.command().args();
        String url = args.stream().filter(a -> a.startsWith("data:")).findFirst().orElseThrow();
        return new String(Base64.getDecoder().decode(url.substring(url.indexOf(',') + 1)), StandardCharsets.UTF_8);
    }

    @Test
    void intermediatesAreHiddenPartialsBesideTheOutput() {
        assertThat(ReencodedStretch.intermediate(Path.of("/o/.x.mp4.partial"), 2))
                .isEqualTo(Path.of("/o/.x.mp4.part2.mp4.partial"));
    }
}
