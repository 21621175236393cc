package io.recmerge.report;

import io.recmerge.diag.Diagnostic;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Writes what a finished session run leaves in its output folder: manifest.json and
 * convert-done.txt, both derived from the same {@link SessionResult}. A run that did not finish
 * (recording not done, interrupted) writes neither, so automation never mistakes it for done.
 */
public final class SessionReports {

    /** Milliseconds always written, so every clockZeroUtc has the same shape. */
    private static final java.time.format.DateTimeFormatter UTC = java.time.format.DateTimeFormatter
            .ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(java.time.ZoneOffset.UTC);

    private SessionReports() {
    }

    public static boolean writesReports(SessionResult result) {
        return result.state() == SessionResult.State.CONVERTED;
    }

    /** @return false when the run did not finish and nothing was written */
    public static boolean write(SessionResult result, Manifest.Tool tool, Optional<Manifest.Input> input)
            throws IOException {
        if (!writesReports(result)) {
            return false;
        }
        ManifestWriter.write(manifest(result, tool, input), result.outputDir());
        Manifest.Counts c = counts(result);
        ManifestWriter.writeAtomically(result.outputDir().resolve(Reports.DONE_MARKER), "finished " + Instant.now()
                + " exit=" + result.exitCode().code() + " written=" + (c.written() + c.partial()) + " partial="
                + c.partial() + " failed=" + (c.failed() + c.refused()) + "\n");
        return true;
    }

    public static Manifest manifest(SessionResult result, Manifest.Tool tool, Optional<Manifest.Input> input) {
        Manifest.Session session = new Manifest.Session(result.folder().dir().toAbsolutePath().toString(),
                result.folder().name(), result.folder().recordingDone(), result.clockZero().map(UTC::format));
        List<Manifest.Output> outputs = result.made().stream().map(Reports::output).toList();
        List<Manifest.DiagnosticEntry> diagnostics = result.diagnostics().stream().map(ManifestWriter::entry).toList();
        return new Manifest(Manifest.SCHEMA, tool, session, outputs, diagnostics, result.exitCode().code(),
                counts(result), input);
    }

    public static Manifest.Counts counts(SessionResult result) {
        return new Manifest.Counts((int) result.count(OutputOutcome.Written.class),
                (int) result.count(OutputOutcome.Partial.class), (int) result.count(OutputOutcome.Failed.class),
                (int) result.count(OutputOutcome.Refused.class));
    }

    /** The diagnostics worth a line on the console: warnings and errors. */
    public static List<Diagnostic> notable(SessionResult result) {
        return result.diagnostics().stream().filter(d -> d.severity() != io.recmerge.diag.Severity.INFO).toList();
    }
}
