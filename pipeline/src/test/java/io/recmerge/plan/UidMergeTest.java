package io.recmerge.plan;

import static io.recmerge.plan.Fixtures.aac;
import static io.recmerge.plan.Fixtures.h264;
import static org.assertj.core.api.Assertions.assertThat;

import io.recmerge.diag.Code;
import io.recmerge.diag.Diagnostic;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** uid modes: the user sessions of one uid on one clock, placed by the wall-clock stamps in their names. */
class UidMergeTest {

    private static UserTimeline session(String uid, String stamp, List<MediaPiece> audio, List<MediaPiece> video,
                                        Diagnostic... diagnostics) {
        return new UserTimeline(uid, stamp, "uid_" + uid + "_" + stamp, audio, video, List.of(diagnostics));
    }

    @Test
    void aStampIsWallClockSecondsWithAnOptionalFraction() {
        double base = LocalDateTime.of(2026, 11, 23, 10, 15, 0).toEpochSecond(ZoneOffset.UTC);

        assertThat(UidMerge.seconds("20261123101500")).hasValue(base);
        assertThat(UidMerge.seconds("20261123101500250")).hasValue(base + 0.25);
        assertThat(UidMerge.seconds("20261123101501")).hasValue(base + 1);
    }

    @Test
    void aStampThatIsNotADateIsUnknown() {
        assertThat(UidMerge.seconds("2026112310150")).isEmpty();
        assertThat(UidMerge.seconds("2026112310150x")).isEmpty();
        assertThat(UidMerge.seconds("20261323101500")).as("month 13").isEmpty();
        assertThat(UidMerge.seconds("202611231015001234567")).as("longer than 20 digits").isEmpty();
        assertThat(UidMerge.seconds("")).isEmpty();
        assertThat(UidMerge.seconds("-2026112310150")).isEmpty();
    }

    @Test
    void laterSessionsMoveByTheirDistanceFromTheFirstStamp() {
        UserTimeline first = session("1001", "20261123101500", List.of(aac("a1.aac", 0, 10)),
                List.of(h264("v1.mp4", 1.2, 8.8, new RotationSpan(1.2, 10, 90))));
        UserTimeline second = session("1001", "20261123101530", List.of(aac("a2.aac", 0.5, 5)), List.of());

        UserTimeline merged = UidMerge.merge(List.of(second, first));

        assertThat(merged.uid()).isEqualTo("1001");
        assertThat(merged.stamp()).isEqualTo("20261123101500");
        assertThat(merged.baseName()).isEqualTo("uid_1001_20261123101500");
        assertThat(merged.audio()).extracting(MediaPiece::name).containsExactly("a1.aac", "a2.aac");
        assertThat(merged.audio()).extracting(MediaPiece::start).containsExactly(0.0, 30.5);
        assertThat(merged.audio().get(1).duration()).isEqualTo(5.0);
        assertThat(merged.video().get(0).start()).isEqualTo(1.2);
        assertThat(merged.video().get(0).rotations()).containsExactly(new RotationSpan(1.2, 10, 90));
        assertThat(merged.diagnostics()).isEmpty();
    }

    @Test
    void shiftingAPieceMovesItsRotationSpansAndAudibleStartToo() {
        MediaPiece v = h264("v.mp4", 1, 4, new RotationSpan(1, 2, 0), new RotationSpan(2, 5, 270)).shifted(10);
        MediaPiece a = aac("a.aac", 0, 5).withAudibleFrom(0.5).shifted(10);

        assertThat(v.start()).isEqualTo(11.0);
        assertThat(v.rotations()).containsExactly(new RotationSpan(11, 12, 0), new RotationSpan(12, 15, 270));
        assertThat(a.audibleFrom()).hasValue(10.5);
        assertThat(aac("b.aac", 0, 5).shifted(3).audibleFrom()).isEmpty();
    }

    @Test
    void aSessionWithAnUnreadableStampIsPlacedAfterThePreviousOneAndReported() {
        UserTimeline first = session("7", "20261123101500", List.of(aac("a1.aac", 2, 8)), List.of());
        UserTimeline odd = session("7", "20261123xxxxxx", List.of(aac("a2.aac", 1, 3)), List.of());

        UserTimeline merged = UidMerge.merge(List.of(first, odd));

        assertThat(merged.audio()).extracting(MediaPiece::start).containsExactly(2.0, 11.0);
        assertThat(merged.diagnostics()).hasSize(1);
        Diagnostic d = merged.diagnostics().get(0);
        assertThat(d.code()).isEqualTo(Code.METADATA_BAD_VALUE);
        assertThat(d.uid()).contains("7");
        assertThat(d.message()).isEqualTo("uid_7_20261123xxxxxx: the stamp '20261123xxxxxx' is not yyyyMMddHHmmss; "
                + "this session was placed right after the previous one");
    }

    @Test
    void onlyUnreadableStampsAreReported() {
        UserTimeline odd = session("7", "1", List.of(aac("a1.aac", 0, 3)), List.of());
        UserTimeline fine = session("7", "20261123101500", List.of(aac("a2.aac", 0, 3)), List.of());

        UserTimeline merged = UidMerge.merge(List.of(odd, fine));

        assertThat(merged.diagnostics()).extracting(Diagnostic::message).allSatisfy(m -> assertThat(m)
                .doesNotContain("'20261123101500'"));
    }

    @Test
    void theSessionsOwnDiagnosticsAreKept() {
        Diagnostic d = Diagnostic.of(Code.CLOSE_MISSING, "no close").uid("7").build();
        UserTimeline merged = UidMerge.merge(List.of(session("7", "20261123101500", List.of(aac("a.aac", 0, 1)),
                List.of(), d)));

        assertThat(merged.diagnostics()).containsExactly(d);
    }

    @Test
    void sessionsAreGroupedByUidInOrderOfFirstAppearance() {
        List<UserTimeline> merged = UidMerge.byUid(List.of(
                session("2002", "20261123101500", List.of(aac("b1.aac", 0, 1)), List.of()),
                session("1001", "20261123101500", List.of(aac("a1.aac", 0, 1)), List.of()),
                session("2002", "20261123101600", List.of(aac("b2.aac", 0, 1)), List.of())));

        assertThat(merged).extracting(UserTimeline::uid).containsExactly("2002", "1001");
        assertThat(merged.get(0).audio()).extracting(MediaPiece::start).containsExactly(0.0, 60.0);
        assertThat(merged.get(1).audio()).hasSize(1);
    }
}
