package io.recmerge.bench;

import io.recmerge.engine.EngineLocator;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Benchmarks, not tests (kept out of {@code mvn test}; run with {@code bench/run}, see bench/README.md):
 * recmerge's CLI against the SDK converter's ffmpeg pipeline and a bare remux, on generated realistic
 * sessions, interleaved in the same run with the same ffmpeg, so the ratios mean something on any
 * machine. Prints medians, ratios, sizes, SSIM and peak memory, then the performance targets with PASS/FAIL.
 */
public final class Bench {

    private Bench() {
    }

    public static void main(String[] args) throws Exception {
        Options o;
        try {
            o = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(1);
            return;
        }
        Ffmpeg ffmpeg = new Ffmpeg(EngineLocator.locate(Optional.empty(), System.getenv()));
        Machine.header(System.out, o, ffmpeg);
        BenchMedia media = new BenchMedia(ffmpeg, o.cache());
        List<BenchCase> cases = Cases.build(media, o);
        CaseRunner runner = new CaseRunner(o, ffmpeg);
        Qualities qualities = new Qualities(new Ssim(ffmpeg), runner);
        List<CaseResult> results = new ArrayList<>();
        for (BenchCase c : cases) {
            results.add(measure(c, runner, qualities, o));
        }
        System.out.println();
        Table.runs(System.out, results);
        System.out.println();
        Table.targets(System.out, results);
        System.out.println();
        Machine.load(System.out, "load after ");
    }

    private static CaseResult measure(BenchCase c, CaseRunner runner, Qualities qualities, Options o)
            throws IOException {
        System.out.printf(Locale.ROOT, "%n== %s: %s (%d session%s, %d run%s each)%n", c.name(), c.what(),
                c.dirs().size(), c.dirs().size() == 1 ? "" : "s", c.reps(), c.reps() == 1 ? "" : "s");
        if (c.batch()) {
            System.out.println(o.batchCommand() ? "   recmerge: one 'batch' over the tree"
                    : "   recmerge: the batch case used per-session converts ('recmerge batch' not available)");
        }
        List<Tool> tools = new ArrayList<>(List.of(Tool.RECMERGE, Tool.REFERENCE));
        if (c.remux()) {
            tools.add(Tool.REMUX);
        }
        CaseResult r = new CaseResult(c);
        for (int rep = 0; rep < c.reps(); rep++) {
            // Interleaved, and the order turns with each repetition, so no tool always runs first (cold caches).
            for (int k = 0; k < tools.size(); k++) {
                Tool t = tools.get((k + rep) % tools.size());
                Sample s = runner.run(c, t);
                r.add(t, s);
                System.out.printf(Locale.ROOT, "   run %d/%d %-9s %7.2f s wall %7.1f s cpu  max RSS %d MB (GNU time)%n",
                        rep + 1, c.reps(), t.label, s.wall(), s.cpu(), s.treePeakKb() / 1024);
            }
        }
        qualities.fill(r);
        System.out.println("   recmerge strategy: " + r.recmergeStrategy + "; outputs kept in "
                + runner.outputDir(c, Tool.RECMERGE).getParent());
        return r;
    }
}
