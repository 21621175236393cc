package io.recmerge.convert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.recmerge.testkit.GeneratedSession;
import io.recmerge.testkit.RecordingFactory;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The unhappy paths a user hits, each with one clear sentence, the exit code the README promises
 * and nothing partial left: a full disk, an unusable output folder, a killed JVM.
 */
class FailureModesTest {

    @TempDir
    Path tmp;

    /** A small tmpfs, when this machine lets the test mount one (root in CI); else the test is skipped. */
    private Path mount(String options) throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("mnt-" + options.replaceAll("\\W", "")));
        Process p = new ProcessBuilder("mount", "-t", "tmpfs", "-o", options, "tmpfs", dir.toString())
                .redirectErrorStream(true).start();
        assumeThat(p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0).as("mount -t tmpfs needs root").isTrue();
        mounted = dir;
        return dir;
    }

    private Path mounted;

    @org.junit.jupiter.api.AfterEach
    void unmount() throws Exception {
        if (mounted != null) {
            new ProcessBuilder("umount", mounted.toString()).start().waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void aFullDiskNamesTheOutputTheFreeAndTheNeededSpaceAndLeavesNoPartialFile() throws Exception {
        GeneratedSession s = RecordingFactory.cached(Recordings.threeUsers());
        Path out = mount("size=80k").resolve("out");

        ConvertCliTest.Run run = ConvertCliTest.run("convert", s.dir().toString(), "-o", out.toString());

        JsonNode manifest = new ObjectMapper().readTree(out.resolve("manifest.json").toFile());
        assertThat(run.exit()).as(run.err()).isEqualTo(manifest.path("exitCode").asInt()).isIn(2, 3);
        assertThat(run.err()).containsPattern("OUTPUT_NO_SPACE: \\S+\\.(mp4|m4a): no space left on " + out
                + " \\(0\\.\\d MB free, about \\d+\\.\\d MB needed\\)");
        String marker = Files.readString(out.resolve("convert-done.txt"));
        assertThat(marker).contains("exit=" + run.exit()).contains("failed=" + manifest.path("counts").path("failed").asInt());
        assertThat(manifest.path("counts").path("failed").asInt()).isPositive();
        try (Stream<Path> files = Files.walk(out)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".partial"));
        }
    }

    @Test
    void aReadOnlyOutputFolderIsRefusedBeforeAnythingRenders() throws Exception {
        GeneratedSession s = RecordingFactory.cached(Recordings.lateVideo());
        Path ro = mount("ro,size=1m");

        ConvertCliTest.Run run = ConvertCliTest.run("convert", s.dir().toString(), "-o", ro.resolve("x").toString());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err().strip()).isEqualTo("recmerge: cannot create the output folder " + ro.resolve("x")
                + ": it is on a read-only file system");
    }

    @Test
    void anOutputPathThatIsAFileOrEmptyIsRefusedWithTheReason() throws Exception {
        GeneratedSession s = RecordingFactory.cached(Recordings.lateVideo());
        Path file = Files.writeString(tmp.resolve("notes.txt"), "mine");

        ConvertCliTest.Run onFile = ConvertCliTest.run("convert", s.dir().toString(), "-o", file.toString());
        ConvertCliTest.Run below = ConvertCliTest.run("convert", s.dir().toString(), "-o", file.resolve("x").toString());
        ConvertCliTest.Run empty = ConvertCliTest.run("convert", s.dir().toString(), "-o", "");

        assertThat(onFile.exit()).isEqualTo(1);
        assertThat(onFile.err()).contains("the output folder " + file + " is a file, not a folder");
        assertThat(below.exit()).isEqualTo(1);
        assertThat(below.err()).contains("cannot create the output folder " + file.resolve("x"))
                .contains("a file stands where a folder is needed");
        assertThat(empty.exit()).isEqualTo(1);
        assertThat(empty.err()).contains("the output folder is empty (an unset variable?)");
        assertThat(Files.readString(file)).isEqualTo("mine");
        assertThat(Path.of("").toAbsolutePath().resolve("manifest.json")).doesNotExist();
    }

    @Test
    void permissionProblemsAreSaidInWords() {
        assertThat(OutputFolder.cause(new AccessDeniedException("/ro-dir/x")))
                .isEqualTo("permission denied for user " + System.getProperty("user.name"));
        assertThat(OutputFolder.cause(new java.nio.file.FileSystemException("/x", null, "No space left on device")))
                .isEqualTo("no space left on the device");
    }

    @Test
    void ffmpegChildrenEndWhenTheJvmIsKilled() throws Exception {
        assumeThat(Files.isExecutable(Path.of("/usr/bin/setpriv"))).as("util-linux setpriv").isTrue();
        GeneratedSession s = RecordingFactory.cached(Recordings.threeUsers());
        Path out = tmp.resolve("out");
        Process cli = CliProcess.start(tmp.resolve("cli.log"), Map.of(), "convert", s.dir().toString(), "-o",
                out.toString(), "--fps", "120", "--size", "1920x1080");
        CliProcess.await(() -> CliProcess.partialUnder(out), Duration.ofSeconds(60), "a render");
        List<ProcessHandle> children = cli.descendants().filter(ProcessHandle::isAlive).toList();
        assertThat(children).as("ffmpeg is running under the JVM").isNotEmpty();

        cli.destroyForcibly(); // SIGKILL: no shutdown hook runs
        cli.waitFor(10, TimeUnit.SECONDS);

        CliProcess.await(() -> children.stream().noneMatch(ProcessHandle::isAlive), Duration.ofSeconds(5),
                "ffmpeg ending with its parent");
        ConvertCliTest.Run rerun = ConvertCliTest.run("convert", s.dir().toString(), "-o", out.toString(),
                "--fps", "15");
        assertThat(rerun.exit()).as(rerun.err()).isZero();
        JsonNode manifest = new ObjectMapper().readTree(out.resolve("manifest.json").toFile());
        assertThat(manifest.path("diagnostics").findValuesAsText("code")).as("the killed run's temp file is cleaned up")
                .contains("STALE_PARTIAL_REMOVED");
    }

    @Test
    void jsonLogsAreOneObjectALineWithTheEvents() throws Exception {
        GeneratedSession s = RecordingFactory.cached(Recordings.lateVideo());
        Path out = tmp.resolve("out");
        Process cli = CliProcess.start(tmp.resolve("cli.log"), Map.of("RECMERGE_LOG_FORMAT", "json"), "convert",
                s.dir().toString(), "-o", out.toString());
        assertThat(cli.waitFor(120, TimeUnit.SECONDS)).isTrue();
        List<String> all = Files.readAllLines(tmp.resolve("cli.log"));
        List<String> lines = all.stream().filter(l -> l.startsWith("{")).toList();
        assertThat(all).as("besides JSON only the written files (stdout)").filteredOn(l -> !l.startsWith("{"))
                .allMatch(l -> l.endsWith(".mp4") || l.endsWith(".m4a"));

        ObjectMapper json = new ObjectMapper();
        List<String> events = new java.util.ArrayList<>();
        for (String line : lines) {
            JsonNode node = json.readTree(line);
            assertThat(node.path("message").asText()).isNotEmpty();
            node.path("kvpList").forEach(kv -> kv.fields().forEachRemaining(f -> {
                if (f.getKey().equals("event")) {
                    events.add(f.getValue().asText());
                }
            }));
        }
        assertThat(cli.exitValue()).isZero();
        assertThat(events).contains("planned", "started", "written", "finished");
    }
}
