package io.recmerge.bench;

import io.recmerge.report.SessionResult;
import io.recmerge.convert.ConvertSettings;
import io.recmerge.convert.ConvertListener;
import io.recmerge.convert.SessionConverter;
import io.recmerge.convert.Toolkit;
import io.recmerge.engine.EngineLocator;
import io.recmerge.plan.LeadingBlank;
import io.recmerge.profile.ProfileCatalog;
import io.recmerge.testkit.AudioSpec;
import io.recmerge.testkit.Container;
import io.recmerge.testkit.FfmpegTool;
import io.recmerge.testkit.GeneratedSession;
import io.recmerge.testkit.RecordingFactory;
import io.recmerge.testkit.SessionSpec;
import io.recmerge.testkit.UserSessionSpec;
import io.recmerge.testkit.VideoSpec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Benchmarks, not tests (kept out of {@code mvn test}; run with {@code bench/run}): recmerge's
 * conversions timed against the plain ffmpeg commands a user would otherwise type, on the same
 * generated recording, in the same run, so the ratios mean something on any machine.
 */
public final class Bench {

    private Bench() {
    }

    public static void main(String[] args) throws Exception {
        double minutes = args.length > 0 ? Double.parseDouble(args[0]) : 10;
        Path work = Files.createTempDirectory("recmerge-bench");
        GeneratedSession s = RecordingFactory.write(spec(minutes * 60), work.resolve("session"));
        Toolkit tools = Toolkit.create(EngineLocator.locate(Optional.empty(), System.getenv()), ProfileCatalog.load());
        String base = s.dir().resolve(UserSessionSpec.baseName("9009", "20261123101500")).toString();
        System.out.printf(Locale.ROOT, "recording: %.0f s of 320x240 H.264 + AAC%n", minutes * 60);

        double plainCopy = time(() -> FfmpegTool.ffmpeg(List.of("-y", "-i", base + ".aac", "-i", base + ".mp4",
                "-map", "0:a", "-map", "1:v", "-c", "copy", "-movflags", "+faststart",
                work.resolve("plain-copy.mp4").toString())));
        double ourCopy = time(() -> convert(tools, s.dir(), work.resolve("copy"), ConvertSettings.defaults()));
        report("stream copy (recmerge verifies with a full decode)", ourCopy, plainCopy);

        double plainEncode = time(() -> FfmpegTool.ffmpeg(List.of("-y", "-i", base + ".aac", "-i", base + ".mp4",
                "-map", "0:a", "-map", "1:v", "-c:v", "libx264", "-preset", "veryfast", "-crf", "23", "-c:a", "aac",
                "-movflags", "+faststart", work.resolve("plain-encode.mp4").toString())));
        // keep: a black lead-in has to be rendered, so this run goes through the filter graph.
        double ourEncode = time(() -> convert(tools, s.dir(), work.resolve("encode"),
                ConvertSettings.defaults().withLeadingBlank(LeadingBlank.KEEP)));
        report("re-encode (recmerge: one filter graph + verify)", ourEncode, plainEncode);
    }

    /** One user: audio from 0, the first video frame at 1.2 s, three beeps and flashes. */
    private static SessionSpec spec(double seconds) {
        String base = UserSessionSpec.baseName("9009", "20261123101500");
        List<Double> events = List.of(2.0, seconds / 2, seconds - 3);
        return new SessionSpec("bench", List.of(UserSessionSpec.of("9009", "20261123101500",
                List.of(AudioSpec.mono(base + ".aac", 0, seconds, events)),
                List.of(VideoSpec.of(base + ".mp4", Container.MP4_H264, 0.6, 1.2, seconds - 1.2, events)))), true);
    }

    private static void convert(Toolkit tools, Path dir, Path out, ConvertSettings settings) throws Exception {
        SessionResult r = ((io.recmerge.convert.SessionRun.Converted) new SessionConverter(tools, ConvertListener.NONE)
                .run(dir, settings.withOutputDir(out).withResume(io.recmerge.convert.ConvertSettings.Resume.NEVER),
                        "bench")).result();
        if (r.made().size() != 1) {
            throw new IllegalStateException("bench conversion failed: " + r.diagnostics());
        }
    }

    interface Job {
        void run() throws Exception;
    }

    private static double time(Job job) throws Exception {
        long t0 = System.nanoTime();
        job.run();
        return (System.nanoTime() - t0) / 1e9;
    }

    private static void report(String what, double ours, double plain) {
        System.out.printf(Locale.ROOT, "%-55s recmerge %6.2f s   plain ffmpeg %6.2f s   ratio %.2f%n", what, ours, plain,
                ours / plain);
    }
}
