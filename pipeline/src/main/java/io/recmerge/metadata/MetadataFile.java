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

    /**
     * {@code uid_1001_20261123101500} for {@code uid_1001_20261123101500.txt}, and for its hidden
     * crash-recovery copy {@code .uid_1001_20261123101500.txt} too: outputs are named after it.
     */
    public String baseName() {
        String name = path.getFileName().toString();
        String visible = name.startsWith(".") ? name.substring(1) : name;
        return visible.endsWith(".txt") ? visible.substring(0, visible.length() - ".txt".length()) : visible;
    }

    /**
     * The same metadata with every event of media file {@code from} about file {@code to} instead:
     * a crashed recorder's {@code .ts} stands in for the {@code .mp4} the metadata names.
     */
    public MetadataFile withFileRenamed(String from, String to) {
        List<MetadataEvent> renamed = events.stream().map(e -> renamed(e, from, to)).toList();
        return new MetadataFile(path, uid, stamp, renamed, diagnostics);
    }

    private static MetadataEvent renamed(MetadataEvent e, String from, String to) {
        if (!(e instanceof MetadataEvent.FileEvent f) || !f.file().equals(from)) {
            return e;
        }
        if (e instanceof MetadataEvent.Create c) {
            return new MetadataEvent.Create(c.time(), to);
        }
        if (e instanceof MetadataEvent.Info i) {
            return new MetadataEvent.Info(i.time(), to, i.channels(), i.width(), i.height(), i.rotation(),
                    i.codecSwitch());
        }
        if (e instanceof MetadataEvent.Rotate r) {
            return new MetadataEvent.Rotate(r.time(), to, r.degrees());
        }
        return new MetadataEvent.Close(e.time(), to);
    }

    /** The same events with these diagnostics. */
    MetadataFile withDiagnostics(List<Diagnostic> replaced) {
        return new MetadataFile(path, uid, stamp, events, replaced);
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
