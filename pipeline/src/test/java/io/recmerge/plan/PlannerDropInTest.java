package io.recmerge.plan;

import static io.recmerge.plan.Fixtures.aac;
import static io.recmerge.plan.Fixtures.h264;
import static io.recmerge.plan.Fixtures.plan;
import static io.recmerge.plan.Fixtures.request;
import static io.recmerge.plan.Fixtures.timeline;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The SDK converter script's options as the planner sees them: window, uid filter, freeze, names, companions. */
class PlannerDropInTest {

    private static PlanRequest select(PlanRequest r, Set<String> uids, Interval window) {
        return new PlanRequest(r.profile(), r.audioOnlyProfile(), r.outputDir(), r.fps(), r.size(), r.mode(),
                r.leadingBlank(), r.gaps(), new PlanRequest.Selection(uids, Optional.ofNullable(window)), r.extras());
    }

    @Test
    void aTimeWindowCutsTheOutputToItAndTranscodes() {
        PlannedOutput out = plan(List.of(aac("a.aac", 0, 10)), List.of(h264("v.mp4", 0, 10)),
                select(request(), Set.of(), new Interval(2, 5)));

        assertThat(out.sessionOffset()).isEqualTo(2.0);
        assertThat(out.duration()).isCloseTo(3.0, within(1e-9));
        assertThat(out.plan()).isInstanceOf(RenderPlan.FilterRender.class);
        assertThat(out.plan().command().args()).contains("-t", Seconds.of(3.0));
    }

    @Test
    void aWindowBeyondTheMediaEndsWithTheMediaAndPiecesOutsideItAreLeftOut() {
        PlannedOutput out = plan(List.of(aac("a.aac", 0, 10)), List.of(h264("v1.mp4", 0, 3), h264("v2.mp4", 6, 4)),
                select(request(), Set.of(), new Interval(5, 100)));

        assertThat(out.sessionOffset()).isEqualTo(5.0);
        assertThat(out.duration()).isCloseTo(5.0, within(1e-9));
        assertThat(out.sources()).containsExactly("a.aac", "v2.mp4");
    }

    @Test
    void aWindowWithoutMediaPlansNothing() {
        assertThat(Planner.plan(timeline(List.of(aac("a.aac", 0, 10)), List.of()),
                select(request(), Set.of(), new Interval(20, 30)))).isEmpty();
    }

    @Test
    void onlyTheAskedUidsArePlanned() {
        var t = timeline(List.of(aac("a.aac", 0, 10)), List.of());
        assertThat(Planner.plan(t, select(request(), Set.of("2002"), null))).isEmpty();
        assertThat(Planner.plan(t, select(request(), Set.of("1001", "2002"), null))).isPresent();
    }

    @Test
    void freezeGapsKeepEachLayersLastFrameAndBlackGapsDoNot() {
        List<MediaPiece> video = List.of(h264("v2.mp4", 6, 4), h264("v1.mp4", 0, 3));
        String frozen = ((RenderPlan.FilterRender) plan(List.of(aac("a.aac", 0, 10)), video,
                request(Gaps.FREEZE)).plan()).graph().render();
        String black = ((RenderPlan.FilterRender) plan(List.of(aac("a.aac", 0, 10)), video,
                request(Gaps.KEEP)).plan()).graph().render();

        assertThat(frozen).contains("overlay=eof_action=repeat:repeatlast=1").doesNotContain("eof_action=pass");
        assertThat(black).contains("overlay=eof_action=pass:repeatlast=0").doesNotContain("eof_action=repeat");
        // Stacked in time order: the later piece (v2, input 1) is laid over the earlier (v1, input 2).
        assertThat(frozen.indexOf("[1:v]")).isGreaterThan(frozen.indexOf("[2:v]"));
    }

    @Test
    void freezeKeepsTheSessionTimeline() {
        PlannedOutput out = plan(List.of(aac("a.aac", 0, 10)), List.of(h264("v1.mp4", 0, 3), h264("v2.mp4", 6, 4)),
                request(Gaps.FREEZE));
        assertThat(out.duration()).isCloseTo(10.0, within(1e-9));
        assertThat(out.droppedGaps()).isEmpty();
    }

    @Test
    void snapshotsAreOnePerIntervalStartingInsideTheOutput() {
        PlanRequest r = request().withExtras(new PlanRequest.Extras(Optional.of(0.5), true, Optional.empty()));
        PlannedOutput out = plan(List.of(aac("a.aac", 0, 2)), List.of(h264("v.mp4", 0, 2)), r);

        // frames up to 2 s - 1/15 s: snapshots at 0, 0.5, 1.0, 1.5
        assertThat(out.companions().snapshots()).hasSize(4).first().isEqualTo("1001_20261123101500_av_001.jpg");
        assertThat(out.companions().audio()).contains("1001_20261123101500_av.m4a");
        assertThat(out.companions().snapshotCommand(out.finalFile()).orElseThrow().args())
                .contains("-frames:v", "4", "-f", "image2");
        assertThat(Companions.count(1.9333, 0.5)).isEqualTo(4);
        assertThat(Companions.count(2.0, 0.5)).isEqualTo(5);
    }

    @Test
    void aGivenNameReplacesTheReferenceName() {
        PlanRequest r = request().withExtras(new PlanRequest.Extras(Optional.empty(), false, Optional.of("talk_1")));
        PlannedOutput out = plan(List.of(aac("a.aac", 0, 2)), List.of(h264("v.mp4", 0, 2)), r);
        assertThat(out.fileName()).isEqualTo("talk_1.mp4");
        assertThat(out.tempFile().getFileName().toString()).isEqualTo(".talk_1.mp4.partial");
    }

    @Test
    void snapshotIntervalsBelowTheScriptsMinimumAreRefused() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new PlanRequest.Extras(Optional.of(0.05), false,
                Optional.empty())).hasMessageContaining("below 0.1 s");
    }
}
