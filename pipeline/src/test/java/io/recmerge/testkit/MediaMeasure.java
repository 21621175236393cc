package io.recmerge.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Measures media back with the bundled ffmpeg: beeps, flashes, the orientation marker, container facts.
 *
 * <p>Timeline: every time is on the file's presentation timeline, t=0 = start of the file. Decoding
 * runs with {@code -copyts}, because plain ffmpeg subtracts the container's start_time (the earliest
 * stream's) from every timestamp: an MP4 whose audio starts 0.5 s in (empty edit) would otherwise
 * measure 0.5 s early. MP4/MOV and Matroska/WebM timestamps are used as stored (their timeline starts
 * at 0); MPEG-TS timestamps are taken relative to the container start_time, since a TS clock starts
 * anywhere (ffmpeg's muxer starts at 1.4 s). See {@link #timelineOrigin(Path)}.
 */
public final class MediaMeasure {

    /** Beep threshold as a fraction of full scale (-20 dBFS); the generated beeps peak at 0.5. */
    public static final double BEEP_THRESHOLD = 0.1;
    /** signalstats YAVG above which a frame counts as a flash (generated flashes are 235, content ~67). */
    public static final double FLASH_YAVG = 200;
    static final int PCM_RATE = 48_000;

    private MediaMeasure() {
    }

    /** Beep onsets (seconds) of the first audio stream, see {@link #beepOnsets(Path, double)}. */
    public static List<Double> beepOnsets(Path file) {
        return beepOnsets(file, BEEP_THRESHOLD);
    }

    /**
     * Beep onsets of the first audio stream: the first sample above {@code thresholdFullScale} after
     * at least 200 ms below it, in 2 ms windows. Raw ADTS AAC reports onsets ~21 ms (1024 samples)
     * late: ADTS has no field for the encoder delay, so the decoder's priming output stays in.
     */
    public static List<Double> beepOnsets(Path file, double thresholdFullScale) {
        double origin = timelineOrigin(file);
        return BeepDetector.onsets(monoPcm(file), PCM_RATE, thresholdFullScale).stream()
                .map(t -> t - origin).toList();
    }

    /**
     * The first audio stream as 48 kHz mono s16le, sample 0 at raw timestamp 0 (so at
     * {@link #timelineOrigin(Path)} on the file's timeline). {@code aresample=async=1:first_pts=0}
     * pads silence before a stream that starts late and drops samples before 0; with -copyts that
     * makes the sample index the presentation time.
     */
    public static byte[] monoPcm(Path file) {
        return FfmpegTool.ffmpeg(List.of("-copyts", "-i", file.toString(), "-map", "0:a:0",
                "-af", "aresample=async=1:first_pts=0", "-ac", "1", "-ar", Integer.toString(PCM_RATE),
                "-c:a", "pcm_s16le", "-f", "s16le", "pipe:1")).stdout();
    }

    /** Flash onsets: times of frames whose YAVG rises above {@link #FLASH_YAVG} from below (or starts above). */
    public static List<Double> flashOnsets(Path file) {
        List<Double> out = new ArrayList<>();
        double previous = 0;
        for (FrameLuma f : frameLumas(file)) {
            if (f.yavg() > FLASH_YAVG && previous <= FLASH_YAVG) {
                out.add(f.time());
            }
            previous = f.yavg();
        }
        return out;
    }

    /**
     * Every decoded frame of the first video stream with its pts and signalstats YAVG. The
     * metadata filter runs inside the graph, so it sees decoded frames before any output frame-rate
     * conversion could duplicate or drop them.
     */
    public static List<FrameLuma> frameLumas(Path file) {
        Path stats = tempFile("recmerge-yavg-", ".txt");
        try {
            FfmpegTool.ffmpeg(List.of("-copyts", "-i", file.toString(), "-map", "0:v:0", "-vf",
                    "signalstats,metadata=mode=print:key=lavfi.signalstats.YAVG:file=" + stats, "-f", "null", "-"));
            return FrameLumaParser.parse(Files.readString(stats, StandardCharsets.UTF_8), timelineOrigin(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            stats.toFile().delete();
        }
    }

    /**
     * The first frame of the first video stream whose time is >= t (0.5 ms tolerance), as RGB24,
     * auto-rotated by the display matrix like a player would show it.
     */
    public static RgbFrame frameAt(Path file, double t) {
        double raw = t + timelineOrigin(file);
        String select = String.format(Locale.ROOT, "select='gte(t\\,%.6f)'", raw - 0.0005);
        byte[] ppm = FfmpegTool.ffmpeg(List.of("-copyts", "-i", file.toString(), "-map", "0:v:0", "-vf", select,
                "-fps_mode", "passthrough", "-frames:v", "1", "-c:v", "ppm", "-f", "image2pipe", "pipe:1")).stdout();
        if (ppm.length == 0) {
            throw new IllegalArgumentException("no video frame at or after " + t + " s in " + file);
        }
        return PpmReader.read(ppm);
    }

    /** Content box, portrait/landscape and red-marker quadrant of the frame at t. */
    public static MarkerReport marker(Path file, double t) {
        return MarkerAnalyzer.analyze(frameAt(file, t));
    }

    /** Mean full-range luma (0 black .. 255 white; the kit's grey content is ~60) of the frame at t. */
    public static double meanLuma(Path file, double t) {
        return frameAt(file, t).meanLuma();
    }

    /** True when the MP4's top-level moov box comes before its mdat box. */
    public static boolean isFaststart(Path file) {
        List<String> boxes = topLevelBoxes(file);
        int moov = boxes.indexOf("moov");
        int mdat = boxes.indexOf("mdat");
        return moov >= 0 && (mdat < 0 || moov < mdat);
    }

    /** Top-level MP4 box types in file order (ftyp, free, mdat, moov, ...). */
    public static List<String> topLevelBoxes(Path file) {
        return Mp4Boxes.topLevel(file);
    }

    /** stderr of a full decode ({@code ffmpeg -v error -i FILE -f null -}); empty when the file decodes cleanly. */
    public static String decodeErrors(Path file) {
        FfmpegTool.Result r = FfmpegTool.ffmpegUnchecked(List.of("-i", file.toString(), "-f", "null", "-"));
        String err = r.stderr().strip();
        return r.exitCode() != 0 && err.isEmpty() ? "ffmpeg exit code " + r.exitCode() : err;
    }

    /** ffprobe's facts about the container and each stream. */
    public static StreamFacts streams(Path file) {
        return ProbeParser.parse(FfmpegTool.ffprobe(List.of("-print_format", "json", "-show_format",
                "-show_streams", file.toString())).stdoutText());
    }

    /**
     * Raw timestamp that is t=0 of the file's timeline: the container start_time for MPEG-TS, 0 for
     * everything else (MP4 edit lists and WebM timestamps already are presentation times).
     */
    public static double timelineOrigin(Path file) {
        StreamFacts facts = streams(file);
        boolean ts = facts.formatName().contains("mpegts");
        return ts && !Double.isNaN(facts.formatStartTime()) ? facts.formatStartTime() : 0;
    }

    /** A temp file whose path is safe inside a filter option (no ':', '\'', '\\', ',' to escape). */
    private static Path tempFile(String prefix, String suffix) {
        try {
            Path p = Files.createTempFile(prefix, suffix).toAbsolutePath();
            if (!p.toString().matches("[A-Za-z0-9/._-]+")) {
                p.toFile().delete();
                throw new IllegalStateException("temp dir path needs filter escaping, set java.io.tmpdir: " + p);
            }
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
