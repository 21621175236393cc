package io.recmerge.plan;

import static io.recmerge.plan.Fixtures.BASE;
import static io.recmerge.plan.Fixtures.abs;
import static io.recmerge.plan.Fixtures.aac;
import static io.recmerge.plan.Fixtures.h264;
import static io.recmerge.plan.Fixtures.plan;
import static io.recmerge.plan.Fixtures.request;
import static io.recmerge.plan.Fixtures.temp;
import static io.recmerge.plan.Fixtures.vp8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.recmerge.engine.FfmpegCommand;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Golden tests: the exact argument lists the planner makes. A change here changes what ffmpeg is
 * asked to do; review it against docs/ffmpeg.md (placing media in time, rotation) before updating an expectation.
 */
class PlannerGoldenTest {

    private static final String AAC = BASE + ".aac";
    private static final String MP4 = BASE + "_1.mp4";
    private static final String WEBM = BASE + "_1.webm";

    private static final List<String> HEAD = List.of("-hide_banner", "-loglevel", "level+warning", "-nostats");
    private static final String FIT_640x480 = "scale=w=640:h=480:force_original_aspect_ratio=decrease:force_divisible_by=2,"
            + "pad=w=640:h=480:x=(ow-iw)/2:y=(oh-ih)/2:color=black,setsar=r=1";
    private static final List<String> X264 = List.of("-c:v", "libx264", "-preset", "veryfast", "-crf", "23",
            "-profile:v", "high", "-g", "250", "-pix_fmt", "yuv420p");
    private static final List<String> AAC_ENC = List.of("-c:a", "aac", "-ar", "48000", "-b:a", "128k");

    private static List<String> concat(List<?>... parts) {
        List<String> out = new ArrayList<>();
        for (List<?> p : parts) {
            p.forEach(x -> out.add((String) x));
        }
        return out;
    }

    /**
     * Under --leading-blank keep (the reference converter's black lead-in) a late video cannot be
     * copied: the empty edit a copy would leave is filled by decoders with the first frame, not
     * black. So it is rendered on the black canvas, placed at its info time; the audio, which
     * needs nothing but its priming offset, is copied beside the graph.
     */
    @Test
    void keepLeadInOfAacAtZeroAndH264At1_2IsRenderedWithBlackBeforeTheFirstFrameAndTheAudioCopied() {
        PlannedOutput out = plan(List.of(aac(AAC, 0, 10)), List.of(h264(MP4, 1.2, 8.8)));

        String graph = String.join(";",
                "color=c=black:s=640x480:r=15:d=10.000000[base]",
                "[1:v]setpts=expr=PTS-STARTPTS+1.200000/TB," + FIT_640x480 + "[p0l0]",
                "[base][p0l0]overlay=eof_action=pass:repeatlast=0,format=pix_fmts=yuv420p[vout]");
        assertThat(out.plan()).isInstanceOf(RenderPlan.FilterRender.class);
        assertThat(out.plan().command().args()).containsExactlyElementsOf(concat(HEAD, List.of(
                "-itsoffset", "-0.021333", "-protocol_whitelist", "file", "-format_whitelist", "mov,matroska,mpegts,aac", "-i", abs(AAC),
                "-noautorotate", "-protocol_whitelist", "file", "-format_whitelist", "mov,matroska,mpegts,aac", "-i", abs(MP4),
                "-filter_complex", graph, "-map", "[vout]", "-map", "0:a:0"), X264, List.of("-c:a", "copy",
                "-t", "10.000000", "-movflags", "+faststart", "-f", "mp4", "-progress", "pipe:1",
                "-n", temp(BASE.substring(4) + "_av.mp4"))));
        assertThat(out.plan().reencoded(out.kind())).containsExactly("video");
        assertThat(out.sessionOffset()).isEqualTo(0.0);
        assertThat(out.duration()).isEqualTo(10.0);
        assertThat(out.firstFrameFrozenFor()).isEmpty();
    }

