package io.recmerge.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A session folder as the Recording SDK 2.3 writes it (composite mode, uid 0), rebuilt from what
 * was measured on real folders, with the kit's beeps and flashes for measuring:
 * media named {@code <uid>_<stamp>} without {@code uid_}, metadata {@code uid_0_<stamp>.txt} with
 * a space at the end of create/close lines, the video's create and info 1 ms apart; the H.264
 * samples in Annex B form (AUD, SPS, PPS, SEI in-band, start codes) in an avc1 track, millisecond
 * timestamps at 15.163 frames a second on average (variable frame rate); the audio shorter than its create-close span;
 * metadata.txt, agorasdk.log, recording_0.log, agorareport.dat, recording_sys.log of the
 * LegacyMediaFile writer with "leave path code 18", and recording2-done.txt.
 */
public final class Sdk2Folder {

    static final String VERSION = "2";
    public static final String UID = "0";
    public static final String METADATA = "uid_0_20190208084418570.txt";
    public static final String AAC = "0_20190208084418569.aac";
    public static final String MP4 = "0_20190208084418974.mp4";
    public static final String CHANNEL = "abc_test";
    public static final String SDK_VERSION = "2.3.0 build 230";
    /** Session times of the metadata (create, info, close) and the content lengths. */
    public static final double VIDEO_CREATE = 0.404;
    public static final double VIDEO_INFO = 0.405;
    public static final double CLOSE = 6.294;
    public static final double AUDIO_SECONDS = 5.2;
    static final VideoSpec VIDEO = new VideoSpec(MP4, Container.MP4_H264, VIDEO_CREATE, VIDEO_INFO, 5.8, 360, 640,
            15, List.of(1.3, 2.45, 3.9, 4.6), List.of());
    /** The recorder's average rate: frames at round(k * 1000 / 15.163) ms, a variable frame rate. */
    public static final double RATE = 15.163;
    /** Beeps sit on the flash frames, at their retimed session times. */
    public static final List<Double> EVENTS = VIDEO.flashFrames().stream()
            .map(k -> Math.round(VIDEO_INFO * 1000 + ptsMillis(k)) / 1000.0).toList();
    public static final int FRAMES = VIDEO.frameCount();
    public static final List<String> SYS_LOG = List.of(
            "[2019-02-08 08:44:14.521] [info] Agora SDK ver 2.3.0 build 230, built on Jan 21 2019 12:00:00",
            "[2019-02-08 08:44:18.569] [info] LegacyMediaFile::createMP4File uid=0",
            "[2019-02-08 08:44:18.974] [info] LegacyMediaFile::writeVideoFrame uid=0 keyframe",
            "[2019-02-08 08:44:24.863] [info] LegacyMediaFile::closeMP4File uid=0",
            "[2019-02-08 08:44:24.864] [info] Before cleanup cnt 1, errno 11 4, joined_ 1, term_sig 1, leave path code 18",
            "[2019-02-08 08:44:24.865] [info] /home/agora/recording/media_file_legacy.cpp:76: ~LegacyMediaFile");

    private Sdk2Folder() {
    }

    /** The timestamp of frame k on the file's own timeline, in milliseconds. */
    static long ptsMillis(int k) {
        return Math.round(k * 1000 / RATE);
    }

    /** The metadata exactly as the recorder writes it (create/close lines end in a space). */
    public static String metadata() {
        return "0.000 " + AAC + " create \n"
                + String.format(java.util.Locale.ROOT, "%.3f %s create \n", VIDEO_CREATE, MP4)
                + String.format(java.util.Locale.ROOT, "%.3f %s info width=360 height=640 rotation=0\n", VIDEO_INFO, MP4)
                + String.format(java.util.Locale.ROOT, "%.3f %s close \n", CLOSE, MP4)
                + String.format(java.util.Locale.ROOT, "%.3f %s close \n", CLOSE, AAC);
    }

    /** A private copy of the folder in {@code dir}, the caller's to modify. */
    public static Path write(Path dir) {
        try {
            Files.createDirectories(dir);
            try (Stream<Path> files = Files.list(cached())) {
                for (Path f : (Iterable<Path>) files::iterator) {
                    Files.copy(f, dir.resolve(f.getFileName()), StandardCopyOption.REPLACE_EXISTING);
                }
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The shared, generated-once folder: read-only by contract. */
    public static synchronized Path cached() {
        String configured = System.getProperty(RecordingFactory.CACHE_PROPERTY);
        Path root = (configured != null ? Path.of(configured)
                : Path.of(System.getProperty("java.io.tmpdir"), "recmerge-test-media")).toAbsolutePath();
        Path target = root.resolve("sdk2-abc_test_084414_521668222-v" + VERSION);
        if (Files.isDirectory(target)) {
            return target;
        }
        try {
            Files.createDirectories(root);
            Path tmp = Files.createTempDirectory(root, ".tmp-sdk2-");
            generate(tmp);
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            if (!Files.isDirectory(target)) {
                throw new UncheckedIOException(e);
            }
        }
        return target;
    }

    private static void generate(Path dir) throws IOException {
        MediaWriter.writeAudio(AudioSpec.mono(AAC, 0, AUDIO_SECONDS, EVENTS), dir.resolve(AAC));
        writeVideo(dir.resolve(MP4));
        AnnexBRewrite.rewrite(dir.resolve(MP4));
        write(dir.resolve(METADATA), metadata());
        write(dir.resolve("metadata.txt"), "<version>2.0</version>\n<tag></tag>\n<channel name>" + CHANNEL
                + "</channel name>\n");
        write(dir.resolve("agorasdk.log"), "[02/08/19 08:44:14.521] [0000] Agora SDK ver " + SDK_VERSION
                + ", built on Jan 21 2019 12:00:00\n[02/08/19 08:44:14.522] [0001] joinChannel abc_test\n");
        write(dir.resolve("recording_0.log"), "[2019-02-08 08:44:14.521] recording started\n");
        Files.write(dir.resolve("agorareport.dat"), new byte[] {1, 2, 3, 0, 0, 7});
        write(dir.resolve("recording_sys.log"), String.join("\n", SYS_LOG) + "\n");
        write(dir.resolve(RecordingFactory.DONE_MARKER), "");
    }

    /**
     * x264 with an AUD before every picture and SPS/PPS repeated in-band (the recorder's samples
     * carry them), then a 1 ms track time base and frames every 65.95 ms, rounded to the millisecond.
     */
    private static void writeVideo(Path file) throws IOException {
        Path encoded = file.resolveSibling("encoded.mp4");
        FfmpegTool.ffmpeg(List.of("-filter_complex", VideoGraph.build(VIDEO), "-map", "[v]",
                "-frames:v", Integer.toString(VIDEO.frameCount()), "-r", "15", "-fps_mode", "cfr",
                "-fflags", "+bitexact", "-c:v", "libx264", "-profile:v", "baseline", "-preset", "veryfast",
                "-crf", "32", "-g", "30", "-pix_fmt", "yuv420p", "-x264-params", "aud=1:repeat-headers=1",
                "-video_track_timescale", "1000", "-f", "mp4", "-y", encoded.toString()));
        // Remuxed, so that the time base is the track's 1 ms (the encoder's is 1/15 s), and retimed.
        FfmpegTool.ffmpeg(List.of("-i", encoded.toString(), "-c", "copy", "-bsf:v",
                "setts=ts=round(N*1000/" + RATE + ")", "-video_track_timescale", "1000",
                "-fflags", "+bitexact", "-f", "mp4", "-y", file.toString()));
        Files.delete(encoded);
    }

    private static void write(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
