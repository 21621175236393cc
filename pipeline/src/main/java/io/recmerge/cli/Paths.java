package io.recmerge.cli;

import java.nio.file.Path;

/** Paths as the user typed them: relative to the current folder when they lie below it. */
final class Paths {

    private Paths() {
    }

    static String shown(Path path) {
        Path abs = path.toAbsolutePath().normalize();
        Path cwd = Path.of("").toAbsolutePath().normalize();
        return abs.startsWith(cwd) && !abs.equals(cwd) ? cwd.relativize(abs).toString() : abs.toString();
    }
}
