package io.recmerge.plan;

import static io.recmerge.plan.Fixtures.BASE;
import static io.recmerge.plan.Fixtures.MP4_FORMAT;
import static io.recmerge.plan.Fixtures.WEBM_FORMAT;
import static io.recmerge.plan.Fixtures.aac;
import static io.recmerge.plan.Fixtures.h264;
import static io.recmerge.plan.Fixtures.m4a;
import static io.recmerge.plan.Fixtures.mp4;
import static io.recmerge.plan.Fixtures.plan;
import static io.recmerge.plan.Fixtures.request;
import static io.recmerge.plan.Fixtures.sized;
import static io.recmerge.plan.Fixtures.timeline;
import static io.recmerge.plan.Fixtures.video;
import static io.recmerge.plan.Fixtures.vp8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.recmerge.profile.Profile;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class PlannerTest {

    private static final String AAC = BASE + ".aac";
    private static final String MP4 = BASE + "_1.mp4";
    /** One AAC frame of the fixtures' 48 kHz audio. */
    private static final double FRAME = 1024 / 48000.0;

    private static MediaPiece audio10() {
        return aac(AAC, 0, 10);
    }

    private static MediaPiece video10() {
        return h264(MP4, 0, 10);
    }

    private static PlanRequest withFps(double fps) {
        return request(mp4(), m4a(), OptionalDouble.of(fps), Optional.empty(), Mode.SESSION, LeadingBlank.KEEP,
                Gaps.KEEP);
    }

    private static PlanRequest withSize(int w, int h) {
        return request(mp4(), m4a(), OptionalDouble.empty(), Optional.of(new Canvas(w, h)), Mode.SESSION,
                LeadingBlank.KEEP, Gaps.KEEP);
    }

    private static Profile mp4WithStreamCopy(boolean streamCopy) {
        Profile p = mp4();
        return new Profile(p.name(), p.description(), p.container(), p.extension(), streamCopy, p.audioOnlyProfile(),
                p.video(), p.audio(), p.muxerOptions());
    }

    /** H.264 + AAC in Matroska: not MP4-family, so no display matrix. */
    private static Profile matroska() {
        Profile p = mp4();
        return new Profile("mkv-h264-aac", "", "matroska", "mkv", true, Optional.empty(), p.video(), p.audio(),
                List.of());
    }

    private static Profile videoOnlyProfile() {
        Profile p = mp4();
        return new Profile("video-only", "", "mp4", "mp4", true, Optional.empty(), p.video(), Optional.empty(),
                p.muxerOptions());
    }

    /**
     * "transcode" (every track encoded), "transcode+copy" (video encoded, audio copied), "copy"
     * (every track copied) or "copy+audio" (video copied, audio re-encoded).
     */
    private static String how(PlannedOutput out) {
        if (out.plan() instanceof RenderPlan.StreamCopy copy) {
            return copy.audioReencoded() ? "copy+audio" : "copy";
        }
        return ((RenderPlan.FilterRender) out.plan()).audioCopied() ? "transcode+copy" : "transcode";
    }

    private static String how(List<MediaPiece> audio, List<MediaPiece> video, PlanRequest request) {
        return how(plan(audio, video, request));
    }

    private static String how(List<MediaPiece> audio, List<MediaPiece> video) {
        return how(audio, video, request());
    }

    @Nested
    class WhatTheOutputCarries {

        @Test
        void audioAndVideoMakeAnAvOutputNamedLikeTheReferenceConverter() {
            PlannedOutput out = plan(List.of(audio10()), List.of(video10()));

            assertThat(out.kind()).isEqualTo(OutputKind.AV);
            assertThat(out.fileName()).isEqualTo(BASE.substring(4) + "_av.mp4");
            assertThat(out.finalFile()).isEqualTo(Fixtures.OUT.resolve(BASE.substring(4) + "_av.mp4"));
            assertThat(out.tempFile()).isEqualTo(Fixtures.OUT.resolve("." + BASE.substring(4) + "_av.mp4.partial"));
            assertThat(out.profile().name()).isEqualTo("mp4-h264-aac");
            assertThat(out.uid()).isEqualTo("1001");
            assertThat(out.sources()).containsExactly(AAC, MP4);
            assertThat(out.droppedGaps()).isEmpty();
            assertThat(out.firstFrameFrozenFor()).isEmpty();
        }

        @Test
        void videoWithoutAudioMakesAVideoOutput() {
            PlannedOutput out = plan(List.of(), List.of(video10()));

            assertThat(out.kind()).isEqualTo(OutputKind.VIDEO);
            assertThat(out.fileName()).isEqualTo(BASE.substring(4) + "_av.mp4");
            assertThat(out.plan().command().args()).contains("-map", "0:v:0").doesNotContain("0:a:0");
        }

        @Test
        void audioWithoutVideoUsesTheAudioOnlyProfile() {
            PlannedOutput out = plan(List.of(audio10()), List.of());

            assertThat(out.kind()).isEqualTo(OutputKind.AUDIO);
            assertThat(out.profile().name()).isEqualTo("m4a-aac");
            assertThat(out.fileName()).isEqualTo(BASE.substring(4) + ".m4a");
        }

        @Test
        void anEmptyTimelinePlansNothing() {
            assertThat(Planner.plan(timeline(List.of(), List.of()), request())).isEmpty();
        }

        @Test
        void anAudioOnlyProfileMakesAnAudioOutputOfAnAvSession() {
            PlannedOutput out = plan(List.of(audio10()), List.of(video10()), request(m4a(), m4a()));

            assertThat(out.kind()).isEqualTo(OutputKind.AUDIO);
            assertThat(out.sources()).containsExactly(AAC);
            assertThat(out.fileName()).isEqualTo(BASE.substring(4) + ".m4a");
        }

        @Test
        void anAudioOnlyProfileAndAVideoOnlySessionPlanNothing() {
            assertThat(Planner.plan(timeline(List.of(), List.of(video10())), request(m4a(), m4a()))).isEmpty();
        }

        @Test
        void aVideoOnlyProfileDropsTheAudioOfAnAvSession() {
            PlannedOutput out = plan(List.of(audio10()), List.of(video10()),
                    request(videoOnlyProfile(), videoOnlyProfile()));

            assertThat(out.kind()).isEqualTo(OutputKind.VIDEO);
            assertThat(out.sources()).containsExactly(MP4);
        }

        @Test
        void aVideoOnlyProfileAndAnAudioOnlySessionPlanNothing() {
            assertThat(Planner.plan(timeline(List.of(audio10()), List.of()),
                    request(videoOnlyProfile(), videoOnlyProfile()))).isEmpty();
        }

        @Test
        void uidAudioModeKeepsOnlyTheAudioUnderTheMergeName() {
            PlannedOutput out = plan(List.of(audio10()), List.of(video10()), request(Mode.UID_AUDIO));

            assertThat(out.kind()).isEqualTo(OutputKind.AUDIO);
            assertThat(out.fileName()).isEqualTo("1001_0_merge.m4a");
            assertThat(out.sources()).containsExactly(AAC);
        }

        @Test
        void uidVideoModeKeepsOnlyTheVideoUnderTheMergeName() {
            PlannedOutput out = plan(List.of(audio10()), List.of(video10()), request(Mode.UID_VIDEO));

            assertThat(out.kind()).isEqualTo(OutputKind.VIDEO);
            assertThat(out.fileName()).isEqualTo("1001_0_merge.mp4");
            assertThat(out.sources()).containsExactly(MP4);
        }

        @Test
        void uidModeNamesTheAvOutputAfterTheUid() {
            assertThat(plan(List.of(audio10()), List.of(video10()), request(Mode.UID)).fileName())
                    .isEqualTo("1001_0_merge_av.mp4");
            assertThat(Planner.plan(timeline(List.of(audio10()), List.of()), request(Mode.UID_VIDEO))).isEmpty();
            assertThat(Planner.plan(timeline(List.of(), List.of(video10())), request(Mode.UID_AUDIO))).isEmpty();
        }

        @Test
        void theWindowRunsFromTheFirstStartToTheLastEndAndItsStartIsTheSessionOffset() {
            PlannedOutput out = plan(List.of(aac(AAC, 2.0, 6)), List.of(h264(MP4, 3.0, 8)));

            assertThat(out.sessionOffset()).isEqualTo(2.0);
            assertThat(out.duration()).isEqualTo(9.0);
        }

        @Test
        void fpsAndCanvasComeFromTheVideo() {
            MediaPiece v = video(MP4, "h264", MP4_FORMAT, 0, 10, 1280, 720, "yuv420p", OptionalDouble.of(30),
                    List.of(new RotationSpan(0, 10, 0)));
            PlannedOutput out = plan(List.of(audio10()), List.of(v));

            assertThat(out.fps()).contains(30.0);
            assertThat(out.canvas()).contains(new Canvas(1280, 720));
        }
    }

    @Nested
    class LeadInAndGaps {

        private final List<MediaPiece> audio = List.of(aac(AAC, 0, 10));
        private final List<MediaPiece> lateVideo = List.of(h264(MP4, 1.2, 8.8));

        @Test
        void keepStartsAtTheAudioWithBlackUntilTheVideoWhichACopyCannotShow() {
            PlannedOutput out = plan(audio, lateVideo, request(LeadingBlank.KEEP));

            assertThat(out.sessionOffset()).isEqualTo(0.0);
            assertThat(out.duration()).isEqualTo(10.0);
            assertThat(out.firstFrameFrozenFor()).isEmpty();
            assertThat(how(out)).isEqualTo("transcode+copy");
        }

        @Test
        void underKeepAVideoStartingWithinOneFrameOfTheAudioIsStillCopied() {
            assertThat(how(audio, List.of(h264(MP4, 0.06, 9.94)), request(LeadingBlank.KEEP))).isEqualTo("copy");
            assertThat(how(audio, List.of(h264(MP4, 0.07, 9.93)), request(LeadingBlank.KEEP)))
                    .isEqualTo("transcode+copy");
        }

        @Test
        void autoWithAudioOfUnknownAudibilityKeepsTheAudioAndFreezesTheFirstFrame() {
            PlannedOutput out = plan(audio, lateVideo, request(LeadingBlank.AUTO));

            assertThat(out.sessionOffset()).isEqualTo(0.0);
            assertThat(out.firstFrameFrozenFor()).contains(1.2);
            assertThat(how(out)).isEqualTo("copy");
            assertThat(out.plan().command().args()).contains("-bsf:v");
        }

        /** 0.75 s (0.25 s before the sound) lies 36.16 frames into the decoded file: the cut is at 36. */
        @Test
        void autoCutsTheSilentStartAtTheNearestAacFrameAndCopiesBothTracks() {
            PlannedOutput out = plan(List.of(aac(AAC, 0, 10).withAudibleFrom(1.0)), lateVideo,
                    request(LeadingBlank.AUTO));

            assertThat(out.sessionOffset()).isCloseTo(35 * FRAME, within(1e-9));
            assertThat(out.duration()).isCloseTo(10 - 35 * FRAME, within(1e-9));
            assertThat(out.firstFrameFrozenFor().orElseThrow()).as("output seconds")
                    .isCloseTo(1.2 - 35 * FRAME, within(1e-9));
            assertThat(how(out)).isEqualTo("copy");
            assertThat(out.plan().command().args()).containsSubsequence("-ss", "0.757333", "-itsoffset", "-0.010667");
        }

        /** Audio that cannot be copied (here HE-AAC) is cut exactly where the lead-in ends and re-encoded. */
        @Test
        void autoCutsAudioThatCannotBeCopiedExactlyAndReencodesIt() {
            MediaPiece he = Fixtures.codecProfile(aac(AAC, 0, 10), "HE-AAC").withAudibleFrom(1.0);
            PlannedOutput out = plan(List.of(he), lateVideo, request(LeadingBlank.AUTO));

            assertThat(out.sessionOffset()).isCloseTo(0.75, within(1e-9));
            assertThat(how(out)).isEqualTo("copy+audio");
            // 0.75 s cut from the audio plus its priming
            assertThat(out.plan().command().args()).anySatisfy(a -> assertThat(a).contains("atrim=start=0.771333"));
        }

        @Test
        void trimStartsAtTheAacFrameNearestTheFirstFrameAndCutsTheAudioBeforeIt() {
            PlannedOutput out = plan(audio, lateVideo, request(LeadingBlank.TRIM));

            assertThat(out.sessionOffset()).as("1.2 s is 56.25 frames").isCloseTo(56 * FRAME, within(1e-9));
            assertThat(out.duration()).isCloseTo(10 - 56 * FRAME, within(1e-9));
            assertThat(out.firstFrameFrozenFor().orElseThrow()).as("the remainder").isCloseTo(1.2 - 56 * FRAME,
                    within(1e-9));
            assertThat(how(out)).isEqualTo("copy");
        }

        @Test
        void freezeKeepsTheAudioAndFreezesTheFirstFrame() {
            PlannedOutput out = plan(audio, lateVideo, request(LeadingBlank.FREEZE));

            assertThat(out.sessionOffset()).isEqualTo(0.0);
            assertThat(out.firstFrameFrozenFor()).contains(1.2);
        }

        @Test
        void droppedGapsShortenTheOutputAndMoveLaterAudioEarlier() {
            List<MediaPiece> twoAudio = List.of(aac(AAC, 0, 4), aac(BASE + "_2.aac", 6, 4));
            PlannedOutput kept = plan(twoAudio, List.of(), request(Gaps.KEEP));
            PlannedOutput dropped = plan(twoAudio, List.of(), request(Gaps.DROP));

            assertThat(kept.duration()).isEqualTo(10.0);
            assertThat(kept.droppedGaps()).isEmpty();
            assertThat(kept.plan().command().args()).anySatisfy(a -> assertThat(a).contains("adelay=delays=288000S"));
            assertThat(dropped.duration()).isEqualTo(8.0);
            assertThat(dropped.droppedGaps()).containsExactly(new Interval(4, 6));
            assertThat(dropped.plan().command().args()).anySatisfy(a -> assertThat(a).contains("adelay=delays=192000S"));
        }
    }

    /**
     * Each condition of StreamCopyPlanner (videoFits, audioFits) against a case that copies:
     * "copy" copies both tracks, "copy+audio" copies the video and re-encodes the audio.
     */
    @Nested
    class CopyOrTranscode {

        @Test
        void aacAndUprightEvenH264Mp4ThatEndTogetherAreCopiedWhole() {
            assertThat(how(List.of(audio10()), List.of(video10()))).isEqualTo("copy");
        }

        @Test
        void aProfileThatForbidsStreamCopyTranscodes() {
            assertThat(how(List.of(audio10()), List.of(video10()), request(mp4WithStreamCopy(false), m4a())))
                    .isEqualTo("transcode");
        }

        @Test
        void twoVideoFilesAreTranscoded() {
            assertThat(how(List.of(audio10()), List.of(h264(MP4, 0, 5), h264(BASE + "_2.mp4", 5, 5))))
                    .isEqualTo("transcode+copy");
        }

        @Test
        void vp8VideoIsTranscoded() {
            assertThat(how(List.of(audio10()), List.of(vp8(BASE + "_1.webm", 0, 10)))).isEqualTo("transcode+copy");
        }

        @Test
        void h264InAWebmContainerIsTranscoded() {
            MediaPiece v = video(MP4, "h264", WEBM_FORMAT, 0, 10, 640, 480, "yuv420p", OptionalDouble.of(15),
                    List.of(new RotationSpan(0, 10, 0)));
            assertThat(how(List.of(audio10()), List.of(v))).isEqualTo("transcode+copy");
        }

        @Test
        void anotherPixelFormatIsTranscoded() {
            MediaPiece v = video(MP4, "h264", MP4_FORMAT, 0, 10, 640, 480, "yuv444p", OptionalDouble.of(15),
                    List.of(new RotationSpan(0, 10, 0)));
            assertThat(how(List.of(audio10()), List.of(v))).isEqualTo("transcode+copy");
        }

        @Test
        void anOddFrameSizeIsTranscodedIntoAnEvenCanvas() {
            PlannedOutput out = plan(List.of(audio10()), List.of(sized(video10(), 641, 481)));

            assertThat(how(out)).isEqualTo("transcode+copy");
            assertThat(out.canvas()).contains(new Canvas(640, 480));
        }

        @Test
        void aRequestedSizeOtherThanTheSourceIsTranscodedAndTheSameSizeIsCopied() {
            assertThat(how(List.of(audio10()), List.of(video10()), withSize(320, 240))).isEqualTo("transcode+copy");
            assertThat(how(List.of(audio10()), List.of(video10()), withSize(640, 480))).isEqualTo("copy");
        }

        @Test
        void aRequestedFrameRateOtherThanTheSourceIsTranscodedAndTheSameRateIsCopied() {
            assertThat(how(List.of(audio10()), List.of(video10()), withFps(30))).isEqualTo("transcode+copy");
            assertThat(how(List.of(audio10()), List.of(video10()), withFps(15))).isEqualTo("copy");
        }

        @Test
        void aRequestedFrameRateWithAnUnknownSourceRateIsTranscoded() {
            MediaPiece v = video(MP4, "h264", MP4_FORMAT, 0, 10, 640, 480, "yuv420p", OptionalDouble.empty(),
                    List.of(new RotationSpan(0, 10, 0)));
            assertThat(how(List.of(audio10()), List.of(v), withFps(15))).isEqualTo("transcode+copy");
        }

        @Test
        void aSingleQuarterTurnIsCopiedWithADisplayMatrixIntoAnUprightCanvas() {
            for (int degrees : new int[] {90, 180, 270}) {
                PlannedOutput out = plan(List.of(audio10()), List.of(h264(MP4, 0, 10, new RotationSpan(0, 10, degrees))));

                assertThat(how(out)).as(degrees + "°").isEqualTo("copy");
                assertThat(((RenderPlan.StreamCopy) out.plan()).displayRotation()).as(degrees + "°").hasValue(degrees);
                assertThat(out.plan().command().args()).as(degrees + "°")
                        .containsSubsequence("-display_rotation:v:0", Integer.toString(-degrees));
            }
            assertThat(plan(List.of(audio10()), List.of(h264(MP4, 0, 10, new RotationSpan(0, 10, 90)))).canvas())
                    .contains(new Canvas(480, 640));
        }

        @Test
        void anUprightCopyWritesNoDisplayMatrix() {
            PlannedOutput out = plan(List.of(audio10()), List.of(video10()));

            assertThat(((RenderPlan.StreamCopy) out.plan()).displayRotation()).isEmpty();
            assertThat(out.plan().command().args()).noneSatisfy(a -> assertThat(a).startsWith("-display_rotation"));
        }

        @Test
        void aQuarterTurnIntoAContainerWithoutDisplayMatrixIsTranscoded() {
            PlanRequest mkv = request(matroska(), matroska());
            assertThat(how(List.of(audio10()), List.of(h264(MP4, 0, 10, new RotationSpan(0, 10, 90))), mkv))
                    .isEqualTo("transcode+copy");
            assertThat(how(List.of(audio10()), List.of(video10()), mkv)).isEqualTo("copy");
        }

        @Test
        void aRotationChangeIsTranscoded() {
            MediaPiece v = h264(MP4, 0, 10, new RotationSpan(0, 5, 0), new RotationSpan(5, 10, 180));
            assertThat(how(List.of(audio10()), List.of(v))).isEqualTo("transcode+copy");
        }

        @Test
        void aVideoEndingMoreThanAFrameBeforeTheAudioIsTranscodedBecauseCopiedVideoCannotBePadded() {
            assertThat(how(List.of(aac(AAC, 0, 10.07)), List.of(video10()))).isEqualTo("transcode+copy");
            // one frame at 15 fps is 0.0667 s
            assertThat(how(List.of(aac(AAC, 0, 10.06)), List.of(video10()))).isEqualTo("copy");
        }

        @Test
        void audioEndingMoreThanAFrameBeforeTheVideoIsReencodedToBePadded() {
            assertThat(how(List.of(aac(AAC, 0, 9.5)), List.of(video10()))).isEqualTo("copy+audio");
            assertThat(how(List.of(aac(AAC, 0, 9.94)), List.of(video10()))).isEqualTo("copy");
        }

        @Test
        void twoAudioFilesAreMixedAndReencodedUnderTheCopiedVideo() {
            assertThat(how(List.of(aac(AAC, 0, 4), aac(BASE + "_2.aac", 4, 6)), List.of(video10())))
                    .isEqualTo("copy+audio");
        }

        @Test
        void audioInAnotherCodecIsReencodedUnderTheCopiedVideo() {
            MediaPiece opus = Fixtures.audio(BASE + ".ogg", 0, 10, "opus", "ogg", 1, 0);
            PlannedOutput out = plan(List.of(opus), List.of(video10()));

            assertThat(how(out)).isEqualTo("copy+audio");
            assertThat(out.plan().command().args()).containsSubsequence("-c:v", "copy", "-c:a", "aac");
        }

        @Test
        void theWebmProfileNeverCopiesH264AndAac() {
            assertThat(how(List.of(audio10()), List.of(video10()), request(Fixtures.webm(), Fixtures.webm())))
                    .isEqualTo("transcode");
        }

        @Test
        void aSingleFittingAudioFileIsCopiedAndTwoAreMixed() {
            assertThat(how(List.of(audio10()), List.of())).isEqualTo("copy");
            assertThat(how(List.of(aac(AAC, 0, 4), aac(BASE + "_2.aac", 5, 4)), List.of())).isEqualTo("transcode");
            MediaPiece opus = Fixtures.audio(BASE + ".ogg", 0, 10, "opus", "ogg", 1, 0);
            assertThat(how(List.of(opus), List.of())).isEqualTo("transcode");
        }

        @Test
        void aVideoOnlyH264OutputIsCopiedWithoutOffsetWhenItStartsTheWindow() {
            PlannedOutput out = plan(List.of(), List.of(h264(MP4, 4.0, 6)));

            assertThat(how(out)).isEqualTo("copy");
            assertThat(out.plan().command().args()).doesNotContain("-itsoffset");
            assertThat(out.sessionOffset()).isEqualTo(4.0);
        }

        /** ffmpeg (without -copyts) rebases every input to start at 0 before -itsoffset applies. */
        @Test
        void theCopyOffsetIgnoresTheFilesOwnStartTimeBecauseFfmpegRebasesInputs() {
            MediaPiece shifted = Fixtures.sourceStart(h264(MP4, 1.2, 8.8), 1.4);
            List<String> args = plan(List.of(audio10()), List.of(shifted), request(LeadingBlank.FREEZE)).plan()
                    .command().args();

            assertThat(args).containsSubsequence("-itsoffset", "1.200000", "-protocol_whitelist", "file",
                    "-format_whitelist", "mov,matroska,mpegts,aac", "-i", Fixtures.DIR.resolve(MP4).toAbsolutePath().toString());
        }
    }

    @Test
    void aPlanRequestRefusesFrameRatesOutside5To120() {
        assertThatThrownBy(() -> withFps(4.9)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("fps 4.9 is outside 5.0..120.0");
        assertThatThrownBy(() -> withFps(121)).isInstanceOf(IllegalArgumentException.class);
        assertThat(withFps(5).fps()).hasValue(5.0);
        assertThat(withFps(120).fps()).hasValue(120.0);
    }
}
