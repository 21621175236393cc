package io.recmerge.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/** "waiting for recording2-done.txt in DIR (29:50 left; nothing in it changed for 2 min)". */
final class WaitLine {

    private WaitLine() {
    }

    static String text(Path dir, Duration left, Optional<Duration> idle) {
        return "waiting for recording2-done.txt in " + Paths.shown(dir) + " (" + Progress.clock(left.toSeconds())
                + " left" + idle.map(i -> "; nothing in it changed for " + human(i)).orElse("") + ")";
    }

    static String human(Duration d) {
        long s = d.toSeconds();
        return s < 120 ? s + " s" : s < 7200 ? s / 60 + " min" : s / 3600 + " h";
    }
}
