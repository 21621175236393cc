package io.recmerge.probe;

import io.recmerge.diag.Code;
import io.recmerge.diag.Diagnostic;
import io.recmerge.metadata.MetadataFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The probe stage for one user session: checks that each media file its metadata names is there,
 * non-empty, inside the folder and of a known kind, then asks ffprobe about it.
 */
public final class MediaInventory {

    static final Set<String> MEDIA_EXTENSIONS = Set.of("aac", "m4a", "mp4", "webm", "ts", "mkv", "mov");

    private final Prober prober;

    public MediaInventory(Prober prober) {
        this.prober = prober;
    }

    /** @param facts probe results of the usable files, by name, in metadata order */
    public record Inventory(Map<String, MediaFacts> facts, List<Diagnostic> diagnostics) {
        public Inventory {
            facts = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(facts));
            diagnostics = List.copyOf(diagnostics);
        }
    }

    public Inventory take(Path sessionDir, MetadataFile meta) {
        Map<String, MediaFacts> facts = new LinkedHashMap<>();
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (String name : meta.mediaFiles()) {
            Path file = sessionDir.resolve(name);
            try {
                usable(sessionDir, name, file, meta.uid()).ifPresentOrElse(diagnostics::add, () -> {
                    try {
                        facts.put(name, prober.probe(file));
                    } catch (Prober.ProbeException e) {
                        diagnostics.add(Diagnostic.of(Code.PROBE_FAILED, "ffprobe cannot read " + name + ": "
                                + e.getMessage()).uid(meta.uid()).file(name).build());
                    }
                });
            } catch (IOException e) {
                diagnostics.add(Diagnostic.of(Code.MEDIA_MISSING, "cannot read " + name + ": " + e.getMessage())
                        .uid(meta.uid()).file(name).build());
            }
        }
        return new Inventory(facts, diagnostics);
    }

    /** Empty when the file may be probed, else the reason it may not. */
    private static java.util.Optional<Diagnostic> usable(Path dir, String name, Path file, String uid)
            throws IOException {
        String ext = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
        if (!MEDIA_EXTENSIONS.contains(ext)) {
            return java.util.Optional.of(Diagnostic.of(Code.MEDIA_UNSUPPORTED, name + ": '." + ext
                    + "' is not a media file recmerge reads").uid(uid).file(name).build());
        }
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            return java.util.Optional.of(Diagnostic.of(Code.MEDIA_MISSING, name + " is named in the metadata but "
                    + "is not in the folder").uid(uid).file(name).build());
        }
        if (!file.toRealPath().startsWith(dir.toRealPath())) {
            return java.util.Optional.of(Diagnostic.of(Code.METADATA_HOSTILE_NAME, name + " links outside the "
                    + "session folder; it was not opened").uid(uid).file(name).build());
        }
        if (!Files.isRegularFile(file)) {
            return java.util.Optional.of(Diagnostic.of(Code.MEDIA_UNSUPPORTED, name + " is not a regular file")
                    .uid(uid).file(name).build());
        }
        if (Files.size(file) == 0) {
            return java.util.Optional.of(Diagnostic.of(Code.MEDIA_EMPTY, name + " has size 0 and was skipped")
                    .uid(uid).file(name).build());
        }
        return java.util.Optional.empty();
    }
}
