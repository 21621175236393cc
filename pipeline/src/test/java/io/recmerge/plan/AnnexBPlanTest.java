package io.recmerge.plan;

import static io.recmerge.plan.Fixtures.BASE;
import static io.recmerge.plan.Fixtures.abs;
import static io.recmerge.plan.Fixtures.aac;
import static io.recmerge.plan.Fixtures.h264;
import static io.recmerge.plan.Fixtures.plan;
import static io.recmerge.plan.Fixtures.temp;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** An Annex B H.264 MP4 (the SDK 2.x recorder's) is copied through an MPEG-TS rewrap; the plan stays a copy. */
class AnnexBPlanTest {

    private static final String AAC = BASE + ".aac";
    private static final String MP4 = BASE + "_1.mp4";

    private static MediaPiece annexB(MediaPiece v) {
        return new MediaPiece(v.name(), v.file(), v.kind(), v.start(), v.duration(), v.codec(), v.container(),
                v.sourceStartTime(), v.width(), v.height(), v.pixelFormat(), v.frameRate(), v.sampleRate(),
                v.channels(), v.primingSamples(), v.rotations(), OptionalDouble.empty(), true, java.util.OptionalLong.empty(),
                v.codecProfile());
    }

    @Test
    void theVideoIsRewrappedIntoAHiddenPartialTsThatTheCopyReadsInstead() {
        PlannedOutput out = plan(List.of(aac(AAC, 0.5, 10)), List.of(annexB(h264(MP4, 0.5, 10))));

        RenderPlan.StreamCopy copy = (RenderPlan.StreamCopy) out.plan();
        String ts = temp(BASE.substring(4) + "_av.mp4").replaceFirst("\\.partial$", ".annexb.ts.partial");
        assertThat(copy.preparations()).hasSize(1);
        assertThat(copy.preparations().get(0).output()).isEqualTo(Path.of(ts));
        assertThat(copy.preparations().get(0).command().args()).containsSubsequence("-i", abs(MP4), "-map", "0:v:0",
                "-c:v", "copy", "-copyinkf", "-fflags", "-autobsf", "-f", "mpegts", "-n", ts);
        assertThat(copy.command().args()).containsSubsequence("-i", abs(AAC), "-i", ts, "-map", "0:a:0", "-map",
                "1:v:0", "-c:v", "copy").doesNotContain(abs(MP4));
        assertThat(copy.strategy()).isEqualTo("copy");
    }

    @Test
    void aNormalMp4NeedsNoPreparation() {
        PlannedOutput out = plan(List.of(aac(AAC, 0.5, 10)), List.of(h264(MP4, 0.5, 10)));

        assertThat(((RenderPlan.StreamCopy) out.plan()).preparations()).isEmpty();
    }
}