    @Test
    void copyOfAacAndH264ThatStartTogetherNeedsOnlyThePrimingOffset() {
        PlannedOutput out = plan(List.of(aac(AAC, 0.5, 10)), List.of(h264(MP4, 0.5, 10)));

        assertThat(out.plan()).isInstanceOf(RenderPlan.StreamCopy.class);
        assertThat(out.plan().command().args()).containsExactlyElementsOf(concat(HEAD, List.of(
                "-itsoffset", "-0.021333", "-protocol_whitelist", "file", "-format_whitelist", "mov,matroska,mpegts,aac", "-i", abs(AAC),
                "-protocol_whitelist", "file", "-format_whitelist", "mov,matroska,mpegts,aac", "-i", abs(MP4),
                "-map", "0:a:0", "-map", "1:v:0", "-c:v", "copy", "-c:a", "copy", "-movflags", "+faststart",
                "-f", "mp4", "-progress", "pipe:1", "-n", temp(BASE.substring(4) + "_av.mp4"))));
        assertThat(out.sessionOffset()).isEqualTo(0.5);
    }

    /**
     * The brief's copy case: AAC at 0 + H.264 MP4 whose info is at 1.2, under the default
     * --leading-blank auto (audio of unknown audibility counts as audible): both inputs are placed
     * with -itsoffset (the audio 1024/48000 s early for its priming) and the first video packet is
     * moved to 0, so the first frame shows from the start without decoding anything.
     */
    @Test
    void copyOfAacAtZeroAndH264WhoseInfoIsAt1_2PlacesBothWithItsoffsetIncludingTheAacPriming() {
        PlannedOutput out = plan(List.of(aac(AAC, 0, 10)), List.of(h264(MP4, 1.2, 8.8)), request(LeadingBlank.AUTO));

        assertThat(out.plan()).isInstanceOf(RenderPlan.StreamCopy.class);
        assertThat(out.plan().command().tool()).isEqualTo(FfmpegCommand.Tool.FFMPEG);
        assertThat(out.plan().command().args()).containsExactlyElementsOf(concat(HEAD, List.of(
                "-itsoffset", "-0.021333", "-protocol_whitelist", "file", "-format_whitelist", "mov,matroska,mpegts,aac", "-i", abs(AAC),
                "-itsoffset", "1.200000", "-protocol_whitelist", "file", "-format_whitelist", "mov,matroska,mpegts,aac", "-i", abs(MP4),
                "-map", "0:a:0", "-map", "1:v:0", "-c:v", "copy",
                "-bsf:v", "setts=pts='if(eq(N,0),0,PTS)':dts='if(eq(N,0),0,DTS)'",
                "-c:a", "copy", "-movflags", "+faststart",
                "-f", "mp4", "-progress", "pipe:1", "-n", temp(BASE.substring(4) + "_av.mp4"))));
        assertThat(out.firstFrameFrozenFor()).contains(1.2);
        assertThat(out.sessionOffset()).isEqualTo(0.0);
        assertThat(((RenderPlan.StreamCopy) out.plan()).audioReencoded()).isFalse();
    }

    /**
     * --leading-blank trim cuts the audio before the first frame (1.2 s): the output starts at the
     * AAC frame boundary nearest to it, 57 frames into the file (1.216 s of decoded audio, the
     * priming included, is 1.194667 s of content), and the video moves by the remainder (+5.3 ms),
     * its first frame shown from t=0. The audio input is seeked into the frame before the boundary,
     * which stays as the decoder's hidden pre-roll, and shifted back by that half frame so the
     * boundary lands on t=0.
     */
    @Test
    void trimCutsTheAudioAtTheAacFrameNearestTheFirstFrameAndCopiesBothTracks() {
        PlannedOutput out = plan(List.of(aac(AAC, 0, 10)), List.of(h264(MP4, 1.2, 8.8)), request(LeadingBlank.TRIM));

        assertThat(out.plan()).isInstanceOf(RenderPlan.StreamCopy.class);
        assertThat(out.plan().command().args()).containsExactlyElementsOf(concat(HEAD, List.of(
                "-ss", "1.205333", "-itsoffset", "-0.010667",
                "-protocol_whitelist", "file", "-format_whitelist", "mov,matroska,mpegts,aac", "-i", abs(AAC),
                "-itsoffset", "0.005333",
                "-protocol_whitelist", "file", "-format_whitelist", "mov,matroska,mpegts,aac", "-i", abs(MP4),
                "-map", "0:a:0", "-map", "1:v:0", "-c:v", "copy",
                "-bsf:v", "setts=pts='if(eq(N,0),0,PTS)':dts='if(eq(N,0),0,DTS)'",
                "-c:a", "copy", "-movflags", "+faststart", "-f", "mp4", "-progress", "pipe:1",
                "-n", temp(BASE.substring(4) + "_av.mp4"))));
        assertThat(out.sessionOffset()).isCloseTo(56 * 1024 / 48000.0, within(1e-12));
        assertThat(out.plan().reencoded(out.kind())).isEmpty();
    }

