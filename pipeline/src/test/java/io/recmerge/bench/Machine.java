package io.recmerge.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The header of a run: which machine, how busy it was, which JVM, jar and ffmpeg. The load average
 * matters here: other people's jobs on a shared machine slow every tool, not always equally.
 */
final class Machine {

    private Machine() {
    }

    static void header(PrintStream out, Options o, Ffmpeg ffmpeg) throws IOException {
        out.println("recmerge benchmark, " + ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME)
                + (o.quick() ? " (--quick)" : ""));
        out.println("machine: " + cpuModel() + ", " + Runtime.getRuntime().availableProcessors() + " cores, "
                + memTotal());
        load(out, "load before");
        out.println("jvm for recmerge: " + o.java() + " " + String.join(" ", o.javaOpts()) + " (bench JVM "
                + System.getProperty("java.version") + ")");
        out.println("recmerge jar: " + o.jar());
        String version = ffmpeg.probe(List.of("-version")).lines().findFirst().orElse("?");
        out.println("ffmpeg: " + ffmpeg.ffmpegPath() + " (" + version + ")");
        out.println("runs: " + o.shortReps() + " per 20 s case, " + o.longReps() + " per 10 min / batch case;"
                + " peak memory: /proc VmHWM polled every " + ProcessMeter.POLL_MS + " ms; cpu: GNU time");
    }

    static void load(PrintStream out, String label) throws IOException {
        out.println(label + ": " + Files.readString(Path.of("/proc/loadavg")).trim()
                + " (1, 5, 15 min load; runnable/total; last pid)");
    }

    private static String cpuModel() throws IOException {
        return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                .map(l -> l.substring(l.indexOf(':') + 1).trim()).findFirst().orElse("unknown CPU");
    }

    private static String memTotal() throws IOException {
        return Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal"))
                .map(l -> Long.parseLong(l.replaceAll("[^0-9]", "")) / 1024 / 1024 + " GB RAM").findFirst()
                .orElse("");
    }
}
