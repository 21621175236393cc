package io.recmerge.convert;

import static org.assertj.core.api.Assertions.assertThat;

import io.recmerge.batch.BatchSettings;
import io.recmerge.batch.SessionEntry;
import io.recmerge.batch.Shard;
import io.recmerge.batch.Watcher;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code watch}: a session is converted once its done marker appears, and a restart converts nothing again. */
class WatchTest {

    @TempDir
    Path tmp;

    /** A watch every 200 ms on another thread, telling {@code waited} each round's unfinished sessions. */
    static CompletableFuture<List<SessionEntry>> inBackground(BatchSettings settings, List<List<Path>> waited,
                                                              AtomicBoolean stop) {
        Watcher.Listener listener = new Watcher.Listener() {
            @Override
            public void waitingFor(List<Path> unfinished) {
                waited.add(unfinished);
            }
        };
        return CompletableFuture.supplyAsync(() -> {
            try {
                return new Watcher(Harness.tools(), listener).watch(settings, Duration.ofMillis(200), "test", stop::get);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    @Test
    void aSessionIsConvertedWhenItsDoneMarkerAppearsAndARestartLeavesItAlone() throws Exception {
        Path root = tmp.resolve("recorder");
        Path session = BatchIntegrationTest.place(Recordings.lateVideo(), root, "20261123/room_101500");
        Files.delete(session.resolve("recording2-done.txt"));
        Path out = tmp.resolve("out");
        BatchSettings settings = new BatchSettings(root, out, 1, Shard.ALL, ConvertSettings.defaults());
        List<List<Path>> waited = new CopyOnWriteArrayList<>();
        AtomicBoolean stop = new AtomicBoolean();
        CompletableFuture<List<SessionEntry>> watching = inBackground(settings, waited, stop);
        Path output = out.resolve("20261123/room_101500/1001_" + Recordings.STAMP + "_av.mp4");
        CliProcess.await(() -> waited.size() >= 2, Duration.ofSeconds(30), "two watch rounds");
        assertThat(waited.get(0)).as("says what it waits for").containsExactly(Path.of("20261123/room_101500"));
        assertThat(output).as("nothing converted before the marker").doesNotExist();

        Files.writeString(session.resolve("recording2-done.txt"), "");
        CliProcess.await(() -> Files.exists(out.resolve("20261123/room_101500/manifest.json")), Duration.ofSeconds(60),
                "the conversion after the marker");
        stop.set(true);
        List<SessionEntry> done = watching.get(30, TimeUnit.SECONDS);

        assertThat(done).extracting(SessionEntry::session, SessionEntry::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("20261123/room_101500", "converted"));
        OutputAssert.assertPlayableMp4(output, OutputAssert.SOURCE_FPS);

        AtomicInteger rounds = new AtomicInteger();
        List<SessionEntry> again = new Watcher(Harness.tools(), new Watcher.Listener() { })
                .watch(settings, Duration.ofMillis(50), "test", () -> rounds.incrementAndGet() > 2);
        assertThat(again).as("a restarted watch finds it converted").isEmpty();
    }
}
