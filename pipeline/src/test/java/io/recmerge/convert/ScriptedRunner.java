package io.recmerge.convert;

import io.recmerge.engine.FfmpegCommand;
import io.recmerge.engine.ProcessFailedException;
import io.recmerge.engine.ProcessRunner;
import io.recmerge.engine.RunOptions;
import io.recmerge.engine.RunResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A {@link ProcessRunner} that answers like ffmpeg/ffprobe from answers recorded beforehand, for
 * fast tests of the orchestration (which commands run, what their results make of the outcome).
 * It recognises each command by its role, not by its exact arguments: probing an input (the answer
 * is the JSON ffprobe printed for a file of that name), probing or decoding a written output, a
 * decode check or silence analysis of an input, a render (it writes a small MP4 with the index
 * first where ffmpeg would) and {@code -version}. Never used where media is measured.
 */
final class ScriptedRunner implements ProcessRunner {

    /** What a scripted render does instead of ffmpeg. */
    record Failure(int exit, List<String> stderr) { }

    private final Map<String, String> probes = new HashMap<>();
    private final Map<String, Failure> renderFailures = new HashMap<>();
    private final Map<String, List<String>> decodeErrors = new HashMap<>();
    private final Map<String, Failure> decodeFailures = new HashMap<>();
    private final Map<String, String> outputProbes = new HashMap<>();
    private final List<FfmpegCommand> commands = new CopyOnWriteArrayList<>();
    private volatile boolean stopped;
    private volatile Runnable onRender = () -> { };

    ScriptedRunner probe(String fileName, String json) {
        probes.put(fileName, json);
        return this;
    }

    /** The probe of the written output whose final name is {@code outputName}. */
    ScriptedRunner outputProbe(String outputName, String json) {
        outputProbes.put(outputName, json);
        return this;
    }

    ScriptedRunner failRender(String outputName, int exit, String... stderr) {
        renderFailures.put(outputName, new Failure(exit, List.of(stderr)));
        return this;
    }

    /** The decode check of an input prints these lines (ffmpeg -v error). */
    ScriptedRunner decodeErrors(String fileName, String... lines) {
        decodeErrors.put(fileName, List.of(lines));
        return this;
    }

    /** The decode check of an input fails as ffmpeg does past -max_error_rate (exit 69). */
    ScriptedRunner undecodable(String fileName, String... lines) {
        decodeFailures.put(fileName, new Failure(69, List.of(lines)));
        return this;
    }

    /** Runs before each render: a test stops the run from here, as a signal would. */
    ScriptedRunner onRender(Runnable action) {
        onRender = action;
        return this;
    }

    List<FfmpegCommand> commands() {
        return List.copyOf(commands);
    }

    long renders() {
        return commands.stream().filter(ScriptedRunner::isRender).count();
    }

    @Override
    public RunResult run(FfmpegCommand command, RunOptions options) throws ProcessFailedException {
        if (stopped) {
            throw new ProcessFailedException(command, ProcessFailedException.Reason.CANCELLED, -1, List.of());
        }
        commands.add(command);
        List<String> args = command.args();
        if (args.contains("-version")) {
            return ok("ffmpeg version 8.1.2 Copyright (c) 2000-2025 the FFmpeg developers\n", List.of());
        }
        Path input = input(args);
        String name = input == null ? "" : input.getFileName().toString();
        if (command.tool() == FfmpegCommand.Tool.FFPROBE) {
            String json = name.endsWith(".partial") ? outputProbes.get(finalName(name)) : probes.get(name);
            if (json == null) {
                throw new ProcessFailedException(command, ProcessFailedException.Reason.EXIT_CODE, 1,
                        List.of(input + ": Invalid data found when processing input"));
            }
            return ok(json, List.of());
        }
        if (isRender(command)) {
            onRender.run();
            if (stopped) {
                throw new ProcessFailedException(command, ProcessFailedException.Reason.CANCELLED, 255, List.of());
            }
            return render(command, Path.of(args.get(args.size() - 1)));
        }
        if (args.contains("null")) { // decode check, silence analysis, output decode
            Failure failure = decodeFailures.get(name);
            if (failure != null) {
                throw new ProcessFailedException(command, ProcessFailedException.Reason.EXIT_CODE, failure.exit(),
                        failure.stderr());
            }
            return ok("", decodeErrors.getOrDefault(name, List.of()));
        }
        throw new AssertionError("unscripted command: " + command.display());
    }

    private RunResult render(FfmpegCommand command, Path out) throws ProcessFailedException {
        Failure failure = renderFailures.get(finalName(out.getFileName().toString()));
        if (failure != null) {
            throw new ProcessFailedException(command, ProcessFailedException.Reason.EXIT_CODE, failure.exit(),
                    failure.stderr());
        }
        try {
            Files.write(out, mp4("ftyp", "moov", "mdat"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ok("progress=end\n", List.of());
    }

    static boolean isRender(FfmpegCommand c) {
        List<String> a = c.args();
        return c.tool() == FfmpegCommand.Tool.FFMPEG && !a.contains("-version") && !a.contains("null");
    }

    /** ".1001_x_av.mp4.partial" -> "1001_x_av.mp4" (the temp name of an output). */
    private static String finalName(String temp) {
        return temp.replaceFirst("^\\.", "").replaceFirst("\\.partial$", "");
    }

    private static Path input(List<String> args) {
        int i = args.lastIndexOf("-i");
        return i >= 0 && i + 1 < args.size() ? Path.of(args.get(i + 1)) : null;
    }

    /** Top-level boxes of the given types, 16 bytes each: enough for the faststart check. */
    static byte[] mp4(String... types) {
        ByteBuffer b = ByteBuffer.allocate(16 * types.length);
        for (String t : types) {
            b.putInt(16).put(t.getBytes(StandardCharsets.US_ASCII)).putLong(0);
        }
        return b.array();
    }

    private static RunResult ok(String stdout, List<String> stderr) {
        return new RunResult(stdout, new ArrayList<>(stderr), Duration.ofMillis(1));
    }

    @Override
    public void stopAll() {
        stopped = true;
    }

    @Override
    public boolean stopped() {
        return stopped;
    }
}
