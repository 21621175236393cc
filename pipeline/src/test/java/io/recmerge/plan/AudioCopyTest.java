package io.recmerge.plan;

import static io.recmerge.plan.Fixtures.BASE;
import static io.recmerge.plan.Fixtures.aac;
import static io.recmerge.plan.Fixtures.codecProfile;
import static io.recmerge.plan.Fixtures.h264;
import static io.recmerge.plan.Fixtures.m4a;
import static io.recmerge.plan.Fixtures.mp4;
import static io.recmerge.plan.Fixtures.plan;
import static io.recmerge.plan.Fixtures.request;
import static io.recmerge.plan.Fixtures.vp8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.recmerge.profile.Profile;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** When the AAC track is copied, where a cut lead-in starts, and the options that place the copy. */
class AudioCopyTest {

    private static final String AAC = BASE + ".aac";
    private static final String MP4 = BASE + "_1.mp4";
    private static final String WEBM = BASE + "_1.webm";
    private static final double FRAME = 1024 / 48000.0;
    private static final double FRAME_44 = 1024 / 44100.0;

    private static MediaPiece aac44(double start, double duration) {
        return Fixtures.piece(AAC, TrackKind.AUDIO, start, duration, "aac", "aac", 0, 0, 0, "", OptionalDouble.empty(),
                44100, 1, 1024, List.of());
    }

    private static MediaPiece inMpegTs(MediaPiece a) {
        return Fixtures.piece(a.name(), a.kind(), a.start(), a.duration(), a.codec(), "mpegts", 1.4, 0, 0, "",
                OptionalDouble.empty(), a.sampleRate(), a.channels(), a.primingSamples(), List.of());
    }

    private static MediaPiece damagedPart(MediaPiece a) {
        return new MediaPiece(a.name(), a.file(), a.kind(), a.start(), a.duration(), a.codec(), a.container(),
                a.sourceStartTime(), 0, 0, "", OptionalDouble.empty(), a.sampleRate(), a.channels(),
                a.primingSamples(), List.of(), OptionalDouble.empty(), false, OptionalLong.of(0), a.codecProfile());
    }

    private static Profile withStreamCopy(Profile p, boolean streamCopy) {
        return new Profile(p.name(), p.description(), p.container(), p.extension(), streamCopy, p.audioOnlyProfile(),
                p.video(), p.audio(), p.muxerOptions());
    }

    private static OutputDraft draft(Profile profile, OutputWindow window, List<MediaPiece> audio) {
        return new OutputDraft(OutputKind.AV, profile, window, audio, List.of(h264(MP4, window.start(), 1)),
                Optional.of(15.0), Optional.of(new Canvas(640, 480)), Fixtures.OUT.resolve(".x.partial"),
                Optional.empty(), false);
    }

    private static OutputWindow window(double start, double end) {
        return new OutputWindow(start, end, List.of());
    }

    @Nested
    class WhatMayBeCopied {

        @Test
        void aacLcIntoAnAacProfileThatAllowsCopiesIsCopyable() {
            assertThat(AudioCopy.copyable(aac(AAC, 0, 10), mp4())).isTrue();
            assertThat(AudioCopy.copyable(aac(AAC, 0, 10), m4a())).isTrue();
            assertThat(AudioCopy.copyable(aac(AAC, 0, 10), Fixtures.profile("ts-h264-aac"))).isTrue();
        }

        @Test
        void anotherAacProfileOrAnUnknownOneIsReencoded() {
            assertThat(AudioCopy.copyable(codecProfile(aac(AAC, 0, 10), "HE-AAC"), mp4())).isFalse();
            assertThat(AudioCopy.copyable(codecProfile(aac(AAC, 0, 10), "HE-AACv2"), mp4())).isFalse();
            assertThat(AudioCopy.copyable(codecProfile(aac(AAC, 0, 10), ""), mp4())).isFalse();
        }

