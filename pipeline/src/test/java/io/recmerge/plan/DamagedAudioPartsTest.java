package io.recmerge.plan;

import static io.recmerge.plan.Fixtures.aac;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.recmerge.container.AdtsScan;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A damaged ADTS file becomes parts placed by frame count, the lost frames left as silence. */
class DamagedAudioPartsTest {

    private static final double FRAME = 1024.0 / 48000;

    @Test
    void eachIntactRunIsPlacedAtItsFrameCountingTheLostFrames() {
        MediaPiece whole = aac("a.aac", 2.0, 99 * FRAME);
        // 40 frames, a stretch of 900 bytes (10 frames of 90 bytes), 60 frames.
        AdtsScan scan = new AdtsScan(100, 48000, List.of(new AdtsScan.Gap(3600, 4500, 40, 90, 90)));

        List<MediaPiece> parts = DamagedAudio.parts(whole, scan);

        assertThat(parts).hasSize(2);
        assertThat(parts.get(0).start()).isEqualTo(2.0);
        assertThat(parts.get(0).duration()).isCloseTo(39 * FRAME, within(1e-9));
        assertThat(parts.get(0).inputOptions()).isEmpty();
        assertThat(parts.get(1).start()).isCloseTo(2.0 + 50 * FRAME, within(1e-9));
        assertThat(parts.get(1).duration()).isCloseTo(59 * FRAME, within(1e-9));
        assertThat(parts.get(1).inputOptions()).containsExactly("-skip_initial_bytes", "4500");
    }

    @Test
    void theMixTrimsEachPartAndReadsTheLaterOnesFromTheirByte() {
        MediaPiece whole = aac(Fixtures.BASE + ".aac", 0, 99 * FRAME);
        List<MediaPiece> parts = DamagedAudio.parts(whole, new AdtsScan(100, 48000,
                List.of(new AdtsScan.Gap(3600, 4500, 40, 90, 90))));

        PlannedOutput out = Fixtures.plan(parts, List.of());

        assertThat(out.sources()).containsExactly(Fixtures.BASE + ".aac");
        assertThat(out.plan().command().args()).containsSubsequence("-skip_initial_bytes", "4500", "-i");
        String graph = out.plan().command().args().get(out.plan().command().args().indexOf("-filter_complex") + 1);
        assertThat(graph).contains("atrim=end=").contains("adelay=delays=" + 50 * 1024 + "S");
    }

    @Test
    void anIntactScanLeavesThePieceWhole() {
        MediaPiece whole = aac("a.aac", 1.0, 5);

        assertThat(DamagedAudio.parts(whole, new AdtsScan(100, 48000, List.of()))).containsExactly(whole);
    }
}
