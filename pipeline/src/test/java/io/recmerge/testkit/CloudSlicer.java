package io.recmerge.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Cuts one generated media file into cloud slices with ffmpeg's segment muxer ({@code -c copy}),
 * as Agora's recorder slices a stream: audio anywhere, video at a key frame once a slice is long
 * enough, and at a forced cut (5.5 min / 50 MB) without one. Each slice's own timestamps continue
 * the previous one's, from an arbitrary origin per track ({@code -output_ts_offset}): nothing says
 * an audio and a video track share one.
 */
final class CloudSlicer {

    /** A slice file in {@code dir} and where it starts on the source's own clock (t=0 = the source's start). */
    record Cut(Path file, double start, double seconds, boolean keyFrame) { }

    private CloudSlicer() {
    }

    /**
     * Audio (ADTS in, AAC in MPEG-TS out): a cut every {@code slice} seconds at the next AAC frame,
     * none in the last quarter slice (no slice of a few frames at the end).
     */
    static List<Cut> audio(Path source, Path dir, double slice, double duration, double tsOffset) {
        List<String> times = new ArrayList<>();
        for (double t = slice; t < duration - slice / 4; t += slice) {
            times.add(seconds(t));
        }
        List<String> how = times.isEmpty() ? List.of("-segment_time", "100000")
                : List.of("-segment_times", String.join(",", times));
        return segment(source, List.of(), dir, "mpegts", "ts", how, tsOffset, null);
    }

    /**
     * H.264 (MP4 in, MPEG-TS out): a cut at the first key frame at or after each multiple of
     * {@code slice}, and at each of {@code forced} (seconds on the source's clock) on whatever frame is there.
     */
    static List<Cut> h264(Path source, Path dir, double slice, List<Double> forced, double tsOffset) {
        List<Double> keys = keyFrames(source);
        TreeSet<Double> cuts = new TreeSet<>();
        double end = keys.isEmpty() ? 0 : duration(source);
        for (double target = slice; target < end; target += slice) {
            final double t = target;
            keys.stream().filter(k -> k >= t - 1e-6).findFirst().filter(k -> k < end - 0.2).ifPresent(cuts::add);
        }
        cuts.addAll(forced);
        // Just before the frame: the muxer cuts at the first packet at or after the time.
        String times = cuts.stream().map(c -> seconds(c - 0.01)).collect(Collectors.joining(","));
        List<String> how = cuts.isEmpty() ? List.of("-segment_time", "100000")
                : List.of("-segment_times", times, "-break_non_keyframes", "1");
        return segment(source, List.of(), dir, "mpegts", "ts", how, tsOffset, keys);
    }

    /** VP8 (WebM in and out): a cut at the first key frame after each multiple of {@code slice}. */
    static List<Cut> vp8(Path source, Path dir, double slice, double tsOffset) {
        return segment(source, List.of(), dir, "webm", "webm", List.of("-segment_time", seconds(slice)), tsOffset,
                null);
    }

    /** Composite mode: audio and video (starting {@code videoLead} later) in one MPEG-TS slice, cut at video key frames. */
    static List<Cut> composite(Path audio, Path video, double videoLead, Path dir, double slice, double tsOffset) {
        List<String> inputs = List.of("-i", audio.toString(), "-itsoffset", seconds(videoLead), "-i", video.toString(),
                "-map", "0:a", "-map", "1:v");
        return segment(null, inputs, dir, "mpegts", "ts", List.of("-segment_time", seconds(slice)), tsOffset, null);
    }

    private static List<Cut> segment(Path source, List<String> inputs, Path dir, String format, String ext,
                                     List<String> how, double tsOffset, List<Double> keys) {
        try {
            Files.createDirectories(dir);
            List<String> args = new ArrayList<>(source == null ? inputs : List.of("-i", source.toString()));
            args.addAll(List.of("-c", "copy", "-output_ts_offset", seconds(tsOffset), "-f", "segment"));
            args.addAll(how);
            args.addAll(List.of("-segment_format", format, "-segment_list", dir.resolve("list.csv").toString(),
                    "-segment_list_type", "csv", dir.resolve("%03d." + ext).toString()));
            FfmpegTool.ffmpeg(args);
            return cuts(dir, tsOffset, keys);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The segment list's times are output timestamps (the offset included, the MPEG-TS mux delay
     * not), except the first slice's start, which it writes as 0.
     */
    private static List<Cut> cuts(Path dir, double tsOffset, List<Double> keys) throws IOException {
        List<Cut> out = new ArrayList<>();
        for (String line : Files.readAllLines(dir.resolve("list.csv"))) {
            String[] f = line.split(",");
            double start = out.isEmpty() ? 0 : Double.parseDouble(f[1]) - tsOffset;
            double end = Double.parseDouble(f[2]) - tsOffset;
            boolean key = keys == null || keys.stream().anyMatch(k -> Math.abs(k - start) < 0.005);
            out.add(new Cut(dir.resolve(f[0]), start, end - start, key));
        }
        return out;
    }

    /** Key frame times of the source's video (its own clock; an MP4 from the kit starts at 0). */
    private static List<Double> keyFrames(Path source) {
        String csv = FfmpegTool.ffprobe(List.of("-select_streams", "v:0", "-show_entries", "packet=pts_time,flags",
                "-of", "csv=p=0", source.toString())).stdoutText();
        List<Double> keys = new ArrayList<>();
        for (String line : csv.split("\n")) {
            String[] f = line.strip().split(",");
            if (f.length >= 2 && f[1].startsWith("K") && !f[0].equals("N/A")) {
                keys.add(Double.parseDouble(f[0]));
            }
        }
        keys.sort(null);
        return keys;
    }

    private static double duration(Path source) {
        return Double.parseDouble(FfmpegTool.ffprobe(List.of("-show_entries", "format=duration", "-of",
                "csv=p=0", source.toString())).stdoutText().strip());
    }

    private static String seconds(double s) {
        return String.format(Locale.ROOT, "%.6f", s);
    }
}
