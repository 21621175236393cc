package io.recmerge.convert;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.recmerge.testkit.Damage;
import io.recmerge.testkit.RecordingFactory;
import io.recmerge.testkit.SessionSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code recmerge batch} on generated archives with the real ffmpeg: every session converted into
 * the mirrored path, a report per session, resume without re-rendering, shards that together take
 * every session once, a signal mid-batch.
 */
class BatchIntegrationTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    /** Copies a cached generated session into the archive at {@code relative}. */
    static Path place(SessionSpec spec, Path archive, String relative) throws IOException {
        Path from = RecordingFactory.cached(spec).dir();
        Path to = Files.createDirectories(archive.resolve(relative));
        try (Stream<Path> files = Files.list(from)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.copy(f, to.resolve(f.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return to;
    }

    private Path archiveOfFour() throws IOException {
        Path archive = tmp.resolve("archive");
        place(Recordings.lateVideo(), archive, "2026-11-23/room_101500");
        place(Recordings.webVp8(), archive, "2026-11-23/web_111500");
        place(Recordings.unfinished(), archive, "2026-11-24/room_090000");
        Path broken = place(DamagedRecordings.twoAv(), archive, "2026-11-24/broken_100000");
        // 3003's files are garbage: that user is lost, 1001 is still converted.
        Damage.randomBytes(broken.resolve(DamagedRecordings.base("3003") + ".aac"), 4000, 7);
        Damage.randomBytes(broken.resolve(DamagedRecordings.base("3003") + ".mp4"), 4000, 8);
        return archive;
    }

    static Map<String, JsonNode> statuses(Path report) throws IOException {
        Map<String, JsonNode> bySession = new TreeMap<>();
        for (JsonNode s : JSON.readTree(report.toFile()).path("sessions")) {
            bySession.put(s.path("session").asText(), s);
        }
        return bySession;
    }

    private static Map<String, String> status(Path report) throws IOException {
        Map<String, String> out = new TreeMap<>();
        statuses(report).forEach((k, v) -> out.put(k, v.path("status").asText()));
        return out;
    }

    @Test
    void anArchiveConvertsAroundItsUnfinishedAndBrokenSessionsAndARerunRendersNothing() throws Exception {
        Path archive = archiveOfFour();
        Map<String, String> inputs = ConvertCliTest.hashes(archive);
        Path out = tmp.resolve("out");

        ConvertCliTest.Run first = ConvertCliTest.run("batch", archive.toString(), "-o", out.toString(), "--jobs", "2");

        assertThat(first.exit()).as(first.err()).isEqualTo(2);
        Path report = out.resolve("batch-report.json");
        assertThat(status(report)).containsExactly(Map.entry("2026-11-23/room_101500", "converted"),
                Map.entry("2026-11-23/web_111500", "converted"), Map.entry("2026-11-24/broken_100000", "failed"),
                Map.entry("2026-11-24/room_090000", "not-finished"));
        JsonNode broken = statuses(report).get("2026-11-24/broken_100000");
        assertThat(broken.path("outputs").asInt()).as("1001 of the broken session is still written").isEqualTo(1);
        assertThat(broken.path("failed").asInt()).isEqualTo(1);
        assertThat(JSON.readTree(report.toFile()).path("totals").path("mediaSeconds").asDouble()).isPositive();
        assertThat(Files.readAllLines(out.resolve("batch-report.csv"))).hasSize(5)
                .first().asString().startsWith("session,status,exitCode,outputs");
        assertThat(first.err()).contains("skipped 2026-11-24/room_090000: no recording2-done.txt");
        Path late = out.resolve("2026-11-23/room_101500/1001_" + Recordings.STAMP + "_av.mp4");
        OutputAssert.assertPlayableMp4(late, OutputAssert.SOURCE_FPS);
        assertThat(out.resolve("2026-11-24/room_090000")).as("an unfinished session gets no folder").doesNotExist();
        assertThat(ConvertCliTest.hashes(archive)).as("inputs untouched").isEqualTo(inputs);
        assertNoPartialFiles(out);

        Map<String, FileTime> written = modificationTimes(out);
        ConvertCliTest.Run rerun = ConvertCliTest.run("batch", archive.toString(), "-o", out.toString());

        assertThat(rerun.exit()).as("the broken session is still broken").isEqualTo(2);
        assertThat(status(report)).containsValues("unchanged", "unchanged", "unchanged", "not-finished");
        assertThat(modificationTimes(out)).as("nothing re-rendered, no manifest rewritten").isEqualTo(written);

        Path vp8 = archive.resolve("2026-11-23/web_111500/uid_2002_" + Recordings.STAMP + ".webm");
        Files.setLastModifiedTime(vp8, FileTime.fromMillis(System.currentTimeMillis() + 60_000));
        ConvertCliTest.Run changed = ConvertCliTest.run("batch", archive.toString(), "-o", out.toString(),
                "--retry-failed");

        assertThat(status(report)).containsEntry("2026-11-23/web_111500", "converted")
                .containsEntry("2026-11-24/broken_100000", "failed")
                .containsEntry("2026-11-23/room_101500", "unchanged");
        assertThat(changed.exit()).isEqualTo(2);
    }

    static Map<String, FileTime> modificationTimes(Path out) throws IOException {
        Map<String, FileTime> times = new TreeMap<>();
        try (Stream<Path> files = Files.walk(out)) {
            for (Path p : files.filter(Files::isRegularFile).toList()) {
                String name = p.getFileName().toString();
                if (!name.startsWith("batch-report") && !name.equals(OutputFolder.LOCK_FILE)) {
                    times.put(out.relativize(p).toString(), Files.getLastModifiedTime(p));
                }
            }
        }
        return times;
    }

    @Test
    void threeShardProcessesTogetherConvertEverySessionExactlyOnce() throws Exception {
        Path archive = tmp.resolve("archive");
        List<String> sessions = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            sessions.add("day" + (i % 2) + "/room_" + i);
            place(Recordings.lateVideo(), archive, sessions.get(i - 1));
        }
        Path out = tmp.resolve("out");
        List<Process> pods = List.of(
                CliProcess.start(tmp.resolve("s0.log"), Map.of(), "batch", archive.toString(), "-o", out.toString(),
                        "--shard", "0/3", "--jobs", "1"),
                CliProcess.start(tmp.resolve("s1.log"), Map.of(), "batch", archive.toString(), "-o", out.toString(),
                        "--shard", "1/3", "--jobs", "1"),
                // The third as a Kubernetes Indexed Job pod sees it: index and count from the environment.
                CliProcess.start(tmp.resolve("s2.log"), Map.of("JOB_COMPLETION_INDEX", "2", "RECMERGE_SHARD_COUNT",
                        "3", "RECMERGE_ROOT", archive.toString(), "RECMERGE_OUTPUT", out.toString(), "RECMERGE_JOBS",
                        "1"), "batch"));
        for (Process p : pods) {
            assertThat(p.waitFor(240, TimeUnit.SECONDS)).isTrue();
            assertThat(p.exitValue()).as(Files.readString(tmp.resolve("s" + pods.indexOf(p) + ".log"))).isZero();
        }

        Map<String, Integer> times = new HashMap<>();
        for (int i = 0; i < 3; i++) {
            Path report = out.resolve("batch-report-shard-" + i + "-of-3.json");
            status(report).forEach((session, status) -> {
                assertThat(status).isEqualTo("converted");
                times.merge(session, 1, Integer::sum);
            });
        }
        assertThat(times).as("every session in exactly one shard").containsOnlyKeys(sessions).allSatisfy((k, v) ->
                assertThat(v).isEqualTo(1));
        for (String s : sessions) {
            assertThat(out.resolve(s).resolve("1001_" + Recordings.STAMP + "_av.mp4")).isRegularFile();
        }
    }

    @Test
    void sigtermMidBatchLeavesNoPartialFileStartsNothingNewAndARerunCompletes() throws Exception {
        Path archive = tmp.resolve("archive");
        for (String s : List.of("a/room_1", "b/room_2", "c/room_3")) {
            place(Recordings.lateVideo(), archive, s);
        }
        Path out = tmp.resolve("out");
        // 720p at 60 fps makes each render slow enough to be caught in the act.
        String[] args = {"batch", archive.toString(), "-o", out.toString(), "--jobs", "1", "--fps", "60", "--size",
            "1280x720"};
        Process batch = CliProcess.start(tmp.resolve("batch.log"), Map.of(), args);
        CliProcess.await(() -> Files.isDirectory(out) && CliProcess.partialUnder(out), Duration.ofSeconds(120),
                "a render under " + out);

        batch.destroy(); // SIGTERM
        assertThat(batch.waitFor(60, TimeUnit.SECONDS)).isTrue();

        String log = Files.readString(tmp.resolve("batch.log"));
        assertThat(batch.exitValue()).as(log).isEqualTo(130);
        assertThat(log).doesNotContain("FAILED").contains("interrupted");
        assertNoPartialFiles(out);
        JsonNode report = JSON.readTree(out.resolve("batch-report.json").toFile());
        assertThat(report.path("interrupted").asBoolean()).isTrue();
        assertThat(report.path("totals").path("interrupted").asInt()).as(log).isGreaterThanOrEqualTo(2);

        ConvertCliTest.Run rerun = ConvertCliTest.run(args);

        assertThat(rerun.exit()).as(rerun.err()).isZero();
        assertThat(status(out.resolve("batch-report.json")).values()).allMatch(v -> v.equals("converted")
                || v.equals("unchanged")).contains("converted");
    }

    @Test
    void aSecondRunIntoTheSameOutputFolderRefusesNamingTheFirstAndLeavesItsWorkAlone() throws Exception {
        Path session = place(Recordings.threeUsers(), tmp.resolve("archive"), "room");
        Path out = tmp.resolve("out");
        Process first = CliProcess.start(tmp.resolve("first.log"), Map.of(), "convert", session.toString(), "-o",
                out.toString(), "--fps", "120", "--size", "1920x1080");
        try {
            CliProcess.await(() -> CliProcess.partialUnder(out), Duration.ofSeconds(60), "the first run's render");

            ConvertCliTest.Run second = ConvertCliTest.run("convert", session.toString(), "-o", out.toString());

            assertThat(second.exit()).isEqualTo(1);
            assertThat(second.err()).contains("another recmerge run is writing into " + out)
                    .contains("pid " + first.pid()).contains("recmerge convert " + session);
            assertThat(CliProcess.partialUnder(out)).as("the first run's file is still being written").isTrue();
            assertThat(out.resolve("manifest.json")).doesNotExist();
        } finally {
            first.destroy();
            first.waitFor(60, TimeUnit.SECONDS);
        }
    }

    private static void assertNoPartialFiles(Path out) {
        assertThat(CliProcess.partialUnder(out)).as("no .partial file under " + out).isFalse();
    }
}
