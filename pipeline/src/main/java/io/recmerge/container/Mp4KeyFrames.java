package io.recmerge.container;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * When the key frames of an MP4's first video track are shown, read from its index (mdhd, stts,
 * ctts, stss) without ffmpeg: where a stream copy can be cut.
 *
 * @param times seconds since the track's first presented frame, ascending
 * @param duration seconds from the first frame to the end of the last
 */
public record Mp4KeyFrames(List<Double> times, double duration) {

    public Mp4KeyFrames {
        times = List.copyOf(times);
    }

    /** Empty when the file has no readable index or no video track; never throws for bad content. */
    public static Optional<Mp4KeyFrames> read(Path file) throws IOException {
        try (FileChannel in = FileChannel.open(file, StandardOpenOption.READ)) {
            Optional<ByteBuffer> moov = Mp4VideoSamples.moovBody(in);
            if (moov.isEmpty()) {
                return Optional.empty();
            }
            ByteBuffer body = moov.get();
            try {
                return Boxes.children(body, 0, body.limit(), "trak").stream()
                        .map(trak -> videoTrack(body, trak)).flatMap(Optional::stream).findFirst();
            } catch (RuntimeException e) {
                return Optional.empty(); // an index that contradicts itself says nothing about key frames
            }
        }
    }

    private static Optional<Mp4KeyFrames> videoTrack(ByteBuffer b, Boxes.Span trak) {
        Optional<Boxes.Span> mdia = Boxes.child(b, trak, "mdia");
        Optional<Boxes.Span> hdlr = mdia.flatMap(m -> Boxes.child(b, m, "hdlr"));
        Optional<Boxes.Span> mdhd = mdia.flatMap(m -> Boxes.child(b, m, "mdhd"));
        if (hdlr.isEmpty() || mdhd.isEmpty() || !Boxes.fourCc(b, hdlr.get().from() + 8).equals("vide")) {
            return Optional.empty();
        }
        Optional<Boxes.Span> stbl = mdia.flatMap(m -> Boxes.child(b, m, "minf")).flatMap(m -> Boxes.child(b, m, "stbl"));
        Optional<Boxes.Span> stts = stbl.flatMap(t -> Boxes.child(b, t, "stts"));
        if (stts.isEmpty()) {
            return Optional.empty();
        }
        long[] pts = decodeTimes(b, stts.get());
        stbl.flatMap(t -> Boxes.child(b, t, "ctts")).ifPresent(ctts -> addOffsets(b, ctts, pts));
        long timescale = Integer.toUnsignedLong(b.getInt(mdhd.get().from() + (b.get(mdhd.get().from()) == 1 ? 20 : 12)));
        if (timescale == 0 || pts.length < 2) {
            return Optional.empty();
        }
        long first = Long.MAX_VALUE;
        long last = Long.MIN_VALUE;
        for (long t : pts) {
            first = Math.min(first, t);
            last = Math.max(last, t);
        }
        List<Double> keys = new ArrayList<>();
        for (int sample : syncSamples(b, stbl.get(), pts.length)) {
            keys.add((double) (pts[sample] - first) / timescale);
        }
        keys.sort(null);
        long lastDuration = lastDelta(b, stts.get());
        return Optional.of(new Mp4KeyFrames(keys, (double) (last - first + lastDuration) / timescale));
    }

    /** stts: runs of (sample count, duration), so sample n starts at the sum of the durations before it. */
    private static long[] decodeTimes(ByteBuffer b, Boxes.Span stts) {
        int runs = b.getInt(stts.from() + 4);
        long total = 0;
        for (int r = 0; r < runs; r++) {
            total += Integer.toUnsignedLong(b.getInt(stts.from() + 8 + 8 * r));
        }
        long[] times = new long[Math.toIntExact(total)];
        long t = 0;
        for (int r = 0, n = 0; r < runs; r++) {
            long count = Integer.toUnsignedLong(b.getInt(stts.from() + 8 + 8 * r));
            long delta = Integer.toUnsignedLong(b.getInt(stts.from() + 12 + 8 * r));
            for (long k = 0; k < count; k++, n++) {
                times[n] = t;
                t += delta;
            }
        }
        return times;
    }

    private static long lastDelta(ByteBuffer b, Boxes.Span stts) {
        int runs = b.getInt(stts.from() + 4);
        return runs == 0 ? 0 : Integer.toUnsignedLong(b.getInt(stts.from() + 12 + 8 * (runs - 1)));
    }

    /** ctts: composition offsets (signed in version 1, and in practice in version 0 too). */
    private static void addOffsets(ByteBuffer b, Boxes.Span ctts, long[] pts) {
        int runs = b.getInt(ctts.from() + 4);
        for (int r = 0, n = 0; r < runs; r++) {
            long count = Integer.toUnsignedLong(b.getInt(ctts.from() + 8 + 8 * r));
            int offset = b.getInt(ctts.from() + 12 + 8 * r);
            for (long k = 0; k < count && n < pts.length; k++, n++) {
                pts[n] += offset;
            }
        }
    }

    /** stss: 1-based numbers of the sync samples; without it every sample is one. */
    private static List<Integer> syncSamples(ByteBuffer b, Boxes.Span stbl, int count) {
        Optional<Boxes.Span> stss = Boxes.child(b, stbl, "stss");
        List<Integer> samples = new ArrayList<>();
        if (stss.isEmpty()) {
            for (int i = 0; i < count; i++) {
                samples.add(i);
            }
            return samples;
        }
        int entries = b.getInt(stss.get().from() + 4);
        for (int i = 0; i < entries; i++) {
            int n = b.getInt(stss.get().from() + 8 + 4 * i) - 1;
            if (n >= 0 && n < count) {
                samples.add(n);
            }
        }
        return samples;
    }
}
