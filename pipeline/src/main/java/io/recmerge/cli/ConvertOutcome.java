package io.recmerge.cli;

import io.recmerge.cli.Version;
import io.recmerge.convert.ConvertReport;
import io.recmerge.convert.Toolkit;
import io.recmerge.convert.WrittenOutput;
import io.recmerge.diag.Code;
import io.recmerge.diag.Diagnostic;
import io.recmerge.diag.Severity;
import io.recmerge.report.ExitCode;
import io.recmerge.report.Manifest;
import io.recmerge.report.ManifestWriter;
import io.recmerge.report.Reports;
import java.io.IOException;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** After a conversion: manifest.json, convert-done.txt, the human summary, the exit code. */
final class ConvertOutcome {

    private final Toolkit tools;
    private final ConvertReport report;
    private final PrintStream err;
    private final PrintStream out;

    ConvertOutcome(Toolkit tools, ConvertReport report, PrintStream err, PrintStream out) {
        this.tools = tools;
        this.report = report;
        this.err = err;
        this.out = out;
    }

    int finish() throws IOException {
        if (report.exitCode() == ExitCode.NOT_FINISHED) {
            err.println(notFinished());
            return ExitCode.NOT_FINISHED.code();
        }
        if (Interrupts.interrupted()) {
            return ExitCode.INTERRUPTED.code();
        }
        ManifestWriter.write(manifest(), report.outputDir());
        int failed = (int) report.diagnostics().stream().filter(d -> d.code().name().startsWith("RENDER")
                || d.code().name().startsWith("VERIFY")).count();
        Reports.writeDoneMarker(report.outputDir(), report.exitCode(), report.written().size(), failed,
                Reports.partialFiles(report.diagnostics()).size());
        summary();
        return report.exitCode().code();
    }

    /** Exit 4: say whether the folder looks crashed (and why the recorder left, if its log says). */
    private String notFinished() {
        String head = "recmerge: " + report.folder().dir() + " has no recording2-done.txt: the recording is not "
                + "finished, or the recorder crashed.";
        String left = message(Code.RECORDER_LEFT).map(m -> " " + capitalized(m) + ".").orElse("");
        return message(Code.RECORDING_CRASHED)
                .map(signs -> head + " It shows " + signs + "." + left + " If the recorder is no longer running, "
                        + "--force converts what is there (missing close lines are taken from the media, .ts files "
                        + "are read directly); --wait waits for the marker.")
                .orElse(head + left + " Use --wait to wait for it, or --force to convert what is there.");
    }

    private Optional<String> message(Code code) {
        return report.diagnostics().stream().filter(d -> d.code() == code).map(Diagnostic::message).findFirst();
    }

    private static String capitalized(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private Manifest manifest() {
        Manifest.Tool tool = new Manifest.Tool("recmerge", Version.current(), tools.ffmpegVersion());
        Manifest.Session session = new Manifest.Session(report.folder().dir().toAbsolutePath().toString(),
                report.folder().name(), report.folder().recordingDone());
        Set<String> partial = Reports.partialFiles(report.diagnostics());
        List<Manifest.Output> outputs = report.written().stream()
                .map(w -> Reports.output(w.plan(), w.facts(), partial.contains(w.plan().fileName()))).toList();
        return new Manifest(Manifest.SCHEMA, tool, session, outputs, Reports.diagnostics(report.diagnostics()),
                report.exitCode().code());
    }

    /** Written files on stdout (one per line, for scripts); problems on stderr. */
    private void summary() {
        for (WrittenOutput w : report.written()) {
            out.println(report.outputDir().resolve(w.plan().fileName()));
        }
        for (Diagnostic d : report.diagnostics()) {
            if (d.severity() != Severity.INFO) {
                err.println("recmerge: " + d.severity().label() + " " + d.code() + ": " + d.message());
                err.println("          hint: " + d.hint());
            }
        }
        err.println(String.format(Locale.ROOT, "recmerge: %d output(s) written to %s; manifest.json there (exit %d)",
                report.written().size(), report.outputDir(), report.exitCode().code()));
    }
}
