package io.recmerge.convert;

import static org.assertj.core.api.Assertions.assertThat;

import io.recmerge.testkit.GeneratedSession;
import io.recmerge.testkit.RecordingFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SIGTERM while ffmpeg writes: exit 130, ffmpeg stopped, no partial file, inputs untouched. */
class InterruptTest {

    @TempDir
    Path tmp;

    @Test
    void sigtermDuringARenderExits130AndLeavesNoPartialFile() throws Exception {
        GeneratedSession s = RecordingFactory.cached(Recordings.threeUsers());
        var before = ConvertCliTest.hashes(s.dir());
        Path out = tmp.resolve("out");
        // 1080p at 120 fps makes the first render slow enough to be caught in the act.
        Process cli = CliProcess.start(tmp.resolve("cli.log"), Map.of(), "convert", s.dir().toString(), "-o",
                out.toString(), "--fps", "120", "--size", "1920x1080");
        Path partial = out.resolve(".1001_20261123101500_av.mp4.partial");
        CliProcess.await(() -> Files.exists(partial), Duration.ofSeconds(60), partial + " appearing");

        cli.destroy(); // SIGTERM
        assertThat(cli.waitFor(30, TimeUnit.SECONDS)).as("stopped in time").isTrue();

        assertThat(cli.exitValue()).as(Files.readString(tmp.resolve("cli.log"))).isEqualTo(130);
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .as("no partial output, no half-made result").noneMatch(n -> n.endsWith(".partial") || n.endsWith(".mp4"));
        }
        assertThat(ConvertCliTest.hashes(s.dir())).isEqualTo(before);
    }
}
