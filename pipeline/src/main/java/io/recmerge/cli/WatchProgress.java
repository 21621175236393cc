package io.recmerge.cli;

import io.recmerge.batch.SessionEntry;
import io.recmerge.batch.Watcher;
import io.recmerge.convert.ConvertListener;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * What {@code watch} prints: each session as it is converted, and what it is waiting for: at once
 * when that changes, then every 10 s on a terminal (every minute in a log).
 */
final class WatchProgress implements Watcher.Listener {

    private final Console console;
    private List<Path> lastWaiting = List.of();
    private long lastLine;

    WatchProgress(Console console) {
        this.console = console;
    }

    @Override
    public ConvertListener session(Path relative) {
        return new ConvertListener() {
            @Override
            public void planning(Path sessionDir, int metadataFiles) {
                // Only a session that is really converted gets here (not one found unchanged).
                console.info("recording finished: converting " + relative, "event", "session-started", "session",
                        relative.toString());
            }
        };
    }

    @Override
    public void finished(SessionEntry e) {
        if (e.status().equals("unchanged")) {
            return;
        }
        String line = String.format(Locale.ROOT, "%s: %s%s, %d output(s), %.1f s of media in %.1f s", e.session(),
                e.status(), e.exitCode() == 0 ? "" : " (exit " + e.exitCode() + ")", e.outputs(), e.mediaSeconds(),
                e.seconds());
        if (e.succeeded()) {
            console.info(line, "event", "session-finished", "session", e.session(), "status", e.status());
        } else {
            console.warn(line + (e.message().isEmpty() ? "" : ": " + e.message()), "event", "session-finished",
                    "session", e.session(), "status", e.status());
        }
    }

    @Override
    public void waitingFor(List<Path> unfinished) {
        long now = System.nanoTime();
        long every = console.terminal() ? 10_000_000_000L : 60_000_000_000L;
        if (unfinished.equals(lastWaiting) && now - lastLine < every) {
            return;
        }
        lastWaiting = List.copyOf(unfinished);
        lastLine = now;
        String which = unfinished.isEmpty() ? "no session is being recorded"
                : unfinished.size() + " session(s) still recording (no recording2-done.txt): "
                        + String.join(", ", unfinished.stream().limit(5).map(Path::toString).toList())
                        + (unfinished.size() > 5 ? ", ..." : "");
        console.info("waiting: " + which, "event", "waiting", "unfinished", unfinished.size());
    }
}
