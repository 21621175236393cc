package io.recmerge.bench;

import io.recmerge.testkit.RotationSpan;
import io.recmerge.testkit.UserSessionSpec;
import io.recmerge.testkit.VideoSpec;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * SSIM of an output against its source frames (ffmpeg's ssim filter, "All" = Y, U, V weighted).
 * Aligned by time: output time t is session time t + offset. Compared per rotation span of every
 * source file, from its second frame, only where the source has frames (not the frozen or black lead-in, not a gap): the
 * output's stretch and the source's stretch are cut by accurate input seeking, half a frame early so
 * the first frame on the grid is kept. The source frames are turned upright (for a rotated span) and
 * fitted into the output picture the way a correct converter places them (scale to fit, keep the
 * aspect ratio, pad centred), so a converter that crops or stretches a turned picture scores low there.
 */
final class Ssim {

    private static final Pattern ALL = Pattern.compile("SSIM Y:.* All:([0-9.]+)");

    /** One compared stretch. */
    record Span(int degrees, double seconds, double ssim) {
    }

    /** The stretches' SSIM, duration-weighted: all of them, and only the unrotated ones. */
    record Result(List<Span> spans) {

        double all() {
            return mean(false);
        }

        double upright() {
            return mean(true);
        }

        private double mean(boolean onlyUnrotated) {
            double sum = 0;
            double weight = 0;
            for (Span s : spans) {
                if (!onlyUnrotated || s.degrees == 0) {
                    sum += s.ssim * s.seconds;
                    weight += s.seconds;
                }
            }
            return weight == 0 ? Double.NaN : sum / weight;
        }
    }

    private final Ffmpeg ffmpeg;

    Ssim(Ffmpeg ffmpeg) {
        this.ffmpeg = ffmpeg;
    }

    /** SSIM of {@code output} (t=0 at session time {@code offset}) against the user's source videos. */
    Result measure(Path output, double offset, UserSessionSpec user, Path dir) throws IOException {
        String[] size = ffmpeg.probe(List.of("-select_streams", "v:0", "-show_entries", "stream=width,height",
                "-of", "csv=p=0", output.toString())).trim().split(",");
        List<Span> spans = new ArrayList<>();
        for (VideoSpec v : user.video()) {
            for (RotationSpan s : v.rotationSpans()) {
                // From each span's second frame on: a copy with a frozen lead-in carries the first frame
                // at t=0 (setts), where a time-aligned cut would miss it and compare every frame with the
                // one before it; a transcode repeats it on the grid. Skipping one frame is fair to both.
                double skip = 1.0 / v.fps();
                double seconds = s.end() - s.start() - skip;
                double ssim = stretch(output, s.start() + skip - offset, dir.resolve(v.fileName()),
                        s.start() + skip - v.info(), seconds, s.degrees(), size[0], size[1], v.fps());
                spans.add(new Span(s.degrees(), seconds, ssim));
            }
        }
        return new Result(spans);
    }

    private double stretch(Path out, double outAt, Path src, double srcAt, double seconds, int degrees,
                           String w, String h, int fps) throws IOException {
        double half = 0.5 / fps;
        String fit = "scale=w=" + w + ":h=" + h + ":force_original_aspect_ratio=decrease:force_divisible_by=2,"
                + "pad=w=" + w + ":h=" + h + ":x=(ow-iw)/2:y=(oh-ih)/2:color=black";
        String graph = "[0:v]setpts=PTS-STARTPTS,setsar=1,format=yuv420p[o];"
                + "[1:v]setpts=PTS-STARTPTS" + Rotation.clockwise(degrees) + "," + fit + ",setsar=1,format=yuv420p[r];"
                + "[o][r]ssim=shortest=1";
        String log = ffmpeg.runInfo(List.of(
                "-ss", Reference.sec(Math.max(0, outAt - half)), "-t", Reference.sec(seconds), "-i", out.toString(),
                "-ss", Reference.sec(Math.max(0, srcAt - half)), "-t", Reference.sec(seconds), "-i", src.toString(),
                "-filter_complex", graph, "-f", "null", "-"));
        Matcher m = ALL.matcher(log);
        double value = Double.NaN;
        while (m.find()) {
            value = Double.parseDouble(m.group(1));
        }
        if (Double.isNaN(value)) {
            throw new IOException("no SSIM line from ffmpeg for " + out);
        }
        return value;
    }
}