    /**
     * The same trim under a re-encoded video is not moved to a frame boundary: the picture is
     * re-gridded onto the output's ticks, which a sub-frame move would take off the source's. The
     * output starts exactly at the first frame and the cut audio is re-encoded.
     */
    @Test
    void trimUnderATranscodedVideoStartsExactlyAtTheFirstFrameAndReencodesTheCutAudio() {
        PlannedOutput out = plan(List.of(aac(AAC, 0, 10)), List.of(vp8(WEBM, 1.2, 8.8)), request(LeadingBlank.TRIM));

        assertThat(((RenderPlan.FilterRender) out.plan()).graph().render())
                .startsWith("color=c=black:s=640x480:r=15:d=8.800000[base];"
                        + "[1:v]setpts=expr=PTS-STARTPTS+0.000000/TB,")
                .contains("[0:a]asetpts=expr=PTS-STARTPTS,atrim=start=1.221333,");
        assertThat(out.sessionOffset()).isEqualTo(1.2);
        assertThat(out.firstFrameFrozenFor()).isEmpty();
        assertThat(out.plan().reencoded(out.kind())).containsExactly("video", "audio");
    }

    @Test
    void aSingleQuarterTurnIsCopiedWithACounterClockwiseDisplayMatrix() {
        MediaPiece video = h264(MP4, 0, 10, new RotationSpan(0, 10, 90));
        PlannedOutput out = plan(List.of(aac(AAC, 0, 10)), List.of(video));

        assertThat(out.plan()).isInstanceOf(RenderPlan.StreamCopy.class);
        assertThat(((RenderPlan.StreamCopy) out.plan()).displayRotation()).hasValue(90);
        assertThat(out.canvas()).contains(new Canvas(480, 640));
        assertThat(out.plan().command().args()).containsExactlyElementsOf(concat(HEAD, List.of(
                "-itsoffset", "-0.021333", "-protocol_whitelist", "file", "-format_whitelist", "mov,matroska,mpegts,aac", "-i", abs(AAC),
                // docs/ffmpeg.md: a recording's rotation=90 (clockwise) is -display_rotation -90
                "-display_rotation:v:0", "-90", "-protocol_whitelist", "file", "-format_whitelist", "mov,matroska,mpegts,aac", "-i", abs(MP4),
                "-map", "0:a:0", "-map", "1:v:0", "-c:v", "copy", "-c:a", "copy", "-movflags", "+faststart",
                "-f", "mp4", "-progress", "pipe:1", "-n", temp(BASE.substring(4) + "_av.mp4"))));
    }

