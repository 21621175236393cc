package io.recmerge.report;

import io.recmerge.diag.Diagnostic;
import io.recmerge.plan.PlannedOutput;
import io.recmerge.verify.OutputFacts;
import java.util.List;

/** Builds the manifest entries and the {@code convert-done.txt} marker from a run's results. */
public final class Reports {

    public static final String DONE_MARKER = "convert-done.txt";

    private Reports() {
    }

    public static Manifest.Output output(PlannedOutput plan, OutputFacts facts) {
        return output(plan, facts, false);
    }

    public static Manifest.Output output(OutputOutcome.Made made) {
        return output(made.plan(), made.facts(), made instanceof OutputOutcome.Partial);
    }

    /** @param partial some of the user's media could not be used (see {@link #partialFiles}) */
    public static Manifest.Output output(PlannedOutput plan, OutputFacts facts, boolean partial) {
        return new Manifest.Output(plan.uid(), plan.fileName(), plan.kind().label(), millis(plan.sessionOffset()),
                millis(facts.duration()), plan.plan().strategy(), reencoded(plan), plan.sources(),
                plan.firstFrameFrozenFor().map(Reports::millis),
                plan.droppedGaps().stream().map(g -> new Manifest.Gap(millis(g.start()), millis(g.end()))).toList(),
                facts.video().map(v -> new Manifest.Video(v.codec(), v.width(), v.height(), millis(v.fps()),
                        v.pixelFormat(), Math.floorMod(-v.displayRotation(), 360))),
                facts.audio().map(a -> new Manifest.Audio(a.codec(), a.profile(), a.sampleRate(), a.channels())),
                partial, plan.companions().snapshots(), plan.companions().audio());
    }

    private static List<String> reencoded(PlannedOutput plan) {
        return plan.plan().reencoded(plan.kind());
    }


    public static List<Manifest.DiagnosticEntry> diagnostics(List<Diagnostic> diagnostics) {
        return diagnostics.stream().map(ManifestWriter::entry).toList();
    }


    private static double millis(double seconds) {
        return Math.round(seconds * 1000) / 1000.0;
    }
}
