package io.recmerge.render;

import io.recmerge.diag.Code;
import io.recmerge.diag.Diagnostic;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
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

    /**
     * Removes the hidden {@code .<name>.partial} files an earlier run left in the output folder
     * when it was killed (SIGKILL, power loss: no chance to clean up). Only names this session's
     * outputs can have are touched ({@code .<uid>_<stamp>…} of session mode and its snapshots,
     * {@code .<uid>_…} of the uid modes, an older run's {@code .uid_<uid>_<stamp>…}, the manifest and
     * the done marker), so sessions sharing an output folder are safe.
     *
     * @param metadataFiles the session's metadata files: their names give the output names
     */
    public static List<Diagnostic> removeStale(Path outputDir, List<Path> metadataFiles) throws IOException {
        Set<String> prefixes = new HashSet<>(Set.of(".manifest.json", ".convert-done.txt"));
        for (Path meta : metadataFiles) {
            String name = meta.getFileName().toString().replaceFirst("^\\.", "").replaceFirst("\\.txt$", "");
            prefixes.add("." + name);
            prefixes.add("." + name.replaceFirst("^uid_([^_]+)_.*$", "$1") + "_");
        }
        List<Diagnostic> removed = new ArrayList<>();
        try (Stream<Path> entries = Files.list(outputDir)) {
            for (Path p : entries.filter(p -> isStale(p, prefixes)).toList()) {
                Files.deleteIfExists(p);
                removed.add(Diagnostic.of(Code.STALE_PARTIAL_REMOVED, "removed " + p.getFileName() + ", left by an "
                        + "earlier run that was stopped before it finished").file(p.getFileName().toString()).build());
            }
        }
        return removed;
    }

    private static boolean isStale(Path p, Set<String> prefixes) {
        String name = p.getFileName().toString();
        return name.endsWith(".partial") && Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)
                && prefixes.stream().anyMatch(name::startsWith);
    }
}
