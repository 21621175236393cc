package io.recmerge.container;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
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

    /**
     * Empty when the file does not start with an ADTS header or is too big to scan. The file is read
     * through one window of {@link FileBytes#WINDOW} bytes, never whole: an hour of recorder AAC
     * is ~28 MB, and reading it into the heap made the JVM's peak memory grow with the session.
     */
    public static Optional<AdtsScan> of(Path file) throws IOException {
        if (Files.size(file) > MAX_BYTES) {
            return Optional.empty();
        }
        try (FileBytes b = new FileBytes(file)) {
            return frameLength(b, 0) == 0 ? Optional.empty() : Optional.of(scan(b));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    static AdtsScan scan(byte[] b) {
        return scan(new ArrayBytes(b));
    }

    private static AdtsScan scan(Bytes b) {
        Sizes sizes = new Sizes();
        List<Gap> gaps = new ArrayList<>();
        int fixed = fixedHeader(b, 0);
        long pos = 0;
        while (pos < b.size() && gaps.size() < MAX_GAPS) {
            int length = frameLength(b, pos);
            if (length > 0 && pos + length <= b.size()) {
                sizes.add(length);
                pos += length;
                continue;
            }
            long resync = resync(b, pos + 1, fixed);
            if (resync < 0) {
                break; // a cut or garbage tail: nothing after it to keep in place
            }
            gaps.add(new Gap(pos, resync, sizes.count(), sizes.mean(sizes.count() - NEIGHBOURS, sizes.count()), 0));
            pos = resync;
        }
        return new AdtsScan(sizes.count(), sampleRate(b), withSizesAfter(gaps, sizes));
    }

    /** Fills in each gap's mean frame size after it, now that all frame sizes are known. */
    private static List<Gap> withSizesAfter(List<Gap> gaps, Sizes sizes) {
        List<Gap> out = new ArrayList<>();
        for (Gap g : gaps) {
            double after = sizes.mean(g.framesBefore(), g.framesBefore() + NEIGHBOURS);
            out.add(new Gap(g.from(), g.to(), g.framesBefore(), g.bytesBefore(), after > 0 ? after : g.bytesBefore()));
        }
        return out;
    }

    /** The first position from {@code from} on where {@link #CHAIN} headers follow each other, or -1. */
    private static long resync(Bytes b, long from, int fixed) {
        for (long p = from; p + 7 <= b.size(); p++) {
            if (b.at(p) == 0xff && fixedHeader(b, p) == fixed && chained(b, p)) {
                return p;
            }
        }
        return -1;
    }

    private static boolean chained(Bytes b, long p) {
        long pos = p;
        for (int i = 0; i < CHAIN && pos != b.size(); i++) {
            int length = frameLength(b, pos);
            if (length == 0 || pos + length > b.size()) {
                return false;
            }
            pos += length;
        }
        return true;
    }

    /** The header bits every frame of a file shares: profile, sample rate, channels. */
    private static int fixedHeader(Bytes b, long p) {
        return p + 4 > b.size() ? -1 : (b.at(p + 1) << 16) | (b.at(p + 2) << 8) | (b.at(p + 3) & 0xc0);
    }

    /** The frame length of a plausible ADTS header at {@code p}, else 0. */
    private static int frameLength(Bytes b, long p) {
        if (p + 7 > b.size() || b.at(p) != 0xff || (b.at(p + 1) & 0xf6) != 0xf0) {
            return 0; // sync word 0xFFF, layer 00
        }
        int rateIndex = (b.at(p + 2) & 0x3c) >> 2;
        int length = ((b.at(p + 3) & 0x03) << 11) | (b.at(p + 4) << 3) | ((b.at(p + 5) & 0xe0) >> 5);
        int header = (b.at(p + 1) & 0x01) == 1 ? 7 : 9;
        return rateIndex < RATES.length && length > header ? length : 0;
    }

    private static int sampleRate(Bytes b) {
        return frameLength(b, 0) == 0 ? 0 : RATES[(b.at(2) & 0x3c) >> 2];
    }

    /** Unsigned bytes by position: the scan reads forward, looking ahead a few frames at most. */
    private interface Bytes {
        long size();

        int at(long p);
    }

    private record ArrayBytes(byte[] b) implements Bytes {
        @Override
        public long size() {
            return b.length;
        }

        @Override
        public int at(long p) {
            return b[(int) p] & 0xff;
        }
    }

    /** A file through one reused window that starts where a read outside it lands. */
    private static final class FileBytes implements Bytes, AutoCloseable {
        static final int WINDOW = 1 << 20;
        private final FileChannel channel;
        private final long size;
        private final ByteBuffer window = ByteBuffer.allocate(WINDOW);
        private long start = -1;

        FileBytes(Path file) throws IOException {
            channel = FileChannel.open(file, StandardOpenOption.READ);
            size = channel.size();
        }

        @Override
        public long size() {
            return size;
        }

        @Override
        public int at(long p) {
            if (start < 0 || p < start || p >= start + window.limit()) {
                fill(p);
            }
            return window.get((int) (p - start)) & 0xff;
        }

        private void fill(long p) {
            window.clear();
            try {
                while (window.hasRemaining() && channel.read(window, p + window.position()) > 0) {
                    // read until the window is full or the file ends
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            window.flip();
            start = p;
        }

        @Override
        public void close() throws IOException {
            channel.close();
        }
    }

    /** Frame sizes as plain ints: an hour of AAC is ~170,000 frames. */
    private static final class Sizes {
        private int[] values = new int[4096];
        private int count;

        void add(int size) {
            if (count == values.length) {
                values = Arrays.copyOf(values, count * 2);
            }
            values[count++] = size;
        }

        int count() {
            return count;
        }

        /** The mean of sizes [from, to), clipped to what there is; 0 when that is nothing. */
        double mean(int from, int to) {
            int a = Math.max(0, from);
            int b = Math.min(count, to);
            long sum = 0;
            for (int i = a; i < b; i++) {
                sum += values[i];
            }
            return b > a ? (double) sum / (b - a) : 0;
        }
    }
}
