package io.recmerge.bench;

import io.recmerge.engine.Engine;
import io.recmerge.engine.EngineLocator;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.bytedeco.ffmpeg.avformat.AVFormatContext;
import org.bytedeco.ffmpeg.global.avformat;
import org.bytedeco.javacpp.Loader;

/**
 * What a probe costs in-process (avformat through the bytedeco presets, as JavaCV's
 * FFmpegFrameGrabber opens a file: avformat_open_input + avformat_find_stream_info) against one
 * ffprobe process per file, for the files given on the command line, in a fresh JVM:
 * {@code java -cp ... io.recmerge.bench.ProbeCost FILE...}. Prints milliseconds.
 */
public final class ProbeCost {

    private ProbeCost() {
    }

    public static void main(String[] args) throws Exception {
        long t0 = System.nanoTime();
        Loader.load(avformat.class);
        long loaded = System.nanoTime();
        List<String> inProcess = new ArrayList<>();
        for (String file : args) {
            long s = System.nanoTime();
            AVFormatContext ctx = new AVFormatContext(null);
            if (avformat.avformat_open_input(ctx, file, null, null) < 0 || avformat.avformat_find_stream_info(ctx,
                    (org.bytedeco.ffmpeg.avutil.AVDictionary) null) < 0) {
                throw new IllegalStateException("cannot open " + file);
            }
            int streams = ctx.nb_streams();
            avformat.avformat_close_input(ctx);
            inProcess.add(String.format(Locale.ROOT, "%.1f ms (%d streams)", (System.nanoTime() - s) / 1e6, streams));
        }
        Engine engine = EngineLocator.locate(java.util.Optional.empty(), System.getenv());
        List<String> subprocess = new ArrayList<>();
        for (String file : args) {
            long s = System.nanoTime();
            ProcessBuilder pb = new ProcessBuilder(engine.ffprobe().toString(), "-v", "error", "-print_format", "json",
                    "-show_format", "-show_streams", file);
            pb.environment().putAll(engine.environment());
            Process p = pb.redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            p.waitFor();
            subprocess.add(String.format(Locale.ROOT, "%.1f ms", (System.nanoTime() - s) / 1e6));
        }
        System.out.printf(Locale.ROOT, "in-process: loading the libraries %.1f ms; per file %s%n",
                (loaded - t0) / 1e6, inProcess);
        System.out.printf(Locale.ROOT, "ffprobe processes: per file %s%n", subprocess);
    }
}
