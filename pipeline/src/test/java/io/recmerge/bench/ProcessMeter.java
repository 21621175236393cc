package io.recmerge.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * Runs one command and measures it. Wall time by the clock around the process; CPU time (user + sys,
 * children included once waited for) by GNU time ({@code /usr/bin/time -f "%U %S"}); peak memory by
 * polling {@code /proc/<pid>/status} (VmHWM, the process's own high-water mark) of the process tree
 * every {@value #POLL_MS} ms, split into java and ffmpeg/ffprobe. GNU time's own "%M" cannot tell the
 * JVM from its ffmpeg children (it reports the largest of them); it is kept as a cross-check and fills
 * in for children too short-lived for the poll, see {@link #largestChild}.
 */
final class ProcessMeter {

    static final long POLL_MS = 50;
    private static final String TIME = "/usr/bin/time";

    private ProcessMeter() {
    }

    /** Runs {@code command} with extra environment; its output goes to {@code log}; throws on non-zero exit. */
    static Sample run(List<String> command, Map<String, String> env, Path log) throws IOException {
        Path times = Files.createTempFile("bench-time-", ".txt");
        List<String> cmd = new ArrayList<>(List.of(TIME, "-f", "%U %S %M", "-o", times.toString()));
        cmd.addAll(command);
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        pb.environment().putAll(env);
        AtomicLong jvm = new AtomicLong();
        AtomicLong ff = new AtomicLong();
        long t0 = System.nanoTime();
        Process p = pb.start();
        Thread poller = new Thread(() -> poll(p.toHandle(), jvm, ff), "rss-poller");
        poller.setDaemon(true);
        poller.start();
        int code = waitFor(p);
        double wall = (System.nanoTime() - t0) / 1e9;
        poller.interrupt();
        String[] cpu = Files.readString(times, StandardCharsets.UTF_8).trim().split("\\s+");
        Files.deleteIfExists(times);
        if (code != 0) {
            throw new IOException("exit " + code + " from " + String.join(" ", command) + " (log: " + log + ")");
        }
        int n = cpu.length;
        long tree = Long.parseLong(cpu[n - 1]);
        return new Sample(wall, Double.parseDouble(cpu[n - 3]) + Double.parseDouble(cpu[n - 2]), jvm.get(),
                Math.max(ff.get(), largestChild(jvm.get(), tree)), tree);
    }

    /**
     * GNU time's figure is the largest process of the tree. Without a JVM in it, that is the ffmpeg,
     * also one too short-lived to be polled (a remux of 30 ms). With a JVM, it is an ffmpeg child only
     * when clearly above the JVM's polled peak (the poll may miss the JVM's last 50 ms).
     */
    private static long largestChild(long jvmPeakKb, long treePeakKb) {
        return jvmPeakKb == 0 || treePeakKb > jvmPeakKb * 11 / 10 ? treePeakKb : 0;
    }

    private static int waitFor(Process p) throws IOException {
        try {
            return p.waitFor();
        } catch (InterruptedException e) {
            p.descendants().forEach(ProcessHandle::destroy);
            p.destroy();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    private static void poll(ProcessHandle root, AtomicLong jvm, AtomicLong ff) {
        while (root.isAlive()) {
            try (Stream<ProcessHandle> tree = Stream.concat(Stream.of(root), root.descendants())) {
                tree.forEach(h -> record(h.pid(), jvm, ff));
            }
            try {
                Thread.sleep(POLL_MS);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private static void record(long pid, AtomicLong jvm, AtomicLong ff) {
        String name = "";
        long hwm = 0;
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("Name:")) {
                    name = line.substring(5).trim();
                } else if (line.startsWith("VmHWM:")) {
                    hwm = Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | RuntimeException gone) {
            return; // the process ended between listing and reading
        }
        if (name.equals("java")) {
            jvm.accumulateAndGet(hwm, Math::max);
        } else if (name.startsWith("ffmpeg") || name.startsWith("ffprobe")) {
            ff.accumulateAndGet(hwm, Math::max);
        }
    }
}
