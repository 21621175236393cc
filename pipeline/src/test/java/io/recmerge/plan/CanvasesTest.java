package io.recmerge.plan;

import static io.recmerge.plan.Fixtures.h264;
import static io.recmerge.plan.Fixtures.sized;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CanvasesTest {

    @Test
    void aRequestedSizeWins() {
        assertThat(Canvases.choose(List.of(h264("v.mp4", 0, 10)), Optional.of(new Canvas(320, 240))))
                .isEqualTo(new Canvas(320, 240));
    }

    @Test
    void anUprightLandscapeVideoKeepsItsSize() {
        assertThat(Canvases.choose(List.of(h264("v.mp4", 0, 10)), Optional.empty())).isEqualTo(new Canvas(640, 480));
    }

    @Test
    void aVideoTurnedNinetyDegreesForMostOfItsTimeGetsAPortraitCanvas() {
        MediaPiece v = h264("v.mp4", 0, 10, new RotationSpan(0, 3, 0), new RotationSpan(3, 10, 90));
        assertThat(Canvases.choose(List.of(v), Optional.empty())).isEqualTo(new Canvas(480, 640));
    }

    @Test
    void aQuarterTurnInTheMinorityKeepsTheLandscapeCanvas() {
        MediaPiece v = h264("v.mp4", 0, 10, new RotationSpan(0, 7, 0), new RotationSpan(7, 10, 270));
        assertThat(Canvases.choose(List.of(v), Optional.empty())).isEqualTo(new Canvas(640, 480));
    }

    @Test
    void equalPortraitAndLandscapeTimeChoosesLandscape() {
        MediaPiece v = h264("v.mp4", 0, 10, new RotationSpan(0, 5, 90), new RotationSpan(5, 10, 0));
        assertThat(Canvases.choose(List.of(v), Optional.empty())).isEqualTo(new Canvas(640, 480));
    }

    @Test
    void theLargestPieceOfTheChosenOrientationSetsTheSize() {
        MediaPiece small = h264("a.mp4", 0, 5);
        MediaPiece large = sized(h264("b.mp4", 5, 5), 1280, 720);
        MediaPiece portrait = sized(h264("c.mp4", 10, 1, new RotationSpan(10, 11, 90)), 1920, 1080);
        assertThat(Canvases.choose(List.of(small, large, portrait), Optional.empty())).isEqualTo(new Canvas(1280, 720));
    }

    @Test
    void oddSourceSizesAreRoundedDownToEven() {
        assertThat(Canvases.choose(List.of(sized(h264("v.mp4", 0, 10), 641, 361)), Optional.empty()))
                .isEqualTo(new Canvas(640, 360));
    }

    @Test
    void aCanvasIsEvenAndAtLeastTwoPixels() {
        assertThatThrownBy(() -> new Canvas(641, 480)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("canvas 641x480 is not even and >= 2");
        assertThatThrownBy(() -> new Canvas(0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThat(Canvas.even(1, 3)).isEqualTo(new Canvas(2, 2));
        assertThat(Canvas.even(321, 241)).isEqualTo(new Canvas(320, 240));
        assertThat(new Canvas(480, 640).isPortrait()).isTrue();
        assertThat(new Canvas(640, 640).isPortrait()).isFalse();
        assertThat(new Canvas(640, 480)).hasToString("640x480");
    }
}
