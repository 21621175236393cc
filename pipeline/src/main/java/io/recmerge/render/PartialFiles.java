package io.recmerge.render;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every file that is being written and is not yet complete. On failure or interruption they are
 * deleted, so a user never finds a half-written output.
 */
public final class PartialFiles {

    private final Set<Path> files = ConcurrentHashMap.newKeySet();

    public void add(Path file) {
        files.add(file);
    }

    /** The file is complete (renamed into place) or already gone. */
    public void release(Path file) {
        files.remove(file);
    }

    public void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // Best effort: a temp name that stays behind is hidden and replaced on the next run.
        }
        files.remove(file);
    }

    public void deleteAll() {
        Set.copyOf(files).forEach(this::delete);
    }
}
