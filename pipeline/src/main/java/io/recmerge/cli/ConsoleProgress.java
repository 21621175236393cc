package io.recmerge.cli;

import io.recmerge.convert.ConvertListener;
import io.recmerge.diag.Diagnostic;
import io.recmerge.plan.PlannedOutput;
import io.recmerge.verify.OutputFacts;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

/**
 * Progress on stderr: a redrawn bar per output on a terminal, plain lines (start, every quarter,
 * end) when stderr goes to a file or a CI log, where a redrawn line would be noise.
 */
final class ConsoleProgress implements ConvertListener {

    private static final int BAR = 24;
    private static final long REDRAW_NANOS = 100_000_000L;
    /** Plain-line mode stays quiet about renders that finish within seconds. */
    private static final long QUIET_NANOS = 5_000_000_000L;

    private final PrintStream err;
    private final boolean terminal;
    private String prefix = "";
    private long lastDraw;
    private long startedAt;
    private int lastQuarter;

    ConsoleProgress(PrintStream err, boolean terminal) {
        this.err = err;
        this.terminal = terminal;
    }

    static ConsoleProgress forTerminal(PrintStream err) {
        return new ConsoleProgress(err, System.console() != null && !"dumb".equals(System.getenv("TERM")));
    }

    @Override
    public void waiting(Path sessionDir, Duration left) {
        if (!terminal && left.toSeconds() % 60 > 1) {
            return;
        }
        line(String.format(Locale.ROOT, "waiting for recording2-done.txt in %s (%d s left)", sessionDir, left.toSeconds()));
    }

    @Override
    public void started(PlannedOutput output, int index, int total) {
        prefix = String.format(Locale.ROOT, "[%d/%d] %s", index, total, output.fileName());
        lastQuarter = 0;
        lastDraw = 0;
        startedAt = System.nanoTime();
        line(String.format(Locale.ROOT, "%s: %s, %.1f s", prefix, output.plan().strategy(), output.duration()));
    }

    @Override
    public void progress(PlannedOutput output, Duration position) {
        double fraction = Math.min(1, position.toMillis() / 1000.0 / output.duration());
        if (terminal) {
            long now = System.nanoTime();
            if (now - lastDraw > REDRAW_NANOS) {
                lastDraw = now;
                int filled = (int) Math.round(fraction * BAR);
                err.print(String.format(Locale.ROOT, "\r%s [%s%s] %3d%%", prefix, "#".repeat(filled),
                        "-".repeat(BAR - filled), Math.round(fraction * 100)));
                err.flush();
            }
        } else if ((int) (fraction * 4) > lastQuarter && fraction < 1 && System.nanoTime() - startedAt > QUIET_NANOS) {
            lastQuarter = (int) (fraction * 4);
            line(prefix + ": " + lastQuarter * 25 + "%");
        }
    }

    @Override
    public void written(PlannedOutput output, OutputFacts facts, Duration elapsed) {
        line(String.format(Locale.ROOT, "%s: written (%s, %.2f s of media in %.1f s)", prefix,
                output.plan().strategy(), facts.duration(), elapsed.toMillis() / 1000.0));
    }

    @Override
    public void failed(PlannedOutput output, Diagnostic why) {
        line(prefix + ": FAILED " + why.code());
    }

    private void line(String text) {
        err.println((terminal ? "\r\033[K" : "") + "recmerge: " + text);
    }
}