        @Test
        void anotherCodecAProfileWithoutAacOrWithoutCopiesAndADamagedPartAreReencoded() {
            assertThat(AudioCopy.copyable(Fixtures.audio(BASE + ".ogg", 0, 10, "opus", "ogg", 1, 0), mp4())).isFalse();
            assertThat(AudioCopy.copyable(aac(AAC, 0, 10), Fixtures.webm())).isFalse();
            assertThat(AudioCopy.copyable(aac(AAC, 0, 10), withStreamCopy(mp4(), false))).isFalse();
            assertThat(AudioCopy.copyable(damagedPart(aac(AAC, 0, 10)), mp4())).isFalse();
        }

        @Test
        void aSampleRateOtherThanTheProfilesIsKeptAsInEveryCopy() {
            assertThat(AudioCopy.copyable(aac44(0, 10), mp4())).isTrue();
            assertThat(mp4().audio().orElseThrow().sampleRate()).isEqualTo(48000);
        }
    }

    @Nested
    class WhenTheTrackFits {

        @Test
        void oneUncutPieceReachingTheEndWithinAFrameFits() {
            assertThat(AudioCopy.fits(draft(mp4(), window(0, 10), List.of(aac(AAC, 0, 10))))).isTrue();
            assertThat(AudioCopy.fits(draft(mp4(), window(0, 10), List.of(aac(AAC, 0, 9.94))))).isTrue();
            assertThat(AudioCopy.fits(draft(mp4(), window(0, 10), List.of(aac(AAC, 0.7, 9.3))))).as("late start")
                    .isTrue();
        }

        @Test
        void audioEndingMoreThanAFrameEarlyNeedsPaddingAndTwoPiecesNeedMixing() {
            assertThat(AudioCopy.fits(draft(mp4(), window(0, 10), List.of(aac(AAC, 0, 9.9))))).isFalse();
            assertThat(AudioCopy.fits(draft(mp4(), window(0, 10),
                    List.of(aac(AAC, 0, 4), aac(BASE + "_2.aac", 4, 6))))).isFalse();
        }

        @Test
        void aCutFitsOnlyOnAFrameBoundaryOfAnAdtsFileIntoAnOutputWithEditLists() {
            double boundary = 56 * FRAME;
            List<MediaPiece> audio = List.of(aac(AAC, 0, 10));
            assertThat(AudioCopy.fits(draft(mp4(), window(boundary, 10), audio))).isTrue();
            assertThat(AudioCopy.fits(draft(mp4(), window(boundary + 0.001, 10), audio))).isFalse();
            assertThat(AudioCopy.fits(draft(mp4(), window(1.2, 10), audio))).isFalse();
            assertThat(AudioCopy.fits(draft(mp4(), window(boundary, 10), List.of(inMpegTs(aac(AAC, 0, 10))))))
                    .as("MPEG-TS audio").isFalse();
            assertThat(AudioCopy.fits(draft(Fixtures.profile("ts-h264-aac"), window(boundary, 10), audio)))
                    .as("into MPEG-TS").isFalse();
        }

        @Test
        void anUncutPieceInMpegTsOrIntoMpegTsIsCopiedAsBefore() {
            assertThat(AudioCopy.fits(draft(mp4(), window(0, 10), List.of(inMpegTs(aac(AAC, 0, 10)))))).isTrue();
            assertThat(AudioCopy.fits(draft(Fixtures.profile("ts-h264-aac"), window(0, 10),
                    List.of(aac(AAC, 0, 10))))).isTrue();
        }

        @Test
        void aDroppedGapInsideThePieceIsNotCopied() {
            OutputWindow holed = new OutputWindow(0, 10, List.of(new Interval(4, 6)));
            assertThat(AudioCopy.fits(draft(mp4(), holed, List.of(aac(AAC, 0, 10))))).isFalse();
        }
    }

    @Nested
    class WhereACutStarts {

        private final List<MediaPiece> audio = List.of(aac(AAC, 0, 10));

