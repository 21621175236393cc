package io.recmerge.metadata;

import io.recmerge.diag.Code;
import io.recmerge.diag.Diagnostic;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The recorder keeps a hidden copy {@code .uid_<uid>_<stamp>.txt} of each metadata file for crash
 * recovery (docs/input-format.md): when a crash leaves the visible file empty, or removes it, the copy still
 * has the events.
 */
final class HiddenCopy {

    private HiddenCopy() {
    }

    static boolean isCopy(Path file) {
        return file.getFileName().toString().startsWith(".");
    }

    /** The copy beside a visible metadata file, when it is there as a regular file (not a link). */
    static Optional<Path> of(Path visible) {
        Path copy = visible.resolveSibling("." + visible.getFileName());
        return Files.isRegularFile(copy, LinkOption.NOFOLLOW_LINKS) ? Optional.of(copy) : Optional.empty();
    }

    /** The copy's events under the visible file's name, when it has any; else the visible file as parsed. */
    static MetadataFile use(MetadataFile visible, MetadataFile copy) {
        if (copy.events().isEmpty()) {
            return visible;
        }
        String name = visible.path().getFileName().toString();
        String why = has(visible, Code.METADATA_UNREADABLE) ? "cannot be read"
                : has(visible, Code.METADATA_EMPTY) ? "is empty" : "has no usable line";
        return new MetadataFile(visible.path(), visible.uid(), visible.stamp(), copy.events(),
                withNote(copy, name + " " + why + "; its hidden copy " + copy.path().getFileName() + " was used ("
                        + copy.events().size() + " events)", name));
    }

    /** A copy whose visible file is gone: used as it is, with a note saying so. */
    static MetadataFile orphan(MetadataFile copy) {
        String copyName = copy.path().getFileName().toString();
        String visible = copyName.substring(1);
        return copy.withDiagnostics(withNote(copy, visible + " is missing; its hidden copy " + copyName
                + " was used (" + copy.events().size() + " events)", copyName));
    }

    private static boolean has(MetadataFile file, Code code) {
        return file.diagnostics().stream().anyMatch(d -> d.code() == code);
    }

    private static List<Diagnostic> withNote(MetadataFile copy, String message, String file) {
        List<Diagnostic> all = new ArrayList<>();
        all.add(Diagnostic.of(Code.METADATA_FROM_COPY, message).uid(copy.uid()).file(file).build());
        all.addAll(copy.diagnostics());
        return all;
    }
}
