package io.recmerge.cli;

import io.recmerge.convert.ConvertListener;
import io.recmerge.diag.Diagnostic;
import io.recmerge.plan.PlannedOutput;
import io.recmerge.verify.OutputFacts;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Progress of one {@code convert}: on a terminal a redrawn bar per output with speed (media seconds
 * per second), elapsed time and ETA, and a line from the first second (probing); without a terminal
 * plain lines (start, every quarter of a long render, end), or JSON objects with {@code --log-format json}.
 */
final class Progress implements ConvertListener {

    private static final int BAR = 24;
    private static final long REDRAW_NANOS = 100_000_000L;
    /** Plain-line mode stays quiet about renders that finish within seconds. */
    private static final long QUIET_NANOS = 5_000_000_000L;
    private static final Duration WAIT_LINE_EVERY = Duration.ofSeconds(10);

    private final Console console;
    private final long runStart = System.nanoTime();
    private String prefix = "";
    private long lastDraw;
    private long startedAt;
    private int lastQuarter;
    private long lastWaitLine;

    Progress(Console console) {
        this.console = console;
    }

    static Progress forConvert(Console console) {
        return new Progress(console);
    }

    @Override
    public void waiting(Path sessionDir, Duration left, Optional<Duration> idle) {
        long now = System.nanoTime();
        Duration every = console.terminal() ? WAIT_LINE_EVERY : Duration.ofMinutes(1);
        if (lastWaitLine != 0 && now - lastWaitLine < every.toNanos()) {
            return;
        }
        lastWaitLine = now;
        console.info(WaitLine.text(sessionDir, left, idle), "event", "waiting", "dir", sessionDir.toString(),
                "secondsLeft", left.toSeconds(), "idleSeconds", idle.map(Duration::toSeconds).orElse(-1L));
    }

    @Override
    public void planning(Path sessionDir, int metadataFiles) {
        if (console.terminal()) {
            console.stream().print(String.format(Locale.ROOT, "\rrecmerge: reading %d user session(s) in %s: "
                    + "metadata, probing, planning...", metadataFiles, Paths.shown(sessionDir)));
            console.stream().flush();
        }
    }

    @Override
    public void probing(int index, int total, String metadataFile) {
        if (console.terminal()) {
            console.stream().print(String.format(Locale.ROOT, "\r\033[Krecmerge: probing user session %d/%d (%s), "
                    + "%s elapsed", index, total, metadataFile, clock(seconds(System.nanoTime() - runStart))));
            console.stream().flush();
        }
    }

    @Override
    public void planned(List<PlannedOutput> outputs) {
        if (console.terminal()) {
            console.stream().print("\r\033[K");
        }
        double media = outputs.stream().mapToDouble(PlannedOutput::duration).sum();
        console.info(String.format(Locale.ROOT, "%d output(s) planned, %.1f s of media (planned in %.1f s)",
                outputs.size(), media, seconds(System.nanoTime() - runStart)), "event", "planned",
                "outputs", outputs.size(), "mediaSeconds", media);
    }

    @Override
    public void started(PlannedOutput output, int index, int total) {
        prefix = String.format(Locale.ROOT, "[%d/%d] %s", index, total, output.fileName());
        lastQuarter = 0;
        lastDraw = 0;
        startedAt = System.nanoTime();
        console.info(String.format(Locale.ROOT, "%s: %s, %.1f s", prefix, output.plan().strategy(), output.duration()),
                "event", "started", "file", output.fileName(), "strategy", output.plan().strategy(),
                "mediaSeconds", output.duration());
        progress(output, Duration.ZERO);
    }

    @Override
    public void progress(PlannedOutput output, Duration position) {
        double done = position.toMillis() / 1000.0;
        double fraction = Math.min(1, done / output.duration());
        long now = System.nanoTime();
        if (console.terminal()) {
            if (now - lastDraw > REDRAW_NANOS) {
                lastDraw = now;
                console.stream().print("\r\033[K" + bar(prefix, fraction, done, output.duration(), now - startedAt));
                console.stream().flush();
            }
        } else if ((int) (fraction * 4) > lastQuarter && fraction < 1 && now - startedAt > QUIET_NANOS) {
            lastQuarter = (int) (fraction * 4);
            console.info(prefix + ": " + lastQuarter * 25 + "%", "event", "progress", "file", output.fileName(),
                    "percent", lastQuarter * 25);
        }
    }

    /** "[1/2] x.mp4 [######------] 40% 3.2x, 0:05 elapsed, ETA 0:07" */
    static String bar(String prefix, double fraction, double mediaDone, double mediaTotal, long elapsedNanos) {
        int filled = (int) Math.round(fraction * BAR);
        double elapsed = seconds(elapsedNanos);
        double speed = elapsed > 0.2 ? mediaDone / elapsed : 0;
        String eta = speed > 0 ? clock((mediaTotal - mediaDone) / speed) : "--:--";
        return String.format(Locale.ROOT, "recmerge: %s [%s%s] %3d%% %s, %s elapsed, ETA %s", prefix,
                "#".repeat(filled), "-".repeat(BAR - filled), Math.round(fraction * 100),
                speed > 0 ? String.format(Locale.ROOT, "%.1fx", speed) : "-.-x", clock(elapsed), eta);
    }

    @Override
    public void written(PlannedOutput output, OutputFacts facts, Duration elapsed) {
        console.info(String.format(Locale.ROOT, "%s: written (%s, %.2f s of media in %.1f s)", prefix,
                output.plan().strategy(), facts.duration(), elapsed.toMillis() / 1000.0), "event", "written",
                "file", output.fileName(), "mediaSeconds", facts.duration(), "seconds", elapsed.toMillis() / 1000.0);
    }

    @Override
    public void failed(PlannedOutput output, Diagnostic why) {
        console.warn(prefix + ": FAILED " + why.code(), "event", "failed", "file", output.fileName(),
                "code", why.code().name());
    }

    static String clock(double seconds) {
        long s = Math.max(0, Math.round(seconds));
        return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }
}
