package io.recmerge.verify;

import static org.assertj.core.api.Assertions.assertThat;

import io.recmerge.container.Mp4Boxes;
import io.recmerge.engine.EngineLocator;
import io.recmerge.engine.ExecProcessRunner;
import io.recmerge.engine.ProcessFailedException;
import io.recmerge.engine.ProcessRunner;
import io.recmerge.engine.RunOptions;
import io.recmerge.testkit.DecodeFixture;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sampled verify decode of stream copies, on the real ffmpeg. */
class SampledDecodeTest {

    private static ProcessRunner runner;
    private static Path video;

    @TempDir
    Path tmp;

    @BeforeAll
    static void setUp() throws Exception {
        runner = new ExecProcessRunner(EngineLocator.locate(Optional.empty(), System.getenv()));
        video = DecodeFixture.session().file(DecodeFixture.BASE + ".mp4");
    }

    /** What the verifier would hold against the file: error lines, or the run failing (tail decode 1). */
    private static List<String> errors(Path file, double duration) {
        try {
            return runner.run(SampledDecode.command(file, duration), RunOptions.withTimeout(Duration.ofSeconds(60)))
                    .stderrTail();
        } catch (ProcessFailedException e) {
            return List.of(e.getMessage());
        }
    }

    @Test
    void aCleanFilePassesWithEveryPacketReadAndBothEdgesDecoded() throws Exception {
        assertThat(errors(video, 11.4)).isEmpty();
        assertThat(SampledDecode.command(video, 11.4).args()).containsSubsequence("-t", "2.000", "-i")
                .containsSubsequence("-ss", "9.400", "-i").containsSubsequence("-map", "0", "-c", "copy");
    }

    @Test
    void garbageInTheLastFramesIsReported() throws Exception {
        Path damaged = Files.copy(video, tmp.resolve("damaged.mp4"));
        List<String> boxes = Mp4Boxes.topLevel(damaged);
        assertThat(boxes).as("the recorder's layout: the index after the media").endsWith("moov");
        long moov = moovOffset(damaged);
        // the last eighth of the media data: the last second or so of frames (the picture hardly changes)
        byte[] noise = new byte[(int) (moov / 8)];
        new Random(7).nextBytes(noise);
        try (RandomAccessFile f = new RandomAccessFile(damaged.toFile(), "rw")) {
            f.seek(moov - noise.length);
            f.write(noise);
        }
        assertThat(errors(damaged, 11.4)).isNotEmpty();
    }

    /** Where the top-level moov box starts: walks the 32-bit box sizes from the start. */
    private static long moovOffset(Path file) throws Exception {
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "r")) {
            long at = 0;
            while (at < f.length()) {
                f.seek(at);
                long size = f.readInt() & 0xffffffffL;
                byte[] type = new byte[4];
                f.readFully(type);
                if (new String(type, java.nio.charset.StandardCharsets.US_ASCII).equals("moov")) {
                    return at;
                }
                at += size == 1 ? f.readLong() : size;
            }
        }
        throw new AssertionError("no moov in " + file);
    }
}
