package io.recmerge.convert;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.recmerge.batch.BatchSettings;
import io.recmerge.batch.SessionEntry;
import io.recmerge.batch.Shard;
import io.recmerge.testkit.CloudFolder;
import io.recmerge.testkit.CloudUser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code batch} and {@code watch} over an archive that holds an on-premise session beside cloud
 * recordings: two in one folder, one still being recorded. Each recording is an entry of its own,
 * converted into its own folder with a fingerprint of its own files.
 */
class CloudBatchTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SESSION = "2026-11-23/room_101500";

    @TempDir
    Path tmp;

    private static CloudFolder recording(String sid, CloudUser user) {
        return CloudFolder.builder("batch-" + sid).channel(sid, "room").user(user).build();
    }

    /** The recording's files, copied into {@code folder} beside whatever is there. */
    private static void place(CloudFolder cloud, Path folder) throws IOException {
        Files.createDirectories(folder);
        try (Stream<Path> files = Files.list(cloud.dir())) {
            for (Path f : files.toList()) {
                Files.copy(f, folder.resolve(f.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    private static Map<String, String> status(Path report) throws IOException {
        Map<String, String> out = new TreeMap<>();
        BatchIntegrationTest.statuses(report).forEach((k, v) -> out.put(k, v.path("status").asText()));
        return out;
    }

    @Test
    void eachCloudRecordingIsConvertedIntoItsOwnFolderBesideTheSessionAndRerunsAreUnchanged() throws Exception {
        Path root = tmp.resolve("archive");
        BatchIntegrationTest.place(Recordings.lateVideo(), root, SESSION);
        CloudFolder a = recording("sidA", CloudUser.av("1001", 0, 4));
        CloudFolder b = recording("sidB", CloudUser.audioOnly("2002", 0, 3));
        CloudFolder live = recording("sidC", CloudUser.audioOnly("3003", 0, 2));
        Path shared = root.resolve("cloud/shared");
        place(a, shared);
        place(b, shared);
        place(live, root.resolve("cloud/live"));
        Path playlist = root.resolve("cloud/live").resolve(live.playlist("3003", CloudUser.Track.AUDIO));
        Files.writeString(playlist, Files.readString(playlist).replace("#EXT-X-ENDLIST\n", ""));
        Path out = tmp.resolve("out");
        String entryA = "cloud/shared/" + a.key();
        String entryB = "cloud/shared/" + b.key();

        ConvertCliTest.Run first = ConvertCliTest.run("batch", root.toString(), "-o", out.toString(), "--jobs", "2");

        assertThat(first.exit()).as(first.err()).isZero();
        Path report = out.resolve("batch-report.json");
        assertThat(status(report)).containsExactly(Map.entry(SESSION, "converted"), Map.entry("cloud/live/"
                + live.key(), "not-finished"), Map.entry(entryA, "converted"), Map.entry(entryB, "converted"));
        assertThat(first.err()).contains("skipped cloud/live/" + live.key() + ": a playlist of the recording has no "
                + "#EXT-X-ENDLIST yet");
        assertThat(Files.readAllLines(out.resolve("batch-report.csv"))).hasSize(5)
                .anyMatch(l -> l.startsWith(entryA + ",converted,0,1,"));
        assertThat(out.resolve("cloud/live")).as("an unfinished recording gets no folder").doesNotExist();
        List<String> made = outputs(out.resolve(entryA));
        assertThat(made).containsExactly(a.key() + "__uid_s_1001_" + a.utc(0) + "_av.mp4");
        OutputAssert.assertPlayableMp4(out.resolve(entryA).resolve(made.get(0)), 15);
        assertThat(outputs(out.resolve(entryB))).containsExactly(b.key() + "__uid_s_2002_" + b.utc(0) + ".m4a");
        assertThat(inspected(shared)).as("inspect names the outputs batch wrote").containsExactly(
                made.get(0), outputs(out.resolve(entryB)).get(0));

        Map<String, FileTime> before = BatchIntegrationTest.modificationTimes(out);
        ConvertCliTest.Run rerun = ConvertCliTest.run("batch", root.toString(), "-o", out.toString());

        assertThat(rerun.exit()).as(rerun.err()).isZero();
        assertThat(status(report)).containsValues("unchanged", "unchanged", "unchanged", "not-finished");
        assertThat(BatchIntegrationTest.modificationTimes(out)).as("nothing re-rendered").isEqualTo(before);

        CloudFolder later = recording("sidD", CloudUser.audioOnly("4004", 0, 2));
        place(later, shared);
        ConvertCliTest.Run grown = ConvertCliTest.run("batch", root.toString(), "-o", out.toString());

        assertThat(grown.exit()).as(grown.err()).isZero();
        assertThat(status(report)).as("a recording added beside them leaves the others' fingerprints alone")
                .containsEntry(entryA, "unchanged").containsEntry(entryB, "unchanged")
                .containsEntry("cloud/shared/" + later.key(), "converted");
    }

    @Test
    void watchConvertsACloudRecordingOnceEveryPlaylistHasEnded() throws Exception {
        Path root = tmp.resolve("bucket");
        CloudFolder live = recording("sidW", CloudUser.audioOnly("5005", 0, 2));
        place(live, root.resolve("rec"));
        Path playlist = root.resolve("rec").resolve(live.playlist("5005", CloudUser.Track.AUDIO));
        String ended = Files.readString(playlist);
        Files.writeString(playlist, ended.replace("#EXT-X-ENDLIST\n", ""));
        Path out = tmp.resolve("out");
        List<List<Path>> waited = new CopyOnWriteArrayList<>();
        AtomicBoolean stop = new AtomicBoolean();
        CompletableFuture<List<SessionEntry>> watching = WatchTest.inBackground(new BatchSettings(root, out, 1,
                Shard.ALL, ConvertSettings.defaults()), waited, stop);
        Path entry = Path.of("rec", live.key());
        CliProcess.await(() -> waited.size() >= 2, Duration.ofSeconds(30), "two watch rounds");
        assertThat(waited.get(0)).as("says what it waits for").containsExactly(entry);
        assertThat(out.resolve(entry)).as("nothing converted before the end").doesNotExist();

        Files.writeString(playlist, ended);
        CliProcess.await(() -> Files.exists(out.resolve(entry).resolve("manifest.json")), Duration.ofSeconds(60),
                "the conversion after the end");
        stop.set(true);

        assertThat(watching.get(30, TimeUnit.SECONDS)).extracting(SessionEntry::session, SessionEntry::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("rec/" + live.key(), "converted"));
        assertThat(outputs(out.resolve(entry))).containsExactly(live.key() + "__uid_s_5005_" + live.utc(0) + ".m4a");
    }

    /** The files manifest.json lists, each of them there. */
    private static List<String> outputs(Path folder) throws IOException {
        List<String> files = new ArrayList<>();
        for (JsonNode o : JSON.readTree(folder.resolve("manifest.json").toFile()).path("outputs")) {
            assertThat(folder.resolve(o.path("file").asText())).isRegularFile();
            files.add(o.path("file").asText());
        }
        return files;
    }

    /** The output names inspect says convert would write, in recording order. */
    private static List<String> inspected(Path folder) throws IOException {
        ConvertCliTest.Run run = ConvertCliTest.run("inspect", folder.toString(), "--json");
        assertThat(run.exit()).as(run.err()).isZero();
        return JSON.readTree(run.out()).path("recordings").findValues("output").stream()
                .map(o -> o.path("file").asText()).toList();
    }
}
