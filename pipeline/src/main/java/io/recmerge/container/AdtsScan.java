package io.recmerge.container;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Walks the frame headers of an ADTS AAC file (sync word, frame length; 1024 samples a frame)
 * and finds the damaged stretches: where the chain of headers breaks and where it resumes. ADTS
 * carries no timestamps, so ffmpeg's demuxer just resyncs and every frame after a damaged
 * stretch plays earlier by the frames lost in it; counting frames is the only clock there is.
 * How many frames a stretch held is estimated from its bytes and the sizes of the frames around
 * it (a steady bitrate makes that exact to a frame or two).
 *
 * @param frames the intact frames, damaged stretches not counted
 * @param sampleRate from the first header (0 when the file does not start with one)
 */
public record AdtsScan(int frames, int sampleRate, List<Gap> gaps) {

    public static final int SAMPLES_PER_FRAME = 1024;
    /** Files above this are not scanned (a recorder's .aac is ~20 MB an hour). */
    static final long MAX_BYTES = 512L << 20;
    /** A resync needs this many chained headers in a row (or the end of the file). */
    static final int CHAIN = 4;
    /** Frames each side of a gap whose sizes give the estimate. */
    static final int NEIGHBOURS = 64;
    static final int MAX_GAPS = 32;
    private static final int[] RATES = {96000, 88200, 64000, 48000, 44100, 32000, 24000, 22050, 16000, 12000, 11025,
        8000, 7350};

    public AdtsScan {
        gaps = List.copyOf(gaps);
    }

    /**
     * One damaged stretch [{@code from}, {@code to}) of the file.
     *
     * @param framesBefore intact frames before it
     * @param bytesBefore their mean size, over up to {@link #NEIGHBOURS} frames right before the stretch
     * @param bytesAfter the same right after it
     */
    public record Gap(long from, long to, int framesBefore, double bytesBefore, double bytesAfter) {

        /** The frames the stretch held: its bytes over the mean frame size around it. */
        public int lostFrames() {
            return (int) Math.round((to - from) / ((bytesBefore + bytesAfter) / 2));
        }

        /** The estimate from either side alone: how far apart they are says how far it can be trusted. */
        public double spreadFrames() {
            return Math.abs((to - from) / bytesBefore - (to - from) / bytesAfter);
        }
    }

    public boolean damaged() {
        return !gaps.isEmpty();
    }

    /** Empty when the file does not start with an ADTS header or is too big to scan. */
    public static Optional<AdtsScan> of(Path file) throws IOException {
        if (Files.size(file) > MAX_BYTES) {
            return Optional.empty();
        }
        byte[] b;
        try (InputStream in = Files.newInputStream(file)) {
            b = in.readAllBytes();
        }
        return frameLength(b, 0) == 0 ? Optional.empty() : Optional.of(scan(b));
    }

    static AdtsScan scan(byte[] b) {
        List<Integer> sizes = new ArrayList<>();
        List<Gap> gaps = new ArrayList<>();
        int pos = 0;
        while (pos < b.length && gaps.size() < MAX_GAPS) {
            int length = frameLength(b, pos);
            if (length > 0 && pos + length <= b.length) {
                sizes.add(length);
                pos += length;
                continue;
            }
            int resync = resync(b, pos + 1);
            if (resync < 0) {
                break; // a cut or garbage tail: nothing after it to keep in place
            }
            gaps.add(new Gap(pos, resync, sizes.size(), mean(sizes, sizes.size() - NEIGHBOURS, sizes.size()),
                    0));
            pos = resync;
        }
        return new AdtsScan(sizes.size(), sampleRate(b), withSizesAfter(gaps, sizes));
    }

    /** Fills in each gap's mean frame size after it, now that all frame sizes are known. */
    private static List<Gap> withSizesAfter(List<Gap> gaps, List<Integer> sizes) {
        List<Gap> out = new ArrayList<>();
        for (Gap g : gaps) {
            double after = mean(sizes, g.framesBefore(), g.framesBefore() + NEIGHBOURS);
            out.add(new Gap(g.from(), g.to(), g.framesBefore(), g.bytesBefore(), after > 0 ? after : g.bytesBefore()));
        }
        return out;
    }

    private static double mean(List<Integer> sizes, int from, int to) {
        List<Integer> part = sizes.subList(Math.max(0, from), Math.min(sizes.size(), to));
        return part.stream().mapToInt(Integer::intValue).average().orElse(0);
    }

    /** The first position from {@code from} on where {@link #CHAIN} headers follow each other, or -1. */
    static int resync(byte[] b, int from) {
        for (int p = from; p + 7 <= b.length; p++) {
            if ((b[p] & 0xff) == 0xff && fixedHeader(b, p) == fixedHeader(b, 0) && chained(b, p)) {
                return p;
            }
        }
        return -1;
    }

    private static boolean chained(byte[] b, int p) {
        int pos = p;
        for (int i = 0; i < CHAIN && pos != b.length; i++) {
            int length = frameLength(b, pos);
            if (length == 0 || pos + length > b.length) {
                return false;
            }
            pos += length;
        }
        return true;
    }

    /** The header bits every frame of a file shares: profile, sample rate, channels. */
    private static int fixedHeader(byte[] b, int p) {
        return ((b[p + 1] & 0xff) << 16) | ((b[p + 2] & 0xff) << 8) | (b[p + 3] & 0xc0);
    }

    /** The frame length of a plausible ADTS header at {@code p}, else 0. */
    static int frameLength(byte[] b, int p) {
        if (p + 7 > b.length || (b[p] & 0xff) != 0xff || (b[p + 1] & 0xf6) != 0xf0) {
            return 0; // sync word 0xFFF, layer 00
        }
        int rateIndex = (b[p + 2] & 0x3c) >> 2;
        int length = ((b[p + 3] & 0x03) << 11) | ((b[p + 4] & 0xff) << 3) | ((b[p + 5] & 0xe0) >> 5);
        int header = (b[p + 1] & 0x01) == 1 ? 7 : 9;
        return rateIndex < RATES.length && length > header ? length : 0;
    }

    private static int sampleRate(byte[] b) {
        return frameLength(b, 0) == 0 ? 0 : RATES[(b[2] & 0x3c) >> 2];
    }
}
