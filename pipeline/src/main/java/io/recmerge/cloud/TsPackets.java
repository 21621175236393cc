package io.recmerge.cloud;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalLong;

/**
 * Reads an MPEG-TS slice without ffmpeg: the elementary streams its PMT lists and each PES unit
 * (stream, PTS, payload, the index of the packet it starts in). Enough for what the cloud input
 * needs from a slice's bytes: its own first timestamps, whether its video starts with a key
 * frame, and the ADTS frames of its AAC audio. Bytes that are not 188-byte packets starting with
 * 0x47 are skipped up to the next sync byte.
 */
final class TsPackets {

    static final int SIZE = 188;
    static final int AAC_ADTS = 0x0F;
    static final int H264 = 0x1B;
    /** PTS and DTS tick at 90 kHz. */
    static final double CLOCK = 90_000;

    /** Hears each complete PES unit, in the order they end. */
    interface Visitor {
        /**
         * @param streamType the PMT's stream_type of {@code pid} (0x0F ADTS AAC, 0x1B H.264, ...)
         * @param firstPacket index of the packet (in the file's packet order) the unit starts in
         */
        void pes(int pid, int streamType, OptionalLong pts, byte[] payload, long firstPacket);
    }

    /** Hears every packet as it is read: {@code streamType} -1 for the PAT, -2 for the PMT, 0 for other packets. */
    interface Raw {
        void packet(byte[] packet, long index, int pid, int streamType) throws IOException;
    }

    static final int PAT = -1;
    static final int PMT = -2;

    private final Visitor visitor;
    private final Raw raw;
    private final Map<Integer, Integer> streams = new HashMap<>();
    private final Map<Integer, ByteArrayOutputStream> units = new HashMap<>();
    private final Map<Integer, Long> unitStarts = new HashMap<>();
    private int pmtPid = -1;

    private TsPackets(Visitor visitor, Raw raw) {
        this.visitor = visitor;
        this.raw = raw;
    }

    static void read(Path file, Visitor visitor) throws IOException {
        read(file, visitor, Long.MAX_VALUE);
    }

    /** Reads at most {@code maxPackets} packets (the units still open then are reported as they are). */
    static void read(Path file, Visitor visitor, long maxPackets) throws IOException {
        read(file, visitor, (p, i, pid, type) -> { }, maxPackets);
    }