        @Test
        void aCutStartsOnTheNearestFrameBoundaryBeforeOrAfterTheWantedTime() {
            // the decoded file's frame k starts at k * 1024 samples; content 0 is decoded sample 1024
            assertThat(AudioCopy.frameStart(1.2, audio, List.of(), mp4())).isCloseTo(56 * FRAME, within(1e-12));
            assertThat(AudioCopy.frameStart(0.81, audio, List.of(), mp4())).isCloseTo(38 * FRAME, within(1e-12));
            assertThat(AudioCopy.frameStart(38.4 * FRAME, audio, List.of(), mp4())).isCloseTo(38 * FRAME, within(1e-12));
            assertThat(AudioCopy.frameStart(38.6 * FRAME, audio, List.of(), mp4())).isCloseTo(39 * FRAME, within(1e-12));
        }

        @Test
        void aCutNeverStartsAfterTheFirstVideoFrame() {
            // the nearest boundary to 0.81 s (38 frames, 0.8107 s) lies after a first frame at 0.81 s
            assertThat(AudioCopy.frameStart(0.81, audio, List.of(h264(MP4, 0.81, 9)), mp4()))
                    .isCloseTo(37 * FRAME, within(1e-12));
            assertThat(AudioCopy.frameStart(0.81, audio, List.of(h264(MP4, 38 * FRAME, 9)), mp4()))
                    .as("on the boundary itself").isCloseTo(38 * FRAME, within(1e-12));
            assertThat(AudioCopy.frameStart(1.2, audio, List.of(h264(MP4, 1.2, 8.8)), mp4()))
                    .as("nearest is before it").isCloseTo(56 * FRAME, within(1e-12));
            assertThat(AudioCopy.frameStart(0.01, audio, List.of(h264(MP4, 0.01, 9)), mp4()))
                    .as("never before the audio").isZero();
        }

        @Test
        void theSnapIsNeverMoreThanHalfAFrame() {
            for (double wanted = 0.011; wanted < 3; wanted += 0.0037) {
                double start = AudioCopy.frameStart(wanted, audio, List.of(), mp4());
                assertThat(Math.abs(start - wanted)).as("wanted %.4f", wanted).isLessThanOrEqualTo(FRAME / 2 + 1e-12);
                assertThat(start / FRAME).as("whole frames").isCloseTo(Math.rint(start / FRAME), within(1e-9));
            }
        }

        @Test
        void framesAreCountedAtTheFilesOwnSampleRateFromItsOwnStart() {
            MediaPiece late44 = aac44(0.5, 10);
            double start = AudioCopy.frameStart(1.7, List.of(late44), List.of(), mp4());
            // 1.2 s into 44.1 kHz content is 51.68 frames: 52
            assertThat(start).isCloseTo(0.5 + 52 * FRAME_44, within(1e-12));
        }

        @Test
        void aStartBeforeOrAtTheAudioOrAHalfFrameInIsNotMovedOrMovesToTheAudioStart() {
            assertThat(AudioCopy.frameStart(0.0, audio, List.of(), mp4())).isZero();
            assertThat(AudioCopy.frameStart(-1.0, audio, List.of(), mp4())).isEqualTo(-1.0);
            assertThat(AudioCopy.frameStart(0.004, audio, List.of(), mp4())).as("rounds down to the first sample").isZero();
        }

        @Test
        void audioThatWouldBeReencodedAnywayIsCutExactlyWhereWanted() {
            assertThat(AudioCopy.frameStart(1.2, List.of(codecProfile(aac(AAC, 0, 10), "HE-AAC")), List.of(), mp4()))
                    .isEqualTo(1.2);
            assertThat(AudioCopy.frameStart(1.2, List.of(aac(AAC, 0, 4), aac(BASE + "_2.aac", 5, 5)), List.of(), mp4()))
                    .isEqualTo(1.2);
            assertThat(AudioCopy.frameStart(1.2, List.of(inMpegTs(aac(AAC, 0, 10))), List.of(), mp4())).isEqualTo(1.2);
            assertThat(AudioCopy.frameStart(1.2, audio, List.of(), Fixtures.profile("ts-h264-aac"))).isEqualTo(1.2);
            assertThat(AudioCopy.frameStart(1.2, audio, List.of(), withStreamCopy(mp4(), false))).isEqualTo(1.2);
        }
    }

    @Nested
    class WhatTheCopyIsToldToDo {

