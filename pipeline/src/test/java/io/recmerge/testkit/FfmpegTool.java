package io.recmerge.testkit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.bytedeco.javacpp.Loader;

/**
 * Runs the bundled (bytedeco) ffmpeg and ffprobe executables for the test kit.
 *
 * <p>Every run is a plain argument list (no shell). stdout and stderr go to temp files rather than
 * pipes, so a chatty process can never block on a full pipe buffer while we wait for it.
 */
public final class FfmpegTool {

    private static final long TIMEOUT_SECONDS = 300;
    private static volatile String ffmpegPath;
    private static volatile String ffprobePath;

    private FfmpegTool() {
    }

    /** Path of the bundled ffmpeg executable (extracted into the JavaCPP cache on first use). */
    public static String ffmpegPath() {
        if (ffmpegPath == null) {
            ffmpegPath = Loader.load(org.bytedeco.ffmpeg.ffmpeg.class);
        }
        return ffmpegPath;
    }

    /** Path of the bundled ffprobe executable (a separate extraction: the ffmpeg call does not do it). */
    public static String ffprobePath() {
        if (ffprobePath == null) {
            ffprobePath = Loader.load(org.bytedeco.ffmpeg.ffprobe.class);
        }
        return ffprobePath;
    }

    /** ffmpeg with {@code -nostdin -hide_banner -loglevel error} and {@code args}; throws on a non-zero exit. */
    public static Result ffmpeg(List<String> args) {
        return run(withQuietFlags(ffmpegPath(), args), true);
    }

    /** ffprobe with {@code -hide_banner -loglevel error} and {@code args}; throws on a non-zero exit. */
    public static Result ffprobe(List<String> args) {
        List<String> cmd = new ArrayList<>(List.of(ffprobePath(), "-hide_banner", "-loglevel", "error"));
        cmd.addAll(args);
        return run(cmd, true);
    }

    /** ffmpeg like {@link #ffmpeg(List)} but returns the result whatever the exit code. */
    public static Result ffmpegUnchecked(List<String> args) {
        return run(withQuietFlags(ffmpegPath(), args), false);
    }

    private static List<String> withQuietFlags(String exe, List<String> args) {
        List<String> cmd = new ArrayList<>(List.of(exe, "-nostdin", "-hide_banner", "-loglevel", "error"));
        cmd.addAll(args);
        return cmd;
    }

    /** Runs {@code command}; with {@code check} a non-zero exit becomes a {@link FfmpegException}. */
    public static Result run(List<String> command, boolean check) {
        Path out = null;
        Path err = null;
        try {
            out = Files.createTempFile("recmerge-kit-", ".out");
            err = Files.createTempFile("recmerge-kit-", ".err");
            ProcessBuilder pb = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
            addLibraryPath(pb, command.get(0));
            Process p = pb.start();
            int code = waitFor(p, command);
            Result r = new Result(List.copyOf(command), code, Files.readAllBytes(out),
                    Files.readString(err, StandardCharsets.UTF_8));
            if (check && code != 0) {
                throw new FfmpegException(r);
            }
            return r;
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + command + ": " + e.getMessage(), e);
        } finally {
            deleteQuietly(out);
            deleteQuietly(err);
        }
    }

    /**
     * The bundled executables carry RUNPATH $ORIGIN, but RUNPATH only serves their DIRECT
     * dependencies: libavutil's own dependency libva.so.2 (shipped in the same folder, no RUNPATH)
     * is then looked up system-wide and fails unless the machine happens to have libva2 installed
     * ("error while loading shared libraries: libva.so.2", exit 127). So put the executable's
     * folder on LD_LIBRARY_PATH of the child.
     */
    private static void addLibraryPath(ProcessBuilder pb, String executable) {
        Path dir = Path.of(executable).toAbsolutePath().getParent();
        if (dir != null) {
            pb.environment().merge("LD_LIBRARY_PATH", dir.toString(), (old, d) -> d + ":" + old);
        }
    }

    private static int waitFor(Process p, List<String> command) throws IOException {
        try {
            if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException("timed out after " + TIMEOUT_SECONDS + " s: " + command);
            }
            return p.exitValue();
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    private static void deleteQuietly(Path p) {
        if (p != null) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException ignored) {
                // a leftover temp file is harmless
            }
        }
    }

    /** Outcome of one process run. */
    public record Result(List<String> command, int exitCode, byte[] stdout, String stderr) {

        /** stdout decoded as UTF-8 (for ffprobe JSON). */
        public String stdoutText() {
            return new String(stdout, StandardCharsets.UTF_8);
        }

        /** The last {@code maxChars} characters of stderr, for error messages. */
        public String stderrTail(int maxChars) {
            return stderr.length() <= maxChars ? stderr : "..." + stderr.substring(stderr.length() - maxChars);
        }
    }

    /** A tool exited non-zero; the message carries the command line and the tail of stderr. */
    public static final class FfmpegException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        FfmpegException(Result r) {
            super("exit code " + r.exitCode() + " from " + String.join(" ", r.command())
                    + "\n--- stderr (tail) ---\n" + r.stderrTail(4000));
        }
    }
}
