package io.recmerge.bench;

import io.recmerge.engine.Engine;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The benchmark's own ffmpeg runs (generating media, SSIM, probes): the engine recmerge itself finds
 * (EngineLocator), so the reference pipeline, the remux and recmerge all use the same build.
 * stderr goes to a temp file, so a chatty run cannot block on a full pipe.
 */
final class Ffmpeg {

    private final Engine engine;

    Ffmpeg(Engine engine) {
        this.engine = engine;
    }

    Path ffmpegPath() {
        return engine.ffmpeg();
    }

    /** The environment an ffmpeg child needs (library path of the bundled build). */
    Map<String, String> environment() {
        return engine.environment();
    }

    /** ffmpeg {@code -nostdin -hide_banner -loglevel error} + args; throws on a non-zero exit. */
    void run(List<String> args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(engine.ffmpeg().toString(), "-nostdin", "-hide_banner",
                "-loglevel", "error"));
        cmd.addAll(args);
        exec(cmd);
    }

    /** ffmpeg at log level info (filters like ssim report there); returns stderr. */
    String runInfo(List<String> args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(engine.ffmpeg().toString(), "-nostdin", "-hide_banner",
                "-nostats", "-loglevel", "info"));
        cmd.addAll(args);
        return exec(cmd)[1];
    }

    /** ffprobe {@code -v error} + args; returns stdout. */
    String probe(List<String> args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(engine.ffprobe().toString(), "-v", "error"));
        cmd.addAll(args);
        return exec(cmd)[0];
    }

    /** Runs a command; returns {stdout, stderr}. */
    private String[] exec(List<String> cmd) throws IOException {
        Path out = Files.createTempFile("bench-", ".out");
        Path err = Files.createTempFile("bench-", ".err");
        try {
            ProcessBuilder pb = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile());
            pb.environment().putAll(engine.environment());
            int code = pb.start().waitFor();
            String stderr = Files.readString(err, StandardCharsets.UTF_8);
            if (code != 0) {
                throw new IOException("exit " + code + " from " + String.join(" ", cmd) + "\n"
                        + stderr.substring(Math.max(0, stderr.length() - 3000)));
            }
            return new String[] {Files.readString(out, StandardCharsets.UTF_8), stderr};
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted: " + cmd, e);
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }
}