        @Test
        void anUncutPieceIsOffsetOnePrimingEarly() {
            assertThat(AudioCopy.inputOptions(aac(AAC, 0.5, 10), window(0.5, 10.5)))
                    .containsExactly("-itsoffset", "-0.021333");
            assertThat(AudioCopy.inputOptions(aac(AAC, 1.0, 9), window(0, 10)))
                    .containsExactly("-itsoffset", "0.978667");
            assertThat(AudioCopy.inputOptions(aac44(0, 10), window(0, 10))).containsExactly("-itsoffset", "-0.023220");
        }

        @Test
        void aCutPieceIsSeekedIntoThePreRollFrameAndShiftedBackByHalfAFrame() {
            // boundary at 57 decoded frames (1.216 s), seek half a frame before it
            assertThat(AudioCopy.inputOptions(aac(AAC, 0, 10), window(56 * FRAME, 10)))
                    .containsExactly("-ss", "1.205333", "-itsoffset", "-0.010667");
            assertThat(AudioCopy.inputOptions(aac44(0.5, 10), window(0.5 + 52 * FRAME_44, 10.5)))
                    .containsExactly("-ss", "1.219048", "-itsoffset", "-0.011610");
        }

        @Test
        void theMovieTimescaleBecomesTheSampleRateOnlyForALateTrackInAnMp4() {
            OutputDraft d = draft(mp4(), window(0, 10), List.of(aac44(1, 9)));
            assertThat(AudioCopy.movieTimescale(d, true)).containsExactly("-movie_timescale", "44100");
            assertThat(AudioCopy.movieTimescale(d, false)).isEmpty();
            assertThat(AudioCopy.movieTimescale(draft(Fixtures.profile("ts-h264-aac"), window(0, 10),
                    List.of(aac(AAC, 1, 9))), true)).isEmpty();
        }

        @Test
        void aPieceStartsLateWhenItsPrimingLiesAfterTheOutputStart() {
            assertThat(AudioCopy.startsLate(aac(AAC, 0.0, 10), window(0, 10))).isFalse();
            assertThat(AudioCopy.startsLate(aac(AAC, 0.02, 10), window(0, 10.02))).as("priming before 0").isFalse();
            assertThat(AudioCopy.startsLate(aac(AAC, 0.03, 10), window(0, 10.03))).isTrue();
        }
    }

    /** The planner's use of it: placement, the video's remainder and the tracks it says were re-encoded. */
    @Nested
    class InThePlan {

        @Test
        void theVideoCopyStillStartsWithTheOutputAt60FpsWhenTheCutMovesTheStart() {
            MediaPiece v60 = Fixtures.video(MP4, "h264", Fixtures.MP4_FORMAT, 1.2, 8.8, 640, 480, "yuv420p",
                    OptionalDouble.of(60), List.of(new RotationSpan(1.2, 10, 0)));
            PlannedOutput out = plan(List.of(aac(AAC, 0, 10)), List.of(v60), request(LeadingBlank.TRIM));

            assertThat(out.plan()).isInstanceOf(RenderPlan.StreamCopy.class);
            assertThat(out.plan().reencoded(out.kind())).isEmpty();
            assertThat(out.plan().command().args()).containsSubsequence("-itsoffset", "0.005333")
                    .containsSubsequence("-bsf:v", StreamCopyPlanner.FREEZE_FIRST_PACKET);
        }

        /** The remainder before the first frame shows that frame frozen: no empty edit, no black. */
        @Test
        void aCutStartBeforeTheFirstFrameFreezesItForTheRemainder() {
            PlannedOutput out = plan(List.of(aac(AAC, 0, 10)), List.of(h264(MP4, 0.81, 9.19)), request(LeadingBlank.TRIM));

            assertThat(out.sessionOffset()).isCloseTo(37 * FRAME, within(1e-12));
            assertThat(out.firstFrameFrozenFor().orElseThrow()).isCloseTo(0.81 - 37 * FRAME, within(1e-12));
            assertThat(out.plan().command().args()).containsSubsequence("-itsoffset", "0.020667")
                    .contains("-bsf:v").doesNotContain("-movie_timescale");
            assertThat(out.plan().reencoded(out.kind())).isEmpty();
        }

