package io.recmerge.plan;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

/**
 * The ffconcat list that joins a smart render's pieces by packets, passed inline as a
 * {@code data:} URL (nothing to write or clean up). The concat demuxer places each entry where the
 * ones before it end: a copied stretch is the source itself between an in-point and an out-point
 * on the file's own timeline, a re-encoded one its intermediate with its exact length, so every
 * piece lands at its key-frame time with no rounding carried along.
 *
 * <p>In-points are rounded up to the microsecond and out-points down: the demuxer seeks to the key
 * frame at or before the in-point (rounded down, a whole GOP too early would come along), and
 * drops packets at or after the out-point (rounded up, the next key frame would be kept twice).
 */
final class ConcatList {

    /** What the concat input may open: the list itself, then the MP4 pieces it names. */
    static final List<String> INPUT_OPTIONS = List.of("-f", "concat", "-safe", "0",
            "-protocol_whitelist", "file,data", "-format_whitelist", "concat,mov");

    private ConcatList() {
    }

    /** One entry: a copied stretch [in, out) of the file's own timeline (out NaN: to its end), or a whole file. */
    record Entry(Path file, double in, double out, double duration) {
        static Entry copied(Path file, double in, double out) {
            return new Entry(file, in, out, Double.NaN);
        }

        static Entry whole(Path file, double duration) {
            return new Entry(file, Double.NaN, Double.NaN, duration);
        }
    }

    static String text(List<Entry> entries) {
        StringBuilder s = new StringBuilder("ffconcat version 1.0\n");
        for (Entry e : entries) {
            s.append("file ").append(quoted("file:" + e.file().toAbsolutePath())).append('\n');
            if (!Double.isNaN(e.in())) {
                s.append("inpoint ").append(micros(Math.ceil(e.in() * 1e6 - 1e-3))).append('\n');
            }
            if (!Double.isNaN(e.out())) {
                s.append("outpoint ").append(micros(Math.floor(e.out() * 1e6 + 1e-3))).append('\n');
            }
            if (!Double.isNaN(e.duration())) {
                s.append("duration ").append(Seconds.of(e.duration())).append('\n');
            }
        }
        return s.toString();
    }

    static String dataUrl(List<Entry> entries) {
        return "data:text/plain;base64," + Base64.getEncoder().encodeToString(text(entries)
                .getBytes(StandardCharsets.UTF_8));
    }

    /** ffconcat's quoting: inside '...' only a quote needs care, written as '\''. */
    private static String quoted(String path) {
        return "'" + path.replace("'", "'\\''") + "'";
    }

    private static String micros(double us) {
        return String.format(Locale.ROOT, "%d.%06d", (long) us / 1_000_000, (long) us % 1_000_000);
    }
}
