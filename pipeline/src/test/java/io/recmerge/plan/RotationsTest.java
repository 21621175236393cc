package io.recmerge.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.recmerge.metadata.MetadataEvent.Rotate;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class RotationsTest {

    private static final String V = "v.mp4";

    @Test
    void anInfoRotationOverridesRotateEventsWrittenBeforeTheFirstFrame() {
        assertThat(Rotations.spans(1, 10, OptionalInt.of(0), List.of(new Rotate(0.5, V, 180))))
                .containsExactly(new RotationSpan(1, 10, 0));
    }

    @Test
    void withoutRotateEventsTheInitialRotationCoversTheWholePiece() {
        assertThat(Rotations.spans(1.2, 10, OptionalInt.of(270), List.of())).containsExactly(new RotationSpan(1.2, 10, 270));
    }

    @Test
    void eachRotateEventInsideThePieceStartsANewSpan() {
        assertThat(Rotations.spans(0, 10, OptionalInt.of(0), List.of(new Rotate(4, V, 90), new Rotate(7, V, 0))))
                .containsExactly(new RotationSpan(0, 4, 0), new RotationSpan(4, 7, 90), new RotationSpan(7, 10, 0));
    }

    @Test
    void aRotateToTheCurrentAngleDoesNotSplit() {
        assertThat(Rotations.spans(0, 10, OptionalInt.of(90), List.of(new Rotate(3, V, 90), new Rotate(6, V, 90))))
                .containsExactly(new RotationSpan(0, 10, 90));
    }

    @Test
    void rotateEventsAtOrBeforeTheFirstFrameSetTheStartingAngle() {
        assertThat(Rotations.spans(2, 10, OptionalInt.of(0), List.of(new Rotate(1, V, 90), new Rotate(2, V, 180))))
                .containsExactly(new RotationSpan(2, 10, 180));
    }

    @Test
    void rotateEventsAtOrAfterTheEndAreIgnored() {
        assertThat(Rotations.spans(0, 10, OptionalInt.of(0), List.of(new Rotate(10, V, 90), new Rotate(99, V, 180))))
                .containsExactly(new RotationSpan(0, 10, 0));
    }

    @Test
    void twoRotateEventsAtTheSameTimeLeaveNoEmptySpan() {
        assertThat(Rotations.spans(0, 10, OptionalInt.of(0), List.of(new Rotate(5, V, 90), new Rotate(5, V, 180))))
                .containsExactly(new RotationSpan(0, 5, 0), new RotationSpan(5, 10, 180));
    }

    @Test
    void aRotationSpanRefusesAnglesThatAreNotQuarterTurnsAndEmptyStretches() {
        assertThatThrownBy(() -> new RotationSpan(0, 1, 45)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("rotation 45 is not 0, 90, 180 or 270");
        assertThatThrownBy(() -> new RotationSpan(2, 2, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("rotation span end 2.0 is not after start 2.0");
        assertThat(new RotationSpan(1, 4, 90).duration()).isEqualTo(3.0);
        assertThat(new RotationSpan(1, 4, 90).swapsAxes()).isTrue();
        assertThat(new RotationSpan(1, 4, 270).swapsAxes()).isTrue();
        assertThat(new RotationSpan(1, 4, 180).swapsAxes()).isFalse();
        assertThat(new RotationSpan(1, 4, 0).swapsAxes()).isFalse();
    }

    @Test
    void turnsAreTransposesAndFlipsNeverAnArbitraryRotate() {
        assertThat(Turns.filters(0)).isEmpty();
        assertThat(Turns.filters(90)).extracting(f -> f.render()).containsExactly("transpose=dir=clock");
        assertThat(Turns.filters(180)).extracting(f -> f.render()).containsExactly("hflip", "vflip");
        assertThat(Turns.filters(270)).extracting(f -> f.render()).containsExactly("transpose=dir=cclock");
        assertThatThrownBy(() -> Turns.filters(45)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("rotation 45 is not a quarter turn");
    }
}
