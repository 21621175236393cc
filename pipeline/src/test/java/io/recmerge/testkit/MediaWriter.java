package io.recmerge.testkit;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Encodes the generated media with lavfi sources. Each file is one ffmpeg run with one filter graph
 * and no inputs, so the result depends only on the spec (and the ffmpeg build).
 */
final class MediaWriter {

    /** Background of the picture: luma ~67 in limited range, clearly "not black" after any encode. */
    static final String BACKGROUND = "0x3c3c3c";
    /** The low-contrast moving square that keeps the encoder doing real motion work. */
    static final String MOVER = "0x5a5a5a";
    static final double BEEP_AMPLITUDE = 0.5;

    private MediaWriter() {
    }

    /** Writes one ADTS AAC file. */
    static void writeAudio(AudioSpec a, Path file) {
        String layout = a.channels() == 1 ? "mono" : "stereo";
        String expr = beepExpression(a);
        String exprs = a.channels() == 1 ? expr : expr + "|" + expr;
        String graph = String.format(Locale.ROOT, "aevalsrc=exprs='%s':s=%d:d=%s:c=%s[a]", exprs,
                AudioSpec.SAMPLE_RATE, Double.toString(a.duration()), layout);
        FfmpegTool.ffmpeg(List.of("-filter_complex", graph, "-map", "[a]", "-c:a", "aac", "-b:a", "32k",
                "-fflags", "+bitexact", "-f", "adts", "-y", file.toString()));
    }

    /**
     * A sine at exact sample indices (variable n), zero elsewhere: true digital silence outside the
     * beeps. Commas are escaped because the expression sits inside a filter graph.
     */
    static String beepExpression(AudioSpec a) {
        long len = Math.round(AudioSpec.BEEP_SECONDS * AudioSpec.SAMPLE_RATE);
        List<String> terms = new ArrayList<>();
        for (long start : a.beepStartSamples()) {
            terms.add("between(n\\," + start + "\\," + (start + len - 1) + ")");
        }
        if (terms.isEmpty()) {
            return "0";
        }
        return "if(" + String.join("+", terms) + "\\," + BEEP_AMPLITUDE + "*sin(2*PI*1000*t)\\,0)";
    }

    /** Writes one video file in the spec's container. */
    static void writeVideo(VideoSpec v, Path file) {
        List<String> args = new ArrayList<>(List.of("-filter_complex", VideoGraph.build(v), "-map", "[v]",
                "-frames:v", Integer.toString(v.frameCount()), "-r", Integer.toString(v.fps()),
                "-fps_mode", "cfr", "-fflags", "+bitexact"));
        args.addAll(encoderArgs(v));
        args.addAll(List.of("-y", file.toString()));
        FfmpegTool.ffmpeg(args);
    }

    private static List<String> encoderArgs(VideoSpec v) {
        String gop = Integer.toString(2 * v.fps());
        return switch (v.container()) {
            case MP4_H264 -> x264(gop, "mp4");
            case TS_H264 -> x264(gop, "mpegts");
            case WEBM_VP8 -> List.of("-c:v", "libvpx", "-deadline", "realtime", "-cpu-used", "8",
                    "-b:v", "100k", "-crf", "32", "-g", gop, "-auto-alt-ref", "0", "-pix_fmt", "yuv420p",
                    "-f", "webm");
        };
    }

    private static List<String> x264(String gop, String format) {
        return List.of("-c:v", "libx264", "-profile:v", "baseline", "-preset", "veryfast", "-crf", "32",
                "-g", gop, "-pix_fmt", "yuv420p", "-f", format);
    }
}
