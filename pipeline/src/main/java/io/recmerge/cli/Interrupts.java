package io.recmerge.cli;

import io.recmerge.convert.Toolkit;
import java.io.PrintStream;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * SIGINT/SIGTERM during a run: stop every ffmpeg (graceful "q", then destroy), delete every partial
 * file, let the run finish its bookkeeping (a batch writes its report so far; no new job starts,
 * since the runner refuses new processes once stopped), then exit 130. The JVM runs shutdown hooks
 * on both signals; the hook does nothing unless a run is under way, so a normal exit (or a test
 * calling {@link Main#run}) is untouched.
 */
final class Interrupts {

    /** How long the run may take to write its report after the signal. */
    private static final long WIND_DOWN_SECONDS = 20;

    private static volatile Toolkit active;
    private static volatile PrintStream err;
    private static volatile CountDownLatch finished;
    private static volatile boolean interrupted;

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(Interrupts::onSignal, "recmerge-interrupt"));
    }

    private Interrupts() {
    }

    /** Runs the work with the cleanup armed; returns 130 when a signal came. */
    static int during(Toolkit tools, PrintStream stderr, Callable<Integer> work) throws Exception {
        err = stderr;
        finished = new CountDownLatch(1);
        active = tools;
        try {
            int code = work.call();
            return interrupted ? 130 : code;
        } finally {
            active = null;
            finished.countDown();
        }
    }

    private static void onSignal() {
        Toolkit tools = active;
        if (tools == null) {
            return;
        }
        interrupted = true;
        tools.runner().stopAll();
        tools.partials().deleteAll();
        try {
            finished.await(WIND_DOWN_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        tools.partials().deleteAll();
        err.println();
        err.println("recmerge: interrupted; no partial output was left behind (a rerun converts the rest)");
        err.flush();
        Runtime.getRuntime().halt(130);
    }

    static boolean interrupted() {
        return interrupted;
    }
}
