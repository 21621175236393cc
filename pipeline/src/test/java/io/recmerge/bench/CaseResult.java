package io.recmerge.bench;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Everything measured on one case: the runs of each tool, output sizes, quality. */
final class CaseResult {

    /** Quality of one tool's output: "copy" (packets copied, nothing to compare) or an SSIM result. */
    record Quality(String note, Optional<Ssim.Result> ssim) {

        static Quality copy() {
            return new Quality("copy", Optional.empty());
        }

        static Quality measured(Ssim.Result r) {
            return new Quality("", Optional.of(r));
        }

        String text() {
            return ssim.map(Quality::describe).orElse(note);
        }

        /** With rotated stretches, the figure over the unrotated ones in brackets. */
        private static String describe(Ssim.Result r) {
            boolean rotated = r.spans().stream().anyMatch(s -> s.degrees() != 0);
            return Table.ssim(r.all()) + (rotated ? " (0deg " + Table.ssim(r.upright()) + ")" : "");
        }
    }

    final BenchCase benchCase;
    final Map<Tool, List<Sample>> samples = new EnumMap<>(Tool.class);
    final Map<Tool, Long> bytes = new EnumMap<>(Tool.class);
    final Map<Tool, Quality> quality = new EnumMap<>(Tool.class);
    String recmergeStrategy = "?";

    CaseResult(BenchCase benchCase) {
        this.benchCase = benchCase;
    }

    void add(Tool t, Sample s) {
        samples.computeIfAbsent(t, k -> new ArrayList<>()).add(s);
    }

    boolean has(Tool t) {
        return samples.containsKey(t);
    }

    double medianWall(Tool t) {
        return median(samples.get(t).stream().mapToDouble(Sample::wall).toArray());
    }

    double medianCpu(Tool t) {
        return median(samples.get(t).stream().mapToDouble(Sample::cpu).toArray());
    }

    double minWall(Tool t) {
        return samples.get(t).stream().mapToDouble(Sample::wall).min().orElse(Double.NaN);
    }

    long jvmPeakKb(Tool t) {
        return samples.get(t).stream().mapToLong(Sample::jvmPeakKb).max().orElse(0);
    }

    long ffmpegPeakKb(Tool t) {
        return samples.get(t).stream().mapToLong(Sample::ffmpegPeakKb).max().orElse(0);
    }

    /** recmerge's median over another tool's median; NaN when that tool did not run. */
    double ratio(Tool other) {
        return has(other) ? medianWall(Tool.RECMERGE) / medianWall(other) : Double.NaN;
    }

    /** The value a target compares. */
    double value(Target.Measure m) {
        return switch (m) {
            case RATIO_REFERENCE -> ratio(Tool.REFERENCE);
            case RATIO_REMUX -> ratio(Tool.REMUX);
            case JVM_PEAK_MB -> jvmPeakKb(Tool.RECMERGE) / 1024.0;
            case SSIM_VS_REFERENCE -> upright(Tool.RECMERGE) - upright(Tool.REFERENCE);
        };
    }

    private double upright(Tool t) {
        Quality q = quality.get(t);
        return q == null ? Double.NaN : q.ssim().map(Ssim.Result::upright).orElse(1.0);
    }

    static double median(double[] v) {
        double[] s = v.clone();
        java.util.Arrays.sort(s);
        int n = s.length;
        return n == 0 ? Double.NaN : n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
    }
}
