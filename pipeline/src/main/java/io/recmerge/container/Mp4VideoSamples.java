package io.recmerge.container;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where the samples of an MP4's first video track lie in the file, read from its index (moov:
 * trak/mdia/hdlr, stbl/stsd, stsz, stsc, stco/co64) without ffmpeg. For byte-level checks of the
 * media itself, such as the Annex B test of {@link AnnexB}.
 *
 * @param sampleEntry the codec's sample entry ("avc1", "avc3", "hvc1", ...)
 * @param nalLengthSize avcC's NAL length field size in bytes (1, 2 or 4), 0 when there is no avcC
 * @param offsets file offsets of the samples, in decode order
 * @param sizes their sizes in bytes
 */
public record Mp4VideoSamples(String sampleEntry, int nalLengthSize, List<Long> offsets, List<Integer> sizes) {

    /** The index of a recorder's file is a few hundred KB; a larger moov is not read. */
    static final long MAX_MOOV = 64L << 20;
    /** Visual sample entry fields before its child boxes (ISO 14496-12: 8 + 70 bytes after the header). */
    private static final int VISUAL_ENTRY_FIELDS = 78;

    public Mp4VideoSamples {
        offsets = List.copyOf(offsets);
        sizes = List.copyOf(sizes);
        if (offsets.size() != sizes.size()) {
            throw new IllegalArgumentException(offsets.size() + " offsets for " + sizes.size() + " sizes");
        }
    }

    public int count() {
        return sizes.size();
    }

    /**
     * The first video track's first {@code max} samples; empty when the file has no readable index
     * or no video track. Never throws for bad content: a corrupt index is "no samples".
     */
    public static Optional<Mp4VideoSamples> read(Path file, int max) throws IOException {
        try (FileChannel in = FileChannel.open(file, StandardOpenOption.READ)) {
            Optional<ByteBuffer> moov = moovBody(in);
            if (moov.isEmpty()) {
                return Optional.empty();
            }
            ByteBuffer body = moov.get();
            try {
                return Boxes.children(body, 0, body.limit(), "trak").stream()
                        .map(trak -> videoTrack(body, trak, max)).flatMap(Optional::stream).findFirst();
            } catch (RuntimeException e) {
                return Optional.empty(); // an index that contradicts itself: nothing can be read from it
            }
        }
    }

    private static Optional<Mp4VideoSamples> videoTrack(ByteBuffer b, Boxes.Span trak, int max) {
        Optional<Boxes.Span> mdia = Boxes.child(b, trak, "mdia");
        Optional<Boxes.Span> hdlr = mdia.flatMap(m -> Boxes.child(b, m, "hdlr"));
        if (hdlr.isEmpty() || !Boxes.fourCc(b, hdlr.get().from() + 8).equals("vide")) {
            return Optional.empty();
        }
        Optional<Boxes.Span> stbl = mdia.flatMap(m -> Boxes.child(b, m, "minf"))
                .flatMap(m -> Boxes.child(b, m, "stbl"));
        if (stbl.isEmpty()) {
            return Optional.empty();
        }
        Boxes.Span t = stbl.get();
        Optional<Boxes.Span> stsd = Boxes.child(b, t, "stsd");
        Optional<Boxes.Span> stsz = Boxes.child(b, t, "stsz");
        Optional<Boxes.Span> stsc = Boxes.child(b, t, "stsc");
        Optional<Boxes.Span> stco = Boxes.child(b, t, "stco").or(() -> Boxes.child(b, t, "co64"));
        if (stsd.isEmpty() || stsz.isEmpty() || stsc.isEmpty() || stco.isEmpty()) {
            return Optional.empty();
        }
        List<Integer> sizes = sizes(b, stsz.get(), max);
        List<Long> offsets = offsets(b, stsc.get(), stco.get(), sizes);
        String entry = Boxes.fourCc(b, stsd.get().from() + 12);
        return Optional.of(new Mp4VideoSamples(entry, nalLengthSize(b, stsd.get()), offsets,
                sizes.subList(0, offsets.size())));
    }

