package io.recmerge.report;

import io.recmerge.diag.Diagnostic;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Serialises the manifest; written beside its final name and renamed, so it is never half there. */
public final class ManifestWriter {

    public static final String FILE_NAME = "manifest.json";

    private ManifestWriter() {
    }

    public static String toJson(Manifest manifest) throws IOException {
        return Json.write(manifest);
    }

    public static Manifest.DiagnosticEntry entry(Diagnostic d) {
        return new Manifest.DiagnosticEntry(d.code().name(), d.severity().label(), d.uid(), d.file(), d.message(),
                d.hint());
    }

    public static void write(Manifest manifest, Path outputDir) throws IOException {
        writeAtomically(outputDir.resolve(FILE_NAME), toJson(manifest));
    }

    /** Temp file + rename in the same folder: readers see the old file or the new one, never a mix. */
    public static void writeAtomically(Path target, String text) throws IOException {
        Path temp = target.resolveSibling("." + target.getFileName() + ".partial");
        try {
            Files.writeString(temp, text);
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            Files.deleteIfExists(temp); // a full disk must not leave a half-written file behind
            throw e;
        }
    }
}
