package io.recmerge.plan;

import static io.recmerge.plan.Fixtures.MP4_FORMAT;
import static io.recmerge.plan.Fixtures.video;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class FrameRatesTest {

    private static MediaPiece at(OptionalDouble fps) {
        return video("v.mp4", "h264", MP4_FORMAT, 0, 10, 640, 480, "yuv420p", fps, List.of(new RotationSpan(0, 10, 0)));
    }

    @Test
    void aRequestedRateWins() {
        assertThat(FrameRates.choose(List.of(at(OptionalDouble.of(30))), OptionalDouble.of(24))).isEqualTo(24.0);
    }

    @Test
    void theSourcesCommonRateIsKept() {
        assertThat(FrameRates.choose(List.of(at(OptionalDouble.of(30)), at(OptionalDouble.of(30.005))),
                OptionalDouble.empty())).isEqualTo(30.0);
    }

    @Test
    void differentSourceRatesFallBackTo15() {
        assertThat(FrameRates.choose(List.of(at(OptionalDouble.of(30)), at(OptionalDouble.of(24))),
                OptionalDouble.empty())).isEqualTo(15.0);
    }

    @Test
    void anUnknownSourceRateFallsBackTo15() {
        assertThat(FrameRates.choose(List.of(at(OptionalDouble.empty())), OptionalDouble.empty())).isEqualTo(15.0);
        assertThat(FrameRates.choose(List.of(at(OptionalDouble.of(30)), at(OptionalDouble.empty())),
                OptionalDouble.empty())).isEqualTo(15.0);
        assertThat(FrameRates.choose(List.of(), OptionalDouble.empty())).isEqualTo(15.0);
    }

    @Test
    void aSourceRateOutside5To120FallsBackTo15() {
        assertThat(FrameRates.choose(List.of(at(OptionalDouble.of(1000))), OptionalDouble.empty())).isEqualTo(15.0);
        assertThat(FrameRates.choose(List.of(at(OptionalDouble.of(2))), OptionalDouble.empty())).isEqualTo(15.0);
        assertThat(FrameRates.choose(List.of(at(OptionalDouble.of(120))), OptionalDouble.empty())).isEqualTo(120.0);
        assertThat(FrameRates.choose(List.of(at(OptionalDouble.of(5))), OptionalDouble.empty())).isEqualTo(5.0);
    }

    @Test
    void ntscRatesAreKeptAsTheyAre() {
        assertThat(FrameRates.choose(List.of(at(OptionalDouble.of(30000.0 / 1001))), OptionalDouble.empty()))
                .isEqualTo(30000.0 / 1001);
    }

    @Test
    void aVariableRateWithMillisecondTimestampsGetsTheNearestStandardRate() {
        assertThat(FrameRates.choose(List.of(at(OptionalDouble.of(91 / 6.0))), OptionalDouble.empty())).isEqualTo(15.0);
        assertThat(FrameRates.choose(List.of(at(OptionalDouble.of(15.163))), OptionalDouble.empty())).isEqualTo(15.0);
        assertThat(FrameRates.choose(List.of(at(OptionalDouble.of(24.4))), OptionalDouble.empty())).isEqualTo(24.0);
    }

    @Test
    void ntscRatesStayAndRatesFarFromAnyStandardAreRounded() {
        assertThat(FrameRates.standard(30000 / 1001.0)).isEqualTo(30000 / 1001.0);
        assertThat(FrameRates.standard(17.4)).isEqualTo(17.0);
        assertThat(FrameRates.standard(36.6)).isEqualTo(37.0);
    }
}