    @Test
    void audioThatMustBeMixedIsReencodedUnderACopiedVideo() {
        String second = BASE + "_2.aac";
        PlannedOutput out = plan(List.of(aac(AAC, 0, 4), aac(second, 6, 4)), List.of(h264(MP4, 0, 10)));

        String graph = String.join(";",
                "[0:a]asetpts=expr=PTS-STARTPTS,atrim=start=0.021333,asetpts=expr=PTS-STARTPTS,"
                        + "aresample=osr=48000,aformat=sample_fmts=fltp:channel_layouts=mono[a0]",
                "[1:a]asetpts=expr=PTS-STARTPTS,atrim=start=0.021333,asetpts=expr=PTS-STARTPTS,"
                        + "aresample=osr=48000,aformat=sample_fmts=fltp:channel_layouts=mono,"
                        + "adelay=delays=288000S:all=1[a1]",
                "[a0][a1]amix=inputs=2:duration=longest:normalize=0,apad=whole_dur=10.000000,"
                        + "atrim=end=10.000000[aout]");
        assertThat(out.plan()).isInstanceOf(RenderPlan.StreamCopy.class);
        assertThat(((RenderPlan.StreamCopy) out.plan()).audioReencoded()).isTrue();
        assertThat(out.plan().command().args()).containsExactlyElementsOf(concat(HEAD, List.of(
                "-protocol_whitelist", "file", "-format_whitelist", "mov,matroska,mpegts,aac", "-i", abs(AAC),
                "-protocol_whitelist", "file", "-format_whitelist", "mov,matroska,mpegts,aac", "-i", abs(second),
                "-protocol_whitelist", "file", "-format_whitelist", "mov,matroska,mpegts,aac", "-i", abs(MP4),
                "-filter_complex", graph, "-map", "[aout]", "-map", "2:v:0", "-c:v", "copy"), AAC_ENC, List.of(
                "-movflags", "+faststart", "-f", "mp4", "-progress", "pipe:1", "-n", temp(BASE.substring(4) + "_av.mp4"))));
    }

    /** The audio ends half a second before the video: padded with silence, so re-encoded. */
    @Test
    void transcodeOfAacAndWebmVp8At0_8PlacesTheVideoLayerByAbsoluteTimeOnABlackCanvas() {
        PlannedOutput out = plan(List.of(aac(AAC, 0, 9.5)), List.of(vp8(WEBM, 0.8, 9.2)));

        String graph = String.join(";",
                "color=c=black:s=640x480:r=15:d=10.000000[base]",
                // the layer keeps its exact session-relative time; overlay picks the nearest canvas tick
                "[1:v]setpts=expr=PTS-STARTPTS+0.800000/TB," + FIT_640x480 + "[p0l0]",
                "[base][p0l0]overlay=eof_action=pass:repeatlast=0,format=pix_fmts=yuv420p[vout]",
                "[0:a]asetpts=expr=PTS-STARTPTS,atrim=start=0.021333,asetpts=expr=PTS-STARTPTS,"
                        + "aresample=osr=48000,aformat=sample_fmts=fltp:channel_layouts=mono[a0]",
                "[a0]anull,apad=whole_dur=10.000000,atrim=end=10.000000[aout]");
        assertThat(out.plan()).isInstanceOf(RenderPlan.FilterRender.class);
        assertThat(((RenderPlan.FilterRender) out.plan()).graph().render()).isEqualTo(graph);
        assertThat(out.plan().command().args()).containsExactlyElementsOf(concat(HEAD, List.of(
                "-protocol_whitelist", "file", "-format_whitelist", "mov,matroska,mpegts,aac", "-i", abs(AAC),
                "-noautorotate", "-protocol_whitelist", "file", "-format_whitelist", "mov,matroska,mpegts,aac", "-i", abs(WEBM),
                "-filter_complex", graph, "-map", "[vout]", "-map", "[aout]"), X264, AAC_ENC, List.of(
                "-t", "10.000000", "-movflags", "+faststart", "-f", "mp4", "-progress", "pipe:1",
                "-n", temp(BASE.substring(4) + "_av.mp4"))));
        assertThat(out.plan().strategy()).isEqualTo("transcode");
        assertThat(out.plan().reencoded(out.kind())).containsExactly("video", "audio");
    }

