package io.recmerge.batch;

import io.recmerge.convert.ConvertSettings;
import java.nio.file.Path;
import java.util.Objects;

/**
 * {@code recmerge batch ROOT -o OUT}: where, how many at once, which share, and the options every
 * session is converted with (their output folder is set per session: OUT mirrors ROOT).
 */
public record BatchSettings(Path root, Path out, int jobs, Shard shard, ConvertSettings session) {

    public BatchSettings {
        root = root.toAbsolutePath().normalize();
        out = out.toAbsolutePath().normalize();
        Objects.requireNonNull(shard, "shard");
        Objects.requireNonNull(session, "session");
        if (jobs < 1) {
            throw new IllegalArgumentException("jobs must be at least 1, was " + jobs);
        }
    }

    /** Sessions in parallel by default: one per core (a job's time is mostly probing and copying). */
    public static int defaultJobs() {
        return Math.max(1, Runtime.getRuntime().availableProcessors());
    }

    /**
     * With several sessions at once, each video encoder gets the cores divided by the jobs (at least
     * one): measured with two 20 s VP8-to-H.264 encodes at once on 2 cores, one thread each took
     * 3.9-4.3 s against 4.6-5.8 s with x264's own choice (three threads each plus lookahead).
     */
    public java.util.OptionalInt encoderThreads() {
        return jobs == 1 ? java.util.OptionalInt.empty()
                : java.util.OptionalInt.of(Math.max(1, Runtime.getRuntime().availableProcessors() / jobs));
    }

    public String reportName(String extension) {
        return shard.count() == 1 ? "batch-report." + extension
                : "batch-report-shard-" + shard.index() + "-of-" + shard.count() + "." + extension;
    }
}
