package io.recmerge.container;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.recmerge.testkit.Container;
import io.recmerge.testkit.FfmpegTool;
import io.recmerge.testkit.SingleVideo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Key frame times from the MP4 index, against ffprobe's flags on the same file. */
class Mp4KeyFramesTest {

    @TempDir
    Path tmp;

    @Test
    void keyFramesAreTheOnesFfprobeFlagsAndTheLengthCoversTheLastFrame() throws Exception {
        Path mp4 = SingleVideo.cached("h264-5s", Container.MP4_H264, 5);
        String csv = FfmpegTool.ffprobe(List.of("-select_streams", "v:0", "-show_entries", "packet=pts_time,flags",
                "-of", "csv=p=0", mp4.toString())).stdoutText();
        List<Double> flagged = csv.lines().filter(l -> l.contains("K")).map(l -> Double.parseDouble(l.split(",")[0]))
                .sorted().toList();

        Mp4KeyFrames keys = Mp4KeyFrames.read(mp4).orElseThrow();

        assertThat(keys.times()).hasSameSizeAs(flagged).hasSizeGreaterThan(1);
        for (int i = 0; i < flagged.size(); i++) {
            assertThat(keys.times().get(i)).as("key frame %d", i).isCloseTo(flagged.get(i) - flagged.get(0),
                    within(1e-6));
        }
        assertThat(keys.duration()).isCloseTo(5.0, within(1 / 15.0 + 1e-6));
    }

    @Test
    void aFileWithoutAnIndexHasNoKeyFrames() throws Exception {
        Path junk = Files.write(tmp.resolve("junk.mp4"), new byte[] {0, 0, 0, 8, 'f', 't', 'y', 'p', 1, 2});

        assertThat(Mp4KeyFrames.read(junk)).isEmpty();
    }
}