    @Test
    void transcodeWithTheDefaultLeadInShowsTheFirstFrameFrozenUntilTheVideoStarts() {
        PlannedOutput out = plan(List.of(aac(AAC, 0, 10)), List.of(vp8(WEBM, 0.8, 9.2)), request(LeadingBlank.AUTO));

        String graph = String.join(";",
                "color=c=black:s=640x480:r=15:d=10.000000[base]",
                "[1:v]setpts=expr=PTS-STARTPTS+0.800000/TB,split=outputs=2[p0s0][p0s1]",
                // the frozen branch: the first frame alone, at t=0, repeated while enabled
                "[p0s1]trim=end_frame=1,setpts=expr=PTS-STARTPTS," + FIT_640x480 + "[p0f]",
                "[p0s0]" + FIT_640x480 + "[p0l0]",
                "[base][p0f]overlay=eof_action=repeat:repeatlast=1:enable='lt(t,0.800000)'[o0]",
                "[o0][p0l0]overlay=eof_action=pass:repeatlast=0,format=pix_fmts=yuv420p[vout]");
        assertThat(((RenderPlan.FilterRender) out.plan()).graph().render()).isEqualTo(graph);
        assertThat(((RenderPlan.FilterRender) out.plan()).audioCopied()).isTrue();
        assertThat(out.firstFrameFrozenFor()).contains(0.8);
    }

    @Test
    void rotations0To90To0OpenEachStretchSeekedAndTrimmedAndTransposeOnlyTheMiddleOne() {
        MediaPiece video = h264(MP4, 0, 10, new RotationSpan(0, 4, 0), new RotationSpan(4, 7, 90),
                new RotationSpan(7, 10, 0));
        PlannedOutput out = plan(List.of(aac(AAC, 0, 10)), List.of(video));

        String graph = String.join(";",
                "color=c=black:s=640x480:r=15:d=10.000000[base]",
                // trim keeps [start, end): a frame stamped at a rotate event belongs to the new angle
                "[1:v]setpts=expr=PTS-STARTPTS+0.000000/TB,trim=end=4.000000," + FIT_640x480 + "[p0l0]",
                // opened at 3.5 s (0.5 s before the stretch): its timestamps count from there
                "[2:v]setpts=expr=PTS+3.500000/TB,trim=start=4.000000:end=7.000000,transpose=dir=clock,"
                        + FIT_640x480 + "[p0l1]",
                "[3:v]setpts=expr=PTS+6.500000/TB,trim=start=7.000000," + FIT_640x480 + "[p0l2]",
                "[base][p0l0]overlay=eof_action=pass:repeatlast=0[o0]",
                "[o0][p0l1]overlay=eof_action=pass:repeatlast=0[o1]",
                "[o1][p0l2]overlay=eof_action=pass:repeatlast=0,format=pix_fmts=yuv420p[vout]");
        assertThat(out.plan()).isInstanceOf(RenderPlan.FilterRender.class);
        assertThat(out.canvas()).contains(new Canvas(640, 480));
        assertThat(out.plan().command().args()).containsExactlyElementsOf(concat(HEAD, List.of(
                "-itsoffset", "-0.021333", "-protocol_whitelist", "file", "-format_whitelist", "mov,matroska,mpegts,aac", "-i", abs(AAC),
                "-noautorotate", "-t", "4.500000",
                "-protocol_whitelist", "file", "-format_whitelist", "mov,matroska,mpegts,aac", "-i", abs(MP4),
                "-noautorotate", "-seek_timestamp", "1", "-ss", "3.500000", "-t", "4.000000",
                "-protocol_whitelist", "file", "-format_whitelist", "mov,matroska,mpegts,aac", "-i", abs(MP4),
                "-noautorotate", "-seek_timestamp", "1", "-ss", "6.500000",
                "-protocol_whitelist", "file", "-format_whitelist", "mov,matroska,mpegts,aac", "-i", abs(MP4),
                "-filter_complex", graph, "-map", "[vout]", "-map", "0:a:0"), X264, List.of("-c:a", "copy",
                "-t", "10.000000", "-movflags", "+faststart", "-f", "mp4", "-progress", "pipe:1",
                "-n", temp(BASE.substring(4) + "_av.mp4"))));
    }