    /** avcC's lengthSizeMinusOne + 1, from the first sample entry's child boxes. */
    private static int nalLengthSize(ByteBuffer b, Boxes.Span stsd) {
        int entry = stsd.from() + 8;
        int entryEnd = entry + b.getInt(entry);
        if (entryEnd > stsd.to() || entry + 8 + VISUAL_ENTRY_FIELDS > entryEnd) {
            return 0;
        }
        return Boxes.children(b, entry + 8 + VISUAL_ENTRY_FIELDS, entryEnd, "avcC").stream().findFirst()
                .map(avcC -> (b.get(avcC.from() + 4) & 0x03) + 1).orElse(0);
    }

    private static List<Integer> sizes(ByteBuffer b, Boxes.Span stsz, int max) {
        int fixed = b.getInt(stsz.from() + 4);
        int count = (int) Math.min(Integer.toUnsignedLong(b.getInt(stsz.from() + 8)), max);
        List<Integer> sizes = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            sizes.add(fixed != 0 ? fixed : b.getInt(stsz.from() + 12 + 4 * i));
        }
        return sizes;
    }

    /** Chunk offsets (stco/co64) and samples per chunk (stsc) give each sample's offset. */
    private static List<Long> offsets(ByteBuffer b, Boxes.Span stsc, Boxes.Span stco, List<Integer> sizes) {
        boolean wide = Boxes.fourCc(b, stco.from() - 4).equals("co64");
        int chunks = b.getInt(stco.from() + 4);
        int runs = b.getInt(stsc.from() + 4);
        List<Long> offsets = new ArrayList<>();
        int run = 0;
        for (int chunk = 1; chunk <= chunks && offsets.size() < sizes.size(); chunk++) {
            while (run + 1 < runs && b.getInt(stsc.from() + 8 + 12 * (run + 1)) <= chunk) {
                run++;
            }
            int perChunk = b.getInt(stsc.from() + 8 + 12 * run + 4);
            long pos = wide ? b.getLong(stco.from() + 8 + 8 * (chunk - 1))
                    : Integer.toUnsignedLong(b.getInt(stco.from() + 8 + 4 * (chunk - 1)));
            for (int k = 0; k < perChunk && offsets.size() < sizes.size(); k++) {
                offsets.add(pos);
                pos += sizes.get(offsets.size() - 1);
            }
        }
        return offsets;
    }

    /** A top-level box's header position and size. */
    private record Box(long start, long headerSize, long size) {
        long bodyStart() {
            return start + headerSize;
        }

        long bodySize() {
            return size - headerSize;
        }
    }

    /** The moov box's body, read whole; empty when there is none or it is larger than an index can be. */
    static Optional<ByteBuffer> moovBody(FileChannel in) throws IOException {
        Optional<Box> moov = topLevel(in, "moov");
        if (moov.isEmpty() || moov.get().bodySize() > MAX_MOOV) {
            return Optional.empty();
        }
        ByteBuffer body = ByteBuffer.allocate((int) moov.get().bodySize());
        in.read(body, moov.get().bodyStart());
        body.flip();
        return Optional.of(body);
    }

    private static Optional<Box> topLevel(FileChannel in, String wanted) throws IOException {
        long size = in.size();
        long pos = 0;
        ByteBuffer header = ByteBuffer.allocate(16);
        while (pos + 8 <= size) {
            header.clear();
            in.read(header, pos);
            header.flip();
            long boxSize = Integer.toUnsignedLong(header.getInt());
            byte[] type = new byte[4];
            header.get(type);
            long headerSize = 8;
            if (boxSize == 1 && header.remaining() >= 8) {
                boxSize = header.getLong();
                headerSize = 16;
            } else if (boxSize == 0) {
                boxSize = size - pos;
            }
            if (boxSize < headerSize || boxSize > size - pos) {
                return Optional.empty();
            }
            if (new String(type, StandardCharsets.ISO_8859_1).equals(wanted)) {
                return Optional.of(new Box(pos, headerSize, boxSize));
            }
            pos += boxSize;
        }
        return Optional.empty();
    }
}
