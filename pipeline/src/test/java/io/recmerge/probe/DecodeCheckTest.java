package io.recmerge.probe;

import static org.assertj.core.api.Assertions.assertThat;

import io.recmerge.engine.EngineLocator;
import io.recmerge.engine.ExecProcessRunner;
import io.recmerge.engine.ProcessRunner;
import io.recmerge.testkit.Damage;
import io.recmerge.testkit.DecodeFixture;
import io.recmerge.testkit.GeneratedSession;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The short decode check on the real ffmpeg: clean media passes, "encrypted" media does not, and it is cheap. */
class DecodeCheckTest {

    private static ProcessRunner runner;
    private static GeneratedSession session;

    @TempDir
    Path tmp;

    @BeforeAll
    static void setUp() throws Exception {
        runner = new ExecProcessRunner(EngineLocator.locate(Optional.empty(), System.getenv()));
        session = DecodeFixture.session();
    }

    private Path copy(String suffix) throws Exception {
        return Files.copy(session.file(DecodeFixture.BASE + suffix),
                tmp.resolve("f" + suffix));
    }

    @Test
    void cleanVideoAndAudioPassWithTheWindowsNamed() throws Exception {
        // Its cost is measured in the benchmark (bench/), not here: a timed test fails on a busy machine.
        DecodeCheck check = new DecodeCheck(runner);
        DecodeCheck.Result v = check.check(copy(".mp4"), 11.4);
        DecodeCheck.Result a = check.check(copy(".aac"), 12);

        assertThat(v.status()).as(v.detail()).isEqualTo(DecodeCheck.Status.CLEAN);
        assertThat(a.status()).as(a.detail()).isEqualTo(DecodeCheck.Status.CLEAN);
        assertThat(v.detail()).isEqualTo("the first 3 s and 2 s from 4.7 s");
    }

    @Test
    void scrambledPayloadsInAnIntactContainerAreUndecodable() throws Exception {
        DecodeCheck check = new DecodeCheck(runner);
        Path video = copy(".mp4");
        Path audio = copy(".aac");
        Damage.scramblePayload(video, 1);
        Damage.scramblePayload(audio, 2);
        Prober prober = new Prober(runner);
        assertThat(prober.probe(video).firstVideo()).as("the container still probes").isPresent();

        DecodeCheck.Result v = check.check(video, 11.4);
        DecodeCheck.Result a = check.check(audio, 12);

        assertThat(v.status()).as(v.detail()).isEqualTo(DecodeCheck.Status.UNDECODABLE);
        assertThat(v.detail()).startsWith("more than half of the frames in the first 3 s and 2 s from 4.7 s failed "
                + "to decode: ");
        assertThat(a.status()).as(a.detail()).isEqualTo(DecodeCheck.Status.UNDECODABLE);
    }

    @Test
    void shortFilesAreDecodedWholeInOneWindowAndLongOnesInTwo() {
        assertThat(DecodeCheck.windows(4)).containsExactly(new DecodeCheck.Window(0, 6));
        assertThat(DecodeCheck.windows(0)).containsExactly(new DecodeCheck.Window(0, 6));
        assertThat(DecodeCheck.windows(3600)).containsExactly(new DecodeCheck.Window(0, 3),
                new DecodeCheck.Window(1799, 2));
        assertThat(DecodeCheck.command(Path.of("/r/a.mp4"), DecodeCheck.windows(20)).args())
                .containsSubsequence("-max_error_rate", "0.5", "-t", "3", "-protocol_whitelist", "file",
                        "-format_whitelist", "mov,matroska,mpegts,aac", "-i", "/r/a.mp4", "-ss", "9", "-t", "2",
                        "-protocol_whitelist", "file", "-format_whitelist", "mov,matroska,mpegts,aac", "-i", "/r/a.mp4",
                        "-map", "0:v:0?", "-map", "0:a:0?", "-map", "1:v:0?", "-map", "1:a:0?", "-f", "null", "-");
    }
}