    @Test
    void rotations180And270UseFlipsAndCounterClockwiseTranspose() {
        MediaPiece video = h264(MP4, 0, 10, new RotationSpan(0, 5, 180), new RotationSpan(5, 10, 270));
        PlannedOutput out = plan(List.of(), List.of(video));

        String graph = ((RenderPlan.FilterRender) out.plan()).graph().render();
        assertThat(graph).contains("[0:v]setpts=expr=PTS-STARTPTS+0.000000/TB,trim=end=5.000000,hflip,vflip,scale=")
                .contains("[1:v]setpts=expr=PTS+4.500000/TB,trim=start=5.000000,transpose=dir=cclock,scale=")
                .doesNotContain("rotate=");
    }

    @Test
    void trimBoundsAreOnTheOutputClockWhenTheWindowStartsLate() {
        // window starts at 2.0 (the audio); the video's first frame at 3.2, a rotate at 5.0 session time
        MediaPiece video = h264(MP4, 3.2, 6.8, new RotationSpan(3.2, 5.0, 0), new RotationSpan(5.0, 10.0, 90));
        PlannedOutput out = plan(List.of(aac(AAC, 2.0, 8)), List.of(video));

        String graph = ((RenderPlan.FilterRender) out.plan()).graph().render();
        assertThat(graph).contains("[1:v]setpts=expr=PTS-STARTPTS+1.200000/TB,trim=end=3.000000,scale=")
                // opened 1.3 s into the piece (0.5 s before the rotate): 1.3 + 1.2 on the output clock
                .contains("[2:v]setpts=expr=PTS+2.500000/TB,trim=start=3.000000,transpose=dir=clock,scale=")
                // portrait for 5.0 of 6.8 s: a portrait canvas
                .contains("color=c=black:s=480x640:r=15:d=8.000000[base]");
        assertThat(out.sessionOffset()).isEqualTo(2.0);
    }

    @Test
    void audioOnlyUserIsCopiedIntoM4aWithThePrimingOffset() {
        PlannedOutput out = plan(List.of(aac(AAC, 2.5, 10)), List.of());

        assertThat(out.kind()).isEqualTo(OutputKind.AUDIO);
        assertThat(out.fileName()).isEqualTo(BASE.substring(4) + ".m4a");
        assertThat(out.plan()).isInstanceOf(RenderPlan.StreamCopy.class);
        assertThat(out.plan().command().args()).containsExactlyElementsOf(concat(HEAD, List.of(
                "-itsoffset", "-0.021333", "-protocol_whitelist", "file", "-format_whitelist", "mov,matroska,mpegts,aac", "-i", abs(AAC),
                "-map", "0:a:0", "-c:v", "copy", "-c:a", "copy", "-movflags", "+faststart",
                "-f", "mp4", "-progress", "pipe:1", "-n", temp(BASE.substring(4) + ".m4a"))));
        assertThat(out.sessionOffset()).isEqualTo(2.5);
        assertThat(out.fps()).isEmpty();
        assertThat(out.canvas()).isEmpty();
    }

    @Test
    void severalAudioFilesAreMixedWithAdelayByExactSampleCounts() {
        String second = BASE + "_2.aac";
        PlannedOutput out = plan(List.of(aac(AAC, 0, 5), aac(second, 8.5, 3)), List.of());

        String graph = String.join(";",
                "[0:a]asetpts=expr=PTS-STARTPTS,atrim=start=0.021333,asetpts=expr=PTS-STARTPTS,"
                        + "aresample=osr=48000,aformat=sample_fmts=fltp:channel_layouts=mono[a0]",
                // 8.5 s * 48000 = 408000 samples
                "[1:a]asetpts=expr=PTS-STARTPTS,atrim=start=0.021333,asetpts=expr=PTS-STARTPTS,"
                        + "aresample=osr=48000,aformat=sample_fmts=fltp:channel_layouts=mono,"
                        + "adelay=delays=408000S:all=1[a1]",
                "[a0][a1]amix=inputs=2:duration=longest:normalize=0,apad=whole_dur=11.500000,"
                        + "atrim=end=11.500000[aout]");
        assertThat(out.plan()).isInstanceOf(RenderPlan.FilterRender.class);
        assertThat(out.fileName()).isEqualTo(BASE.substring(4) + ".m4a");
        assertThat(out.plan().command().args()).containsExactlyElementsOf(concat(HEAD, List.of(
                "-protocol_whitelist", "file", "-format_whitelist", "mov,matroska,mpegts,aac", "-i", abs(AAC),
                "-protocol_whitelist", "file", "-format_whitelist", "mov,matroska,mpegts,aac", "-i", abs(second),
                "-filter_complex", graph, "-map", "[aout]"), AAC_ENC, List.of(
                "-t", "11.500000", "-movflags", "+faststart", "-f", "mp4", "-progress", "pipe:1",
                "-n", temp(BASE.substring(4) + ".m4a"))));
        assertThat(out.duration()).isEqualTo(11.5);
    }

