package io.recmerge.bench;

import io.recmerge.testkit.AudioSpec;
import io.recmerge.testkit.Container;
import io.recmerge.testkit.MetadataFiles;
import io.recmerge.testkit.RotationSpan;
import io.recmerge.testkit.SessionSpec;
import io.recmerge.testkit.UserSessionSpec;
import io.recmerge.testkit.VideoSpec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * Realistic session folders for the benchmark, generated once into a cache folder and reused.
 *
 * <p>The test kit's media are tiny on purpose (flat picture, CRF 32, tens of kb/s), which makes every
 * encode and decode unrealistically cheap. Here the picture is {@code testsrc2} (moving bars, a clock,
 * a moving gradient) under temporal noise, encoded at a camera-like ~650 kb/s (H.264 baseline as native
 * clients send, or VP8 as web clients send), and the audio is pink noise (audible throughout, as a room
 * is), 48 kHz AAC at 64 kb/s. The metadata comes from the kit's specs, so the folder is a recorder's.
 */
final class BenchMedia {

    /** Bump when the generated media change, so stale cache entries are not reused. */
    private static final String GENERATOR_VERSION = "1";
    static final String VIDEO_BITRATE = "650k";

    private final Ffmpeg ffmpeg;
    private final Path cacheRoot;

    BenchMedia(Ffmpeg ffmpeg, Path cacheRoot) {
        this.ffmpeg = ffmpeg;
        this.cacheRoot = cacheRoot;
    }

    /** The cached folder of this spec, generated first if missing. Read-only for the benchmark. */
    Path session(SessionSpec spec) throws IOException {
        Path target = cacheRoot.resolve(spec.name() + "-" + hash(spec.toString()));
        if (Files.isDirectory(target)) {
            return target;
        }
        System.out.println("generating " + spec.name() + " (once; cached in " + target + ")");
        Files.createDirectories(cacheRoot);
        Path tmp = Files.createTempDirectory(cacheRoot, ".tmp-" + spec.name() + "-");
        for (UserSessionSpec user : spec.users()) {
            for (AudioSpec a : user.audio()) {
                writeAudio(a, tmp.resolve(a.fileName()));
            }
            for (VideoSpec v : user.video()) {
                writeVideo(v, tmp.resolve(v.fileName()));
            }
            MetadataFiles.write(user, tmp);
        }
        if (spec.done()) {
            Files.writeString(tmp.resolve("recording2-done.txt"), "", StandardCharsets.UTF_8);
        }
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
        return target;
    }

    /**
     * A batch tree {@code root/20261123/bench<nn>_<HHMMSS>_<n>/} of {@code count} copies of one session
     * (hard links: the content is the same, the conversions are not). Returns the session folders.
     */
    List<Path> batchTree(SessionSpec one, int count) throws IOException {
        Path source = session(one);
        Path root = cacheRoot.resolve("batch-" + count + "-" + source.getFileName());
        List<Path> dirs = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            dirs.add(root.resolve("20261123").resolve(String.format("bench%02d_1015%02d_%d", i, i, 100000 + i)));
        }
        if (!Files.isDirectory(root)) {
            Path tmp = Files.createTempDirectory(cacheRoot, ".tmp-batch-");
            for (Path d : dirs) {
                Path copy = tmp.resolve(root.relativize(d));
                Files.createDirectories(copy);
                try (Stream<Path> files = Files.list(source)) {
                    for (Path f : files.toList()) {
                        Files.createLink(copy.resolve(f.getFileName()), f);
                    }
                }
            }
            Files.move(tmp, root, StandardCopyOption.ATOMIC_MOVE);
        }
        return dirs;
    }

    /** The batch tree's root folder (the parent of the date folder). */
    static Path batchRoot(List<Path> sessionDirs) {
        return sessionDirs.get(0).getParent().getParent();
    }

    private void writeAudio(AudioSpec a, Path file) throws IOException {
        String src = "anoisesrc=c=pink:r=48000:a=0.12:d=" + a.duration()
                + (a.channels() == 2 ? ",pan=stereo|c0=c0|c1=c0" : "");
        ffmpeg.run(List.of("-filter_complex", src + "[a]", "-map", "[a]", "-c:a", "aac", "-b:a", "64k",
                "-f", "adts", "-y", file.toString()));
    }

    private void writeVideo(VideoSpec v, Path file) throws IOException {
        List<String> args = new ArrayList<>(List.of("-filter_complex", graph(v), "-map", "[v]",
                "-frames:v", Integer.toString(v.frameCount()), "-r", Integer.toString(v.fps()), "-fps_mode", "cfr"));
        args.addAll(encoder(v));
        args.addAll(List.of("-y", file.toString()));
        ffmpeg.run(args);
    }

    /**
     * Per rotation span: the UPRIGHT picture (portrait for 90/270), cut to its frame count, then turned
     * counter-clockwise as a phone's sensor stores it; the spans joined, noise over all of it.
     */
    static String graph(VideoSpec v) {
        List<RotationSpan> spans = v.rotationSpans().stream().sorted(Comparator.comparingDouble(RotationSpan::start))
                .toList();
        StringBuilder g = new StringBuilder();
        for (int i = 0; i < spans.size(); i++) {
            RotationSpan s = spans.get(i);
            int frames = (int) Math.round((s.end() - s.start()) * v.fps());
            String size = s.turnsSides() ? v.height() + "x" + v.width() : v.width() + "x" + v.height();
            g.append("testsrc2=s=").append(size).append(":r=").append(v.fps())
                    .append(",trim=end_frame=").append(frames).append(",setpts=PTS-STARTPTS")
                    .append(Rotation.counterClockwise(s.degrees())).append("[s").append(i).append("];");
        }
        for (int i = 0; i < spans.size(); i++) {
            g.append("[s").append(i).append(']');
        }
        g.append("concat=n=").append(spans.size()).append(":v=1:a=0,noise=alls=12:allf=t,format=yuv420p[v]");
        return g.toString();
    }

    private static List<String> encoder(VideoSpec v) {
        String gop = Integer.toString(2 * v.fps());
        if (v.container() == Container.WEBM_VP8) {
            return List.of("-c:v", "libvpx", "-deadline", "realtime", "-cpu-used", "8", "-b:v", VIDEO_BITRATE,
                    "-g", gop, "-auto-alt-ref", "0", "-pix_fmt", "yuv420p", "-f", "webm");
        }
        return List.of("-c:v", "libx264", "-profile:v", "baseline", "-preset", "veryfast", "-b:v", VIDEO_BITRATE,
                "-maxrate", "800k", "-bufsize", "1600k", "-g", gop, "-pix_fmt", "yuv420p", "-f", "mp4");
    }

    private static String hash(String text) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256")
                    .digest((GENERATOR_VERSION + "|" + text).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
