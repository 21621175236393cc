package io.recmerge.convert;

import io.recmerge.diag.Diagnostic;
import io.recmerge.discover.SessionFolder;
import io.recmerge.report.ExitCode;
import java.nio.file.Path;
import java.util.List;

/** The result of converting one session folder. */
public record ConvertReport(SessionFolder folder, Path outputDir, List<WrittenOutput> written,
                            List<Diagnostic> diagnostics, ExitCode exitCode) {

    public ConvertReport {
        written = List.copyOf(written);
        diagnostics = List.copyOf(diagnostics);
    }
}