    @Test
    void adelayRoundsToTheNearestSampleAndStereoWinsTheLayout() {
        MediaPiece mono = aac(AAC, 0, 5);
        MediaPiece stereo = Fixtures.audio(BASE + "_2.aac", 1.0000104, 3, "aac", "aac", 2, 1024);
        PlannedOutput out = plan(List.of(mono, stereo), List.of());

        String graph = ((RenderPlan.FilterRender) out.plan()).graph().render();
        // 1.0000104 s * 48000 = 48000.4992 -> 48000
        assertThat(graph).contains("adelay=delays=48000S:all=1[a1]")
                .contains("aformat=sample_fmts=fltp:channel_layouts=stereo[a0]")
                .doesNotContain("channel_layouts=mono");
    }

    /** Padded at its end, the late audio is re-encoded and delayed by a sample count. */
    @Test
    void audioThatStartsAfterTheVideoAndEndsBeforeItIsDelayedAndTheVideoIsNotShifted() {
        PlannedOutput out = plan(List.of(aac(AAC, 1.0, 8)), List.of(vp8(WEBM, 0, 10)));

        String graph = ((RenderPlan.FilterRender) out.plan()).graph().render();
        assertThat(graph).contains("[1:v]setpts=expr=PTS-STARTPTS+0.000000/TB,scale=")
                .contains("adelay=delays=48000S:all=1[a0]");
        assertThat(out.sessionOffset()).isEqualTo(0.0);
    }

    /**
     * Copied, the late audio is placed by -itsoffset (one priming early); the mp4 muxer writes the
     * empty edit before it in the movie timescale, here the audio's rate, so it starts to the sample.
     */
    @Test
    void audioThatStartsAfterATranscodedVideoIsCopiedBehindAnEmptyEditInItsSampleRate() {
        PlannedOutput out = plan(List.of(aac(AAC, 1.0, 9)), List.of(vp8(WEBM, 0, 10)));

        List<String> args = out.plan().command().args();
        assertThat(((RenderPlan.FilterRender) out.plan()).graph().render()).doesNotContain("[0:a]");
        assertThat(args).containsSubsequence("-itsoffset", "0.978667", "-protocol_whitelist", "file",
                "-format_whitelist", "mov,matroska,mpegts,aac", "-i", abs(AAC));
        assertThat(args).containsSubsequence("-map", "0:a:0", "-c:v", "libx264")
                .containsSubsequence("-c:a", "copy", "-t", "10.000000", "-movflags", "+faststart",
                        "-movie_timescale", "48000", "-f", "mp4");
        assertThat(out.sessionOffset()).isEqualTo(0.0);
    }

    @Test
    void webmProfileEncodesVp9AndOpusWithoutFaststart() {
        PlannedOutput out = plan(List.of(aac(AAC, 0, 10)), List.of(vp8(WEBM, 0, 10)),
                request(Fixtures.webm(), Fixtures.webm()));

        List<String> args = out.plan().command().args();
        assertThat(args.subList(args.indexOf("-map") + 4, args.size())).containsExactly(
                "-c:v", "libvpx-vp9", "-crf", "33", "-b:v", "0", "-deadline", "good", "-cpu-used", "5",
                "-row-mt", "1", "-pix_fmt", "yuv420p", "-c:a", "libopus", "-ar", "48000", "-b:a", "96k",
                "-t", "10.000000", "-f", "webm", "-progress", "pipe:1", "-n", temp(BASE.substring(4) + "_av.webm"));
    }
}
