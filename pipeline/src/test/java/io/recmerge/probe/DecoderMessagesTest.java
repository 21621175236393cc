package io.recmerge.probe;

import static org.assertj.core.api.Assertions.assertThat;

import io.recmerge.engine.EngineLocator;
import io.recmerge.engine.ExecProcessRunner;
import io.recmerge.testkit.Container;
import io.recmerge.testkit.FfmpegTool;
import io.recmerge.testkit.SingleVideo;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The decode check counts decoder errors, not what the null muxer says about timestamps. */
class DecoderMessagesTest {

    @TempDir
    Path tmp;

    static final String MUXER = "[null @ 0x557af0a2de40] Application provided invalid, non monotonically increasing "
            + "dts to muxer in stream 0: 9 >= 9";
    static final String DECODER = "[vist#0:0/h264 @ 0x5591334bee80] [dec:h264 @ 0x5591334c0000] Invalid NAL unit size "
            + "(1 > 1234).";

    @Test
    void muxerAndOutputLinesAreNotDecoderErrors() {
        assertThat(DecoderMessages.errors(List.of(MUXER, "[out#0/null @ 0x55] Error muxing a packet", DECODER,
                "[aac @ 0x1] channel element 0.0 is not allocated", ""), List.of()))
                .containsExactly(DECODER, "[aac @ 0x1] channel element 0.0 is not allocated");
    }

    @Test
    void expectedQuirkMessagesAreNotCounted() {
        assertThat(DecoderMessages.errors(List.of(DECODER, "[h264 @ 0x2] missing picture in access unit with size 900"),
                List.of("Invalid NAL unit size", "missing picture in access unit"))).isEmpty();
    }

    @Test
    void aCleanVp8WebmWithARepeatedTimestampDecodesCleanAlthoughTheMuxerComplains() throws Exception {
        Path webm = SingleVideo.cached("vp8-2s", Container.WEBM_VP8, 2);
        Path dup = tmp.resolve("dup.webm");
        // Frame 10 takes frame 9's timestamp, as WebMs from other ffmpeg builds have it.
        FfmpegTool.ffmpeg(List.of("-i", webm.toString(), "-c", "copy", "-bsf:v",
                "setts=ts=if(eq(N\\,10)\\,PREV_INPTS\\,PTS)", "-y", dup.toString()));
        FfmpegTool.Result raw = FfmpegTool.ffmpegUnchecked(List.of("-i", dup.toString(), "-f", "null", "-"));
        assertThat(raw.stderr()).as("the fixture must make the muxer complain").contains("non monotonically increasing dts");

        DecodeCheck.Result r = new DecodeCheck(new ExecProcessRunner(EngineLocator.locate(Optional.empty(),
                System.getenv()))).check(dup, 2);

        assertThat(r.status()).as(r.detail()).isEqualTo(DecodeCheck.Status.CLEAN);
    }
}
