package io.recmerge.convert;

import io.recmerge.diag.Code;
import io.recmerge.diag.Diagnostic;
import io.recmerge.metadata.MetadataFile;
import java.util.List;
import java.util.Optional;

/**
 * A metadata file with text in it of which not one line gave an event: said once, with the first
 * problem as the example. The per-line diagnostics are details (often info level) a user would not
 * connect to "nothing was converted".
 */
final class NothingUsable {

    private NothingUsable() {
    }

    static Optional<Diagnostic> of(MetadataFile meta) {
        List<Diagnostic> lines = meta.diagnostics().stream().filter(d -> d.message().contains(" line ")).toList();
        if (!meta.events().isEmpty() || lines.isEmpty()) {
            return Optional.empty();
        }
        Diagnostic first = lines.get(0);
        String source = meta.path().getFileName().toString();
        String example = first.message().substring(first.message().indexOf(" line ") + 1);
        // "0.000 uid_1_2 x.aac create": the name's second half is read as the event.
        boolean spaced = first.code() == Code.METADATA_UNKNOWN_EVENT && example.matches(".*'[^']*\\.[a-zA-Z0-9]+'.*");
        String hint = spaced ? "The file names in it seem to contain a space: fields are separated by single spaces "
                + "and the recorder never writes a space in a name. Rename the media files without spaces, fix their "
                + "names in the metadata, and convert again." : null;
        return Optional.of(Diagnostic.of(Code.METADATA_NOTHING_USABLE, source + ": none of its lines could be used ("
                + lines.size() + " problem(s)); e.g. " + example).uid(meta.uid()).file(source).hint(hint).build());
    }
}
