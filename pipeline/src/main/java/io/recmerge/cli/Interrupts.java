package io.recmerge.cli;

import io.recmerge.convert.Toolkit;
import java.io.PrintStream;

/**
 * SIGINT/SIGTERM: stop ffmpeg (it finishes or abandons its file), delete every partial file,
 * then exit 130. The JVM runs shutdown hooks on both signals; a normal exit skips the cleanup.
 */
final class Interrupts {

    private static volatile boolean completed;
    private static volatile boolean interrupted;

    private Interrupts() {
    }

    static void install(Toolkit tools, PrintStream err) {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (completed) {
                return;
            }
            interrupted = true;
            tools.runner().stopAll();
            tools.partials().deleteAll();
            err.println();
            err.println("recmerge: interrupted; no partial output was left behind");
            err.flush();
            Runtime.getRuntime().halt(130);
        }, "recmerge-interrupt"));
    }

    /** The main thread is past its last write: the hook has nothing to clean. */
    static void completed() {
        completed = true;
    }

    static boolean interrupted() {
        return interrupted;
    }
}
