package io.recmerge.cli;

import io.recmerge.convert.SessionRun;
import io.recmerge.diag.Code;
import io.recmerge.diag.Diagnostic;
import io.recmerge.diag.Severity;
import io.recmerge.report.OutputOutcome;
import io.recmerge.report.SessionReports;
import io.recmerge.report.SessionResult;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What {@code convert} prints about a finished run: the written files on stdout (one per line, for
 * scripts), problems and a closing line on stderr. The exit code comes from the run's outcome.
 */
final class Summary {

    /** Findings that explain the recording, not what stopped a conversion. */
    private static final Set<Code> NOT_CAUSES = Set.of(Code.NOTHING_TO_CONVERT, Code.RECORDING_NOT_DONE,
            Code.RECORDER_LEFT, Code.AUDIO_ONLY, Code.VIDEO_SPLIT, Code.SESSION_SPLIT, Code.VIDEO_STARTS_LATE,
            Code.WEBM_VIDEO, Code.STALE_PARTIAL_REMOVED, Code.OUTPUT_PARTIAL);

    /** Causes that explain everything after them: a metadata file that gave nothing. */
    private static final Set<Code> FIRST_CAUSES = Set.of(Code.METADATA_NOTHING_USABLE, Code.METADATA_UNREADABLE,
            Code.METADATA_EMPTY);

    private final PrintStream out;
    private final Console console;

    Summary(PrintStream out, Console console) {
        this.out = out;
        this.console = console;
    }

    /** @param waited the user already gave --wait (so it is not suggested again) */
    int print(SessionRun run, boolean waited) {
        if (run instanceof SessionRun.Unchanged u) {
            u.previous().files().forEach(f -> out.println(Paths.shown(u.outputDir().resolve(f))));
            console.info(Paths.shown(u.outputDir()) + " already holds this session's outputs, made from "
                    + "the same files and options (manifest.json, exit " + u.previous().exitCode() + "); nothing to "
                    + "do" + (u.previous().succeeded() ? "" : " (--retry-failed converts the failures again)")
                    + "; --redo converts it all again", "event", "unchanged", "exit", u.previous().exitCode());
            return run.exitCode().code();
        }
        SessionResult result = ((SessionRun.Converted) run).result();
        switch (result.state()) {
            case NOT_FINISHED -> console.warn(NotFinished.sentence(result, waited), "event", "not-finished",
                    "exit", result.exitCode().code());
            case INTERRUPTED -> { }
            case CONVERTED -> converted(result);
        }
        return result.exitCode().code();
    }

    private void converted(SessionResult result) {
        for (OutputOutcome.Made m : result.made()) {
            out.println(Paths.shown(result.outputDir().resolve(m.plan().fileName())));
        }
        SessionReports.notable(result).forEach(console::diagnostic);
        if (result.made().isEmpty()) {
            console.warn("nothing could be converted: " + rootCause(result.diagnostics()), "event", "nothing");
        }
        console.info(String.format(Locale.ROOT, "%d output(s) written to %s%s; manifest.json there (exit %d)",
                result.made().size(), Paths.shown(result.outputDir()), counts(result), result.exitCode().code()),
                "event", "finished", "written", result.made().size(), "exit", result.exitCode().code());
    }

    private static String counts(SessionResult r) {
        long partial = r.count(OutputOutcome.Partial.class);
        long failed = r.notMade();
        return (partial > 0 ? ", " + partial + " partial" : "") + (failed > 0 ? ", " + failed + " not made" : "");
    }

    /**
     * The most basic reason nothing came out: the first error that is about the recording, else the
     * first warning, else the first detail the parser noted (such as a line it could not use),
     * with how many more diagnostics share its code.
     */
    static String rootCause(List<Diagnostic> diagnostics) {
        Optional<Diagnostic> basic = diagnostics.stream().filter(d -> FIRST_CAUSES.contains(d.code())).findFirst();
        if (basic.isPresent()) {
            return basic.get().message() + ". " + basic.get().hint();
        }
        List<Diagnostic> causes = diagnostics.stream().filter(d -> !NOT_CAUSES.contains(d.code())).toList();
        Optional<Diagnostic> first = causes.stream().filter(d -> d.severity() == Severity.ERROR).findFirst()
                .or(() -> causes.stream().filter(d -> d.severity() == Severity.WARNING).findFirst())
                .or(() -> causes.stream().findFirst());
        if (first.isEmpty()) {
            return "no user session has an audio or video file with content";
        }
        Diagnostic d = first.get();
        long alike = causes.stream().filter(o -> o.code() == d.code()).count() - 1;
        return d.message() + (alike > 0 ? " (and " + alike + " more " + d.code() + ")" : "") + ". " + d.hint();
    }
}