    /** Every packet to {@code raw} (after the PAT/PMT it belongs to was read), every unit to {@code visitor}. */
    static void read(Path file, Visitor visitor, Raw raw, long maxPackets) throws IOException {
        TsPackets reader = new TsPackets(visitor, raw);
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            byte[] packet = new byte[SIZE];
            long index = 0;
            while (index < maxPackets && next(in, packet)) {
                reader.packet(packet, index);
                int pid = pid(packet);
                raw.packet(packet, index++, pid, pid == 0 ? PAT : pid == reader.pmtPid ? PMT
                        : reader.streams.getOrDefault(pid, 0));
            }
        }
        reader.units.keySet().stream().sorted().toList().forEach(reader::flush);
    }

    /** Reads the next packet, skipping bytes up to a sync byte; false at the end of the file. */
    static boolean next(InputStream in, byte[] packet) throws IOException {
        int b;
        do {
            b = in.read();
        } while (b >= 0 && b != 0x47);
        if (b < 0) {
            return false;
        }
        packet[0] = (byte) b;
        return in.readNBytes(packet, 1, SIZE - 1) == SIZE - 1;
    }

    static int pid(byte[] p) {
        return ((p[1] & 0x1F) << 8) | (p[2] & 0xFF);
    }

    private void packet(byte[] p, long index) {
        int pid = pid(p);
        boolean start = (p[1] & 0x40) != 0;
        int control = (p[3] >> 4) & 0x3;
        int offset = 4;
        if (control == 2 || control == 3) {
            offset += 1 + (p[4] & 0xFF);
        }
        if (control == 0 || control == 2 || offset >= SIZE) {
            return; // no payload
        }
        if (pid == 0 && start) {
            pat(p, offset);
        } else if (pid == pmtPid && start) {
            pmt(p, offset);
        } else if (streams.containsKey(pid)) {
            if (start) {
                flush(pid);
                units.put(pid, new ByteArrayOutputStream());
                unitStarts.put(pid, index);
            }
            ByteArrayOutputStream unit = units.get(pid);
            if (unit != null) {
                unit.write(p, offset, SIZE - offset);
            }
        }
    }

    private void pat(byte[] p, int offset) {
        int s = offset + 1 + (p[offset] & 0xFF); // pointer field
        if (s + 12 <= SIZE) {
            pmtPid = ((p[s + 10] & 0x1F) << 8) | (p[s + 11] & 0xFF); // the first program's PMT
        }
    }

    private void pmt(byte[] p, int offset) {
        int s = offset + 1 + (p[offset] & 0xFF);
        if (s + 12 > SIZE) {
            return;
        }
        int sectionEnd = Math.min(SIZE, s + 3 + (((p[s + 1] & 0x0F) << 8) | (p[s + 2] & 0xFF)) - 4); // less CRC
        int i = s + 12 + (((p[s + 10] & 0x0F) << 8) | (p[s + 11] & 0xFF)); // after program info
        while (i + 5 <= sectionEnd) {
            int type = p[i] & 0xFF;
            int pid = ((p[i + 1] & 0x1F) << 8) | (p[i + 2] & 0xFF);
            streams.put(pid, type);
            i += 5 + (((p[i + 3] & 0x0F) << 8) | (p[i + 4] & 0xFF));
        }
    }

    private void flush(int pid) {
        ByteArrayOutputStream unit = units.remove(pid);
        if (unit == null) {
            return;
        }
        byte[] b = unit.toByteArray();
        if (b.length < 9 || b[0] != 0 || b[1] != 0 || b[2] != 1) {
            return; // not a PES header: a unit cut off at the start of the slice
        }
        int headerEnd = 9 + (b[8] & 0xFF);
        OptionalLong pts = (b[7] & 0x80) != 0 && b.length >= 14 ? OptionalLong.of(timestamp(b, 9)) : OptionalLong.empty();
        byte[] payload = headerEnd <= b.length ? java.util.Arrays.copyOfRange(b, headerEnd, b.length) : new byte[0];
        visitor.pes(pid, streams.get(pid), pts, payload, unitStarts.get(pid));
    }

    /**
     * A copy of a PMT packet that lists only the streams {@code keep} accepts (by stream_type),
     * its section length and CRC made anew; the packet unchanged when it is not a plain one-packet PMT.
     */
    static byte[] pmtKeeping(byte[] p, java.util.function.IntPredicate keep) {
        int control = (p[3] >> 4) & 0x3;
        if ((p[1] & 0x40) == 0 || control != 1) {
            return p;
        }
        int s = 5 + (p[4] & 0xFF);
        if (s + 12 > SIZE) {
            return p;
        }
        int end = s + 3 + (((p[s + 1] & 0x0F) << 8) | (p[s + 2] & 0xFF)) - 4;
        int first = s + 12 + (((p[s + 10] & 0x0F) << 8) | (p[s + 11] & 0xFF));
        if (end > SIZE - 4 || first > end) {
            return p;
        }
        ByteArrayOutputStream section = new ByteArrayOutputStream();
        section.write(p, s, first - s);
        for (int i = first; i + 5 <= end; i += 5 + (((p[i + 3] & 0x0F) << 8) | (p[i + 4] & 0xFF))) {
            int length = 5 + (((p[i + 3] & 0x0F) << 8) | (p[i + 4] & 0xFF));
            if (keep.test(p[i] & 0xFF) && i + length <= end) {
                section.write(p, i, length);
            }
        }
        byte[] b = section.toByteArray();
        int length = b.length - 3 + 4;
        b[1] = (byte) ((b[1] & 0xF0) | (length >> 8));
        b[2] = (byte) length;
        byte[] out = new byte[SIZE];
        java.util.Arrays.fill(out, (byte) 0xFF);
        System.arraycopy(p, 0, out, 0, 5);
        out[4] = 0; // pointer field: the section follows
        System.arraycopy(b, 0, out, 5, b.length);
        int crc = crc32(b);
        for (int k = 0; k < 4; k++) {
            out[5 + b.length + k] = (byte) (crc >>> (24 - 8 * k));
        }
        return out;
    }

    /** CRC-32/MPEG-2 (polynomial 0x04C11DB7, not reflected, initial value all ones), as PSI sections carry it. */
    static int crc32(byte[] b) {
        int crc = 0xFFFFFFFF;
        for (byte x : b) {
            crc ^= (x & 0xFF) << 24;
            for (int i = 0; i < 8; i++) {
                crc = (crc & 0x80000000) != 0 ? (crc << 1) ^ 0x04C11DB7 : crc << 1;
            }
        }
        return crc;
    }

    /** A 33-bit PTS/DTS: 3 + 15 + 15 bits with marker bits between. */
    static long timestamp(byte[] b, int at) {
        return ((long) (b[at] & 0x0E) << 29) | ((b[at + 1] & 0xFFL) << 22) | ((b[at + 2] & 0xFEL) << 14)
                | ((b[at + 3] & 0xFFL) << 7) | ((b[at + 4] & 0xFFL) >> 1);
    }

    /** MPEG-2, H.264 or HEVC video. */
    static boolean isVideo(int streamType) {
        return streamType == H264 || streamType == 0x24 || streamType == 0x02;
    }

    /** ADTS or LATM AAC, or MPEG audio. */
    static boolean isAudio(int streamType) {
        return streamType == AAC_ADTS || streamType == 0x11 || streamType == 0x03 || streamType == 0x04;
    }

    /** Whether an H.264 access unit (Annex B) holds an IDR slice (NAL type 5). */
    static boolean hasIdr(byte[] payload) {
        for (int i = 0; i + 3 < payload.length; i++) {
            if (payload[i] == 0 && payload[i + 1] == 0 && payload[i + 2] == 1 && (payload[i + 3] & 0x1F) == 5) {
                return true;
            }
        }
        return false;
    }
}
