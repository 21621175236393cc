package io.recmerge.cli;

import io.recmerge.batch.BatchListener;
import io.recmerge.batch.SessionEntry;
import io.recmerge.convert.ConvertListener;
import io.recmerge.plan.PlannedOutput;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A batch's progress. On a terminal: one overall bar (sessions done/total, media minutes, speed,
 * ETA, elapsed) with a line per running job under it, redrawn in place. Without a terminal: a line
 * (or a JSON object) per finished session, with the overall counts in it.
 */
final class BatchProgress implements BatchListener {

    private static final long REDRAW_NANOS = 200_000_000L;

    private final Console console;
    private final long start = System.nanoTime();
    private final Map<Path, String> running = new ConcurrentHashMap<>();
    private int total;
    private int done;
    private double mediaDone;
    private int drawnLines;
    private long lastDraw;

    BatchProgress(Console console) {
        this.console = console;
    }

    @Override
    public synchronized void found(List<Path> sessions, int skippedByShard) {
        total = sessions.size();
        console.info(String.format(Locale.ROOT, "batch: %d session folder(s) to take%s", total,
                skippedByShard > 0 ? " (" + skippedByShard + " belong to other shards)" : ""),
                "event", "batch-found", "sessions", total, "otherShards", skippedByShard);
        redraw(true);
    }

    @Override
    public ConvertListener session(Path relative) {
        return new ConvertListener() {
            private String file = "";

            @Override
            public void planning(Path sessionDir, int metadataFiles) {
                show(relative, "probing " + metadataFiles + " user session(s)");
            }

            @Override
            public void probing(int index, int total, String metadataFile) {
                show(relative, "probing user session " + index + "/" + total);
            }

            @Override
            public void started(PlannedOutput output, int index, int count) {
                file = String.format(Locale.ROOT, "[%d/%d] %s", index, count, output.fileName());
                show(relative, file + " " + output.plan().strategy());
            }

            @Override
            public void progress(PlannedOutput output, Duration position) {
                int percent = (int) Math.min(100, Math.round(position.toMillis() / 10.0 / output.duration()));
                show(relative, file + " " + percent + "%");
            }
        };
    }

    @Override
    public synchronized void finished(SessionEntry e) {
        running.remove(Path.of(e.session()));
        done++;
        mediaDone += e.mediaSeconds();
        String line = String.format(Locale.ROOT, "[%d/%d] %s: %s%s, %d output(s), %.1f s of media in %.1f s", done,
                total, e.session(), e.status(), e.exitCode() == 0 ? "" : " (exit " + e.exitCode() + ")", e.outputs(),
                e.mediaSeconds(), e.seconds());
        clearBlock();
        Object[] fields = {"event", "session-finished", "session", e.session(), "status", e.status(),
            "exit", e.exitCode(), "done", done, "total", total, "mediaSeconds", e.mediaSeconds()};
        if (e.failedSession() || e.status().equals("error") || e.status().equals("locked")) {
            console.warn(line + (e.message().isEmpty() ? "" : ": " + e.message()), fields);
        } else {
            console.info(line, fields);
        }
        redraw(true);
    }

    private void show(Path relative, String what) {
        running.put(relative, what);
        synchronized (this) {
            redraw(false);
        }
    }

    private void redraw(boolean force) {
        if (!console.terminal()) {
            return;
        }
        long now = System.nanoTime();
        if (!force && now - lastDraw < REDRAW_NANOS) {
            return;
        }
        lastDraw = now;
        clearBlock();
        StringBuilder block = new StringBuilder(overall(now)).append('\n');
        running.forEach((session, what) -> block.append("  ").append(session).append(": ").append(what).append('\n'));
        console.stream().print(block);
        console.stream().flush();
        drawnLines = 1 + running.size();
    }

    private String overall(long now) {
        double elapsed = (now - start) / 1e9;
        double speed = elapsed > 1 ? mediaDone / elapsed : 0;
        String eta = done > 0 ? Progress.clock(elapsed / done * (total - done)) : "--:--";
        int filled = total == 0 ? 0 : (int) Math.round(24.0 * done / total);
        return String.format(Locale.ROOT, "recmerge: batch [%s%s] %d/%d sessions, %.1f min of media, %.1fx, "
                + "%s elapsed, ETA %s", "#".repeat(filled), "-".repeat(24 - filled), done, total, mediaDone / 60,
                speed, Progress.clock(elapsed), eta);
    }

    /** Moves the cursor up over the last drawn block and clears it, so lines print above the bar. */
    private void clearBlock() {
        if (!console.terminal() || drawnLines == 0) {
            return;
        }
        console.stream().print(("\033[1A\r\033[K").repeat(drawnLines));
        drawnLines = 0;
    }
}