        @Test
        void aCutOnTheFirstFrameFreezesNothing() {
            PlannedOutput out = plan(List.of(aac(AAC, 0, 10)), List.of(h264(MP4, 38 * FRAME, 9)), request(LeadingBlank.TRIM));

            assertThat(out.sessionOffset()).isCloseTo(38 * FRAME, within(1e-12));
            assertThat(out.firstFrameFrozenFor()).isEmpty();
            assertThat(out.plan().command().args()).doesNotContain("-bsf:v");
        }

        @Test
        void aLeadInAlreadyFrozenKeepsItsFreezeToTheFirstFrame() {
            PlannedOutput out = plan(List.of(aac(AAC, 0, 10).withAudibleFrom(1.0)), List.of(h264(MP4, 1.2, 8.8)),
                    request(LeadingBlank.AUTO));

            assertThat(out.firstFrameFrozenFor().orElseThrow()).isCloseTo(1.2 - out.sessionOffset(), within(1e-12));
        }

        @Test
        void aTimeWindowStartsExactlyWhereAskedAndItsCutAudioIsReencoded() {
            PlanRequest windowed = new PlanRequest(mp4(), m4a(), Fixtures.OUT, OptionalDouble.empty(), Optional.empty(),
                    Mode.SESSION, LeadingBlank.TRIM, Gaps.KEEP,
                    new PlanRequest.Selection(Set.of(), Optional.of(new Interval(2.0, 9.0))), PlanRequest.Extras.NONE);
            PlannedOutput out = plan(List.of(aac(AAC, 0, 10)), List.of(vp8(WEBM, 1.2, 8.8)), windowed);

            assertThat(out.sessionOffset()).isEqualTo(2.0);
            assertThat(out.plan().reencoded(out.kind())).containsExactly("video", "audio");
        }

        @Test
        void aProfileWithoutCopiesReencodesBothTracksAndDoesNotMoveTheStart() {
            PlannedOutput out = plan(List.of(aac(AAC, 0, 10)), List.of(h264(MP4, 1.2, 8.8)),
                    request(withStreamCopy(mp4(), false), m4a(), OptionalDouble.empty(), Optional.empty(), Mode.SESSION,
                            LeadingBlank.TRIM, Gaps.KEEP));

            assertThat(out.sessionOffset()).isEqualTo(1.2);
            assertThat(out.plan().reencoded(out.kind())).containsExactly("video", "audio");
            assertThat(out.plan().copiesPackets()).isFalse();
        }

        @Test
        void theReencodedTracksFollowWhatEachPlanEncodes() {
            PlannedOutput transcodedVideo = plan(List.of(aac(AAC, 0, 10)), List.of(vp8(WEBM, 0, 10)));
            PlannedOutput copied = plan(List.of(aac(AAC, 0, 10)), List.of(h264(MP4, 0, 10)));
            PlannedOutput mixed = plan(List.of(aac(AAC, 0, 4), aac(BASE + "_2.aac", 5, 5)), List.of(h264(MP4, 0, 10)));
            PlannedOutput audioOnly = plan(List.of(aac(AAC, 0, 4), aac(BASE + "_2.aac", 5, 5)), List.of());
            PlannedOutput videoOnly = plan(List.of(), List.of(vp8(WEBM, 0, 10)));

            assertThat(transcodedVideo.plan().reencoded(transcodedVideo.kind())).containsExactly("video");
            assertThat(transcodedVideo.plan().copiesPackets()).isTrue();
            assertThat(copied.plan().reencoded(copied.kind())).isEmpty();
            assertThat(mixed.plan().reencoded(mixed.kind())).containsExactly("audio");
            assertThat(audioOnly.plan().reencoded(audioOnly.kind())).containsExactly("audio");
            assertThat(videoOnly.plan().reencoded(videoOnly.kind())).containsExactly("video");
            assertThat(videoOnly.plan().copiesPackets()).isFalse();
        }
    }
}
