package io.recmerge.metadata;

import io.recmerge.diag.Diagnostic;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A parsed {@code uid_<uid>_<stamp>.txt}: the usable events in time order plus a diagnostic for
 * every line that could not be used.
 */
public record MetadataFile(Path path, String uid, String stamp, List<MetadataEvent> events,
                           List<Diagnostic> diagnostics) {

    public MetadataFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(uid, "uid");
        Objects.requireNonNull(stamp, "stamp");
        events = List.copyOf(events);
        diagnostics = List.copyOf(diagnostics);
    }

    /** {@code uid_1001_20261123101500} for {@code uid_1001_20261123101500.txt}. */
    public String baseName() {
        String name = path.getFileName().toString();
        return name.substring(0, name.length() - ".txt".length());
    }

    /** The media files this metadata names, in order of first mention. */
    public Set<String> mediaFiles() {
        Set<String> names = new LinkedHashSet<>();
        for (MetadataEvent event : events) {
            if (event instanceof MetadataEvent.FileEvent fileEvent) {
                names.add(fileEvent.file());
            }
        }
        return names;
    }
}
