package io.recmerge.bench;

import io.recmerge.testkit.AudioSpec;
import io.recmerge.testkit.RotationSpan;
import io.recmerge.testkit.UserSessionSpec;
import io.recmerge.testkit.VideoSpec;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The SDK converter's two ffmpeg commands for one user session, as the SDK's script builds them:
 * (1) the audio: a 1 ms silent lead concatenated with the AAC, re-encoded to .m4a; (2) the video: a
 * {@code color=black} canvas at the output size and 15 fps, each video file scaled to it and shifted
 * ({@code setpts}) to its start, overlaid; for rotations each segment trimmed and turned with
 * {@code rotate} (inside the fixed canvas, so it crops) before its overlay; libx264 veryfast at 15 fps,
 * the .m4a copied in. Times come from the spec, which is what the metadata file says. The session
 * clock starts at the earliest create; the output lasts until the last close.
 */
final class Reference {

    static final int FPS = 15;

    private Reference() {
    }

    /** Output size: the first video's sensor size (the SDK script keeps one canvas for the session). */
    static List<List<String>> commands(UserSessionSpec user, Path dir, Path out) {
        Path m4a = out.resolve(user.baseName() + ".m4a");
        Path av = out.resolve(user.baseName() + "_av.mp4");
        List<List<String>> cmds = new ArrayList<>();
        AudioSpec a = user.audio().get(0);
        String silence = "anullsrc=r=48000:cl=" + (a.channels() == 1 ? "mono" : "stereo");
        cmds.add(List.of("-y", "-f", "lavfi", "-t", "0.001", "-i", silence, "-i", dir.resolve(a.fileName()).toString(),
                "-filter_complex", "[0:a][1:a]concat=n=2:v=0:a=1[a]", "-map", "[a]", "-c:a", "aac", m4a.toString()));
        cmds.add(video(user, dir, m4a, av));
        return cmds;
    }

    private static List<String> video(UserSessionSpec user, Path dir, Path m4a, Path av) {
        VideoSpec first = user.video().get(0);
        double t0 = start(user);
        double length = end(user) - t0;
        List<String> args = new ArrayList<>(List.of("-y", "-f", "lavfi", "-i",
                "color=c=black:s=" + first.width() + "x" + first.height() + ":r=" + FPS + ":d=" + sec(length)));
        StringBuilder graph = new StringBuilder();
        String canvas = "0:v";
        int layer = 0;
        for (int i = 0; i < user.video().size(); i++) {
            VideoSpec v = user.video().get(i);
            args.addAll(List.of("-i", dir.resolve(v.fileName()).toString()));
            List<RotationSpan> spans = v.rotationSpans();
            boolean cut = spans.size() > 1 || spans.get(0).degrees() != 0;
            for (RotationSpan s : spans) {
                graph.append(layer(i + 1, v, s, cut, t0, first, canvas, layer));
                canvas = "c" + layer++;
            }
        }
        graph.setLength(graph.length() - 1);
        args.addAll(List.of("-i", m4a.toString(), "-filter_complex", graph.toString(), "-map", "[" + canvas + "]",
                "-map", (user.video().size() + 1) + ":a", "-c:v", "libx264", "-preset", "veryfast", "-r",
                Integer.toString(FPS), "-c:a", "copy", av.toString()));
        return args;
    }

    /**
     * One overlay layer: input {@code input}'s span (trimmed when the file has rotations), shifted to
     * its session time, scaled to the canvas, turned inside it; overlaid on {@code canvas} as c{n}.
     */
    private static String layer(int input, VideoSpec v, RotationSpan s, boolean cut, double t0, VideoSpec first,
                                String canvas, int n) {
        String trim = cut ? "trim=start=" + sec(s.start() - v.info()) + ":end=" + sec(s.end() - v.info()) + "," : "";
        double at = (cut ? s.start() : v.info()) - t0;
        String rotate = s.degrees() == 0 ? "" : ",rotate=" + s.degrees() + "*PI/180";
        return "[" + input + ":v]" + trim + "setpts=PTS-STARTPTS+" + sec(at) + "/TB,scale=" + first.width() + ":"
                + first.height() + rotate + "[p" + n + "];"
                + "[" + canvas + "][p" + n + "]overlay=eof_action=pass[c" + n + "];";
    }

    /** The bare remux of a one-AAC one-H.264 session: both streams copied, the video placed by -itsoffset. */
    static List<String> remux(UserSessionSpec user, Path dir, Path out) {
        AudioSpec a = user.audio().get(0);
        VideoSpec v = user.video().get(0);
        return List.of("-y", "-i", dir.resolve(a.fileName()).toString(), "-itsoffset", sec(v.info() - a.create()),
                "-i", dir.resolve(v.fileName()).toString(), "-map", "0:a", "-map", "1:v", "-c", "copy",
                "-movflags", "+faststart", out.resolve(user.baseName() + "_remux.mp4").toString());
    }

    /** The session clock's start for the reference: the earliest create of the user's files. */
    static double start(UserSessionSpec user) {
        return Stream.concat(user.audio().stream().map(AudioSpec::create), user.video().stream().map(VideoSpec::create))
                .mapToDouble(Double::doubleValue).min().orElse(0);
    }

    /** The end of the output: the last close. */
    static double end(UserSessionSpec user) {
        return Stream.concat(user.audio().stream().map(AudioSpec::close), user.video().stream().map(VideoSpec::close))
                .mapToDouble(Double::doubleValue).max().orElse(0);
    }

    static String sec(double s) {
        return String.format(Locale.ROOT, "%.3f", s);
    }
}
