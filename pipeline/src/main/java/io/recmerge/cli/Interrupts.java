package io.recmerge.cli;

import io.recmerge.convert.Toolkit;
import java.io.PrintStream;
import java.util.concurrent.Callable;

/**
 * SIGINT/SIGTERM during a conversion: stop ffmpeg (graceful "q", then destroy), delete every
 * partial file, exit 130. The JVM runs shutdown hooks on both signals; the hook does nothing
 * unless a conversion is under way, so a normal exit (or a test calling {@link Main#run}) is untouched.
 */
final class Interrupts {

    private static volatile Toolkit active;
    private static volatile PrintStream err;
    private static volatile boolean interrupted;

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(Interrupts::onSignal, "recmerge-interrupt"));
    }

    private Interrupts() {
    }

    /** Runs a conversion with the cleanup armed. */
    static int during(Toolkit tools, PrintStream stderr, Callable<Integer> work) throws Exception {
        err = stderr;
        active = tools;
        try {
            return work.call();
        } finally {
            active = null;
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
        err.println();
        err.println("recmerge: interrupted; no partial output was left behind");
        err.flush();
        Runtime.getRuntime().halt(130);
    }

    static boolean interrupted() {
        return interrupted;
    }
}
