package io.recmerge.probe;

import static org.assertj.core.api.Assertions.assertThat;

import io.recmerge.diag.Code;
import io.recmerge.diag.Diagnostic;
import io.recmerge.engine.EngineLocator;
import io.recmerge.engine.ExecProcessRunner;
import io.recmerge.testkit.Container;
import io.recmerge.testkit.FfmpegTool;
import io.recmerge.testkit.SingleVideo;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Jumps in video timestamps are found and reported; steady (also jittered) timestamps are not. */
class TimestampJumpsTest {

    @TempDir
    Path tmp;

    private static List<Double> grid(int frames, double step, double jumpAt, double jump) {
        List<Double> t = new ArrayList<>();
        for (int i = 0; i < frames; i++) {
            t.add(i * step + (i >= jumpAt ? jump : 0) + (i % 4 == 1 ? 0.004 : 0));
        }
        return t;
    }

    @Test
    void aStepOfMoreThanASecondAndTenFramesIsAJump() {
        List<Double> jumped = grid(60, 1 / 15.0, 30, 2.5);
        assertThat(TimestampJumps.jumps(jumped)).containsExactly(new TimestampJumps.Jump(jumped.get(29), jumped.get(30)));
        assertThat(TimestampJumps.jumps(grid(60, 1 / 15.0, 30, 0.3))).as("a short stall").isEmpty();
        assertThat(TimestampJumps.jumps(grid(60, 0.2, 99, 0))).as("a low frame rate").isEmpty();
    }

    @Test
    void csvLinesWithoutATimestampAreSkipped() {
        assertThat(TimestampJumps.times("0.000000\nN/A\n\n0.066667,\n")).containsExactly(0.0, 0.066667);
    }

    @Test
    void aVp8WebmWhoseTimestampsJumpIsReportedOnTheRealFfprobe() throws Exception {
        Path webm = SingleVideo.cached("vp8-2s", Container.WEBM_VP8, 2);
        Path jumped = tmp.resolve("jump.webm");
        FfmpegTool.ffmpeg(List.of("-i", webm.toString(), "-c", "copy", "-bsf:v",
                "setts=ts=PTS+if(gte(N\\,15)\\,round(3/TB)\\,0)", "-y", jumped.toString()));
        TimestampJumps jumps = new TimestampJumps(new ExecProcessRunner(EngineLocator.locate(Optional.empty(),
                System.getenv())));

        Optional<Diagnostic> found = jumps.check(jumped, "jump.webm", "2002");
        Optional<Diagnostic> none = jumps.check(webm, "steady.webm", "2002");

        assertThat(found).isPresent();
        assertThat(found.get().code()).isEqualTo(Code.VIDEO_TIMESTAMPS_JUMP);
        assertThat(found.get().message()).contains("from 0.933 s to 4.000 s");
        assertThat(none).isEmpty();
    }
}
