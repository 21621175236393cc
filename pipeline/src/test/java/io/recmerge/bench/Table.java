package io.recmerge.bench;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

/** Prints the results: one row per case and tool, then one row per target with PASS/FAIL. */
final class Table {

    private static final String ROW = "%-12s %-9s %4s %8s %8s %7s %6s %7s %7s %7s %-20s %6s %7s%n";

    private Table() {
    }

    static void runs(PrintStream out, List<CaseResult> results) {
        out.printf(Locale.ROOT, ROW, "case", "tool", "runs", "median s", "min s", "cpu s", "x ref", "x remux",
                "cpu/ref",
                "out MB", "SSIM", "JVM MB", "ffm MB");
        for (CaseResult r : results) {
            for (Tool t : Tool.values()) {
                if (r.has(t)) {
                    out.printf(Locale.ROOT, ROW, r.benchCase.name(), t.label, r.samples.get(t).size(),
                            fixed(r.medianWall(t), 2), fixed(r.minWall(t), 2), fixed(r.medianCpu(t), 1),
                            t == Tool.RECMERGE ? num(r.ratio(Tool.REFERENCE)) : "",
                            t == Tool.RECMERGE ? num(r.ratio(Tool.REMUX)) : "",
                            t == Tool.RECMERGE ? num(r.medianCpu(Tool.RECMERGE) / r.medianCpu(Tool.REFERENCE)) : "",
                            fixed(r.bytes.getOrDefault(t, 0L) / 1e6, 1),
                            r.quality.containsKey(t) ? r.quality.get(t).text() : "-",
                            t == Tool.RECMERGE ? Long.toString(r.jvmPeakKb(t) / 1024) : "",
                            Long.toString(r.ffmpegPeakKb(t) / 1024));
                }
            }
        }
    }

    static void targets(PrintStream out, List<CaseResult> results) {
        String row = "%-12s %-48s %9s %-18s %s%n";
        out.printf(Locale.ROOT, row, "case", "target", "measured", "limit", "result");
        for (CaseResult r : results) {
            for (Target t : r.benchCase.targets()) {
                double v = r.value(t.measure());
                String verdict = Double.isNaN(v) ? "n/a" : t.met(v) ? "PASS" : "FAIL";
                String measured = t.measure() == Target.Measure.SSIM_VS_REFERENCE ? fixed(v, 4) : num(v);
                out.printf(Locale.ROOT, row, r.benchCase.name(), t.measure().label, measured, t.text(), verdict);
            }
        }
    }

    static String num(double v) {
        if (Double.isNaN(v)) {
            return "-";
        }
        return Math.abs(v) >= 100 ? fixed(v, 0) : Math.abs(v) >= 0.1 ? fixed(v, 2) : fixed(v, 3);
    }

    static String ssim(double v) {
        return Double.isNaN(v) ? "-" : fixed(v, 4);
    }

    static String fixed(double v, int decimals) {
        return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%." + decimals + "f", v);
    }
}
