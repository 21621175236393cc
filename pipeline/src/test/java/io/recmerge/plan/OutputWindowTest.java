package io.recmerge.plan;

import static io.recmerge.plan.Fixtures.aac;
import static io.recmerge.plan.Fixtures.h264;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class OutputWindowTest {

    @Test
    void theWindowCoversFromTheFirstStartToTheLastEnd() {
        OutputWindow w = OutputWindow.covering(List.of(aac("a.aac", 0.5, 9), h264("v.mp4", 1.2, 10)));

        assertThat(w.start()).isEqualTo(0.5);
        assertThat(w.end()).isEqualTo(11.2);
        assertThat(w.duration()).isCloseTo(10.7, within(1e-12));
        assertThat(w.relative(1.2)).isCloseTo(0.7, within(1e-12));
        assertThat(w.dropped()).isEmpty();
    }

    @Test
    void startingLaterShortensTheWindowAndMovesItsZero() {
        OutputWindow w = new OutputWindow(0, 10, List.of()).startingAt(1.2);

        assertThat(w.duration()).isCloseTo(8.8, within(1e-12));
        assertThat(w.relative(1.2)).isZero();
        assertThat(w.relative(0)).isEqualTo(-1.2);
    }

    @Test
    void droppingGapsCutsTimeWhenNoPieceHasMediaAndMovesLaterPiecesEarlier() {
        List<MediaPiece> pieces = List.of(aac("a.aac", 0, 4), h264("v.mp4", 0, 4), aac("b.aac", 6, 4));
        OutputWindow w = OutputWindow.covering(pieces).droppingGaps(pieces);

        assertThat(w.dropped()).containsExactly(new Interval(4, 6));
        assertThat(w.duration()).isEqualTo(8.0);
        assertThat(w.relative(3)).isEqualTo(3.0);
        assertThat(w.relative(5)).as("inside the gap: at its start").isEqualTo(4.0);
        assertThat(w.relative(6)).isEqualTo(4.0);
        assertThat(w.relative(9)).isEqualTo(7.0);
    }

    @Test
    void overlappingPiecesLeaveNoGap() {
        List<MediaPiece> pieces = List.of(aac("a.aac", 0, 5), h264("v.mp4", 1, 2), aac("b.aac", 7, 2));
        OutputWindow w = OutputWindow.covering(pieces).droppingGaps(pieces);

        assertThat(w.dropped()).containsExactly(new Interval(5, 7));
    }

    @Test
    void absencesShorterThanHalfASecondAreKept() {
        List<MediaPiece> pieces = List.of(aac("a.aac", 0, 4), aac("b.aac", 4.49, 4));
        assertThat(OutputWindow.covering(pieces).droppingGaps(pieces).dropped()).isEmpty();

        List<MediaPiece> half = List.of(aac("a.aac", 0, 4), aac("b.aac", 4.5, 4));
        assertThat(OutputWindow.covering(half).droppingGaps(half).dropped()).containsExactly(new Interval(4, 4.5));
    }

    @Test
    void theStretchBeforeALateWindowStartIsNotAGap() {
        List<MediaPiece> pieces = List.of(aac("a.aac", 0, 10), h264("v.mp4", 1.2, 8.8));
        OutputWindow w = OutputWindow.covering(pieces).startingAt(1.2).droppingGaps(pieces);

        assertThat(w.dropped()).isEmpty();
        assertThat(w.duration()).isCloseTo(8.8, within(1e-12));
    }

    @Test
    void aWindowMustEndAfterItStartsAndIntervalsCannotRunBackwards() {
        assertThatThrownBy(() -> new OutputWindow(5, 5, List.of())).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("output window end 5.0 is not after start 5.0");
        assertThatThrownBy(() -> new Interval(2, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("interval end 1.0 is before start 2.0");
        assertThat(new Interval(1, 1).length()).isZero();
        assertThat(new Interval(1, 3.5).length()).isEqualTo(2.5);
    }
}
