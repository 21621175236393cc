package io.recmerge.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Runs one tool once over all session folders of a case, into a fresh output folder, and measures it.
 * recmerge is the real CLI jar in a fresh JVM per run (JVM start included), one {@code convert} per
 * session or one {@code batch} over the tree; the reference and the remux are the ffmpeg commands of
 * {@link Reference}, one session after the other.
 */
final class CaseRunner {

    private final Options options;
    private final Ffmpeg ffmpeg;

    CaseRunner(Options options, Ffmpeg ffmpeg) {
        this.options = options;
        this.ffmpeg = ffmpeg;
    }

    /** The output folder of a tool in a case (emptied before each run, kept after the last). */
    Path outputDir(BenchCase c, Tool tool) {
        return options.runs().resolve(c.name()).resolve(tool.label);
    }

    Sample run(BenchCase c, Tool tool) throws IOException {
        Path out = outputDir(c, tool);
        deleteTree(out);
        Files.createDirectories(out);
        Path log = out.resolve("bench.log");
        if (tool == Tool.RECMERGE && c.batch() && options.batchCommand()) {
            return ProcessMeter.run(recmerge("batch", BenchMedia.batchRoot(c.dirs()), out), Map.of(), log);
        }
        Sample total = Sample.ZERO;
        for (int i = 0; i < c.dirs().size(); i++) {
            Path dir = c.dirs().get(i);
            Path sessionOut = c.dirs().size() == 1 ? out : out.resolve(String.format("%02d", i));
            Files.createDirectories(sessionOut);
            total = total.then(once(c, tool, dir, sessionOut, log));
        }
        return total;
    }

    private Sample once(BenchCase c, Tool tool, Path dir, Path out, Path log) throws IOException {
        return switch (tool) {
            case RECMERGE -> ProcessMeter.run(recmerge("convert", dir, out), Map.of(), log);
            case REMUX -> ProcessMeter.run(ffmpeg(Reference.remux(c.user(), dir, out)), ffmpeg.environment(), log);
            case REFERENCE -> {
                Sample s = Sample.ZERO;
                for (List<String> cmd : Reference.commands(c.user(), dir, out)) {
                    s = s.then(ProcessMeter.run(ffmpeg(cmd), ffmpeg.environment(), log));
                }
                yield s;
            }
        };
    }

    private List<String> recmerge(String command, Path in, Path out) {
        List<String> cmd = new ArrayList<>();
        cmd.add(options.java());
        cmd.addAll(options.javaOpts());
        cmd.addAll(List.of("-jar", options.jar().toString(), command, in.toString(), "-o", out.toString()));
        return cmd;
    }

    private List<String> ffmpeg(List<String> args) {
        List<String> cmd = new ArrayList<>(List.of(ffmpeg.ffmpegPath().toString(), "-nostdin", "-hide_banner",
                "-loglevel", "error"));
        cmd.addAll(args);
        return cmd;
    }

    /** The playable outputs a tool left (not the reference's intermediate .m4a, not logs). */
    static List<Path> outputs(Path out) throws IOException {
        try (Stream<Path> files = Files.walk(out)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".mp4"))
                    .filter(f -> !f.getFileName().toString().startsWith("."))
                    .sorted(Comparator.naturalOrder()).toList();
        }
    }

    static void deleteTree(Path p) throws IOException {
        if (!Files.exists(p)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(p)) {
            for (Path f : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(f);
            }
        }
    }
}
