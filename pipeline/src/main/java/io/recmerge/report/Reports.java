package io.recmerge.report;

import io.recmerge.diag.Diagnostic;
import io.recmerge.plan.PlannedOutput;
import io.recmerge.verify.OutputFacts;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/** Builds the manifest entries and the {@code convert-done.txt} marker from a run's results. */
public final class Reports {

    public static final String DONE_MARKER = "convert-done.txt";

    private Reports() {
    }

    public static Manifest.Output output(PlannedOutput plan, OutputFacts facts) {
        return new Manifest.Output(plan.uid(), plan.fileName(), plan.kind().label(), millis(plan.sessionOffset()),
                millis(facts.duration()), plan.plan().strategy(), plan.sources(),
                facts.video().map(v -> new Manifest.Video(v.codec(), v.width(), v.height(), millis(v.fps()),
                        v.pixelFormat(), Math.floorMod(-v.displayRotation(), 360))),
                facts.audio().map(a -> new Manifest.Audio(a.codec(), a.profile(), a.sampleRate(), a.channels())));
    }

    public static List<Manifest.DiagnosticEntry> diagnostics(List<Diagnostic> diagnostics) {
        return diagnostics.stream().map(ManifestWriter::entry).toList();
    }

    /** Written when a run finished (not when it was interrupted): automation waits for it. */
    public static void writeDoneMarker(Path outputDir, ExitCode exit, int written, int failed) throws IOException {
        ManifestWriter.writeAtomically(outputDir.resolve(DONE_MARKER), "finished " + Instant.now()
                + " exit=" + exit.code() + " written=" + written + " failed=" + failed + "\n");
    }

    private static double millis(double seconds) {
        return Math.round(seconds * 1000) / 1000.0;
    }
}
