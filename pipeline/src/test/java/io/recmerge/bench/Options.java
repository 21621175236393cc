package io.recmerge.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Command line of the benchmark (bench/run passes it through).
 *
 * @param batchCommand true: the batch case runs {@code recmerge batch ROOT -o OUT}; false: one
 *                     {@code convert} per session (until {@code batch} exists)
 * @param only         case names to run (empty: all)
 */
record Options(boolean quick, int shortReps, int longReps, Path jar, String java, List<String> javaOpts,
               boolean batchCommand, List<String> only, Path cache, Path runs) {

    static final String USAGE = "usage: Bench --jar JAR [--quick] [--reps N] [--long-reps N] [--batch-command]"
            + " [--java PATH] [--java-opts 'OPTS'] [--only case,case] [--cache DIR] [--runs DIR]";

    static Options parse(String[] args) {
        boolean quick = false;
        boolean batch = false;
        int reps = 3;
        int longReps = 1;
        Path jar = null;
        String java = "java";
        List<String> opts = words(System.getenv().getOrDefault("RECMERGE_JAVA_OPTS", ""));
        List<String> only = List.of();
        Path cache = Path.of("target", "bench-media");
        Path runs = Path.of("target", "bench-runs");
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--quick" -> quick = true;
                case "--batch-command" -> batch = true;
                case "--reps" -> reps = Integer.parseInt(args[++i]);
                case "--long-reps" -> longReps = Integer.parseInt(args[++i]);
                case "--jar" -> jar = Path.of(args[++i]);
                case "--java" -> java = args[++i];
                case "--java-opts" -> opts = words(args[++i]);
                case "--only" -> only = List.of(args[++i].split(","));
                case "--cache" -> cache = Path.of(args[++i]);
                case "--runs" -> runs = Path.of(args[++i]);
                default -> throw new IllegalArgumentException("unknown argument " + args[i] + "\n" + USAGE);
            }
        }
        if (jar == null || reps < 1 || longReps < 1) {
            throw new IllegalArgumentException(USAGE);
        }
        return new Options(quick, reps, longReps, jar.toAbsolutePath(), java, opts, batch, only,
                cache.toAbsolutePath(), runs.toAbsolutePath());
    }

    private static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        for (String w : s.trim().split("\\s+")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    boolean wants(String caseName) {
        return only.isEmpty() || only.contains(caseName);
    }

    /** Cases that run only on request. */
    boolean named(String caseName) {
        return only.contains(caseName);
    }
}
