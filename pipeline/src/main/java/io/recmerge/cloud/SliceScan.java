package io.recmerge.cloud;

import java.io.IOException;
import java.nio.file.Path;
import java.util.OptionalLong;

/**
 * What an MPEG-TS slice's own bytes say: the first timestamp of its audio and of its video
 * (90 kHz ticks), whether its audio is ADTS AAC, and where its first H.264 key frame (IDR) is.
 *
 * @param startsWithKeyFrame the first video unit holds an IDR: the slice decodes on its own
 * @param keyPts the PTS of the first key frame, empty when the slice (or the part read) has none
 * @param keyPacket the index of the TS packet that key frame's unit starts in
 */
record SliceScan(OptionalLong audioPts, OptionalLong videoPts, boolean adts, boolean h264,
                 boolean startsWithKeyFrame, OptionalLong keyPts, long keyPacket) {

    /** Enough packets for the first timestamps of every stream (a few hundred KB). */
    static final long HEAD_PACKETS = 2000;

    /** The slice's start: its first units' timestamps and whether it starts with a key frame. */
    static SliceScan head(Path file) throws IOException {
        return read(file, HEAD_PACKETS);
    }

    /** The first {@code packets} packets only. */
    static SliceScan head(Path file, long packets) throws IOException {
        return read(file, packets);
    }

    /** The whole slice: also where its first key frame is, however late. */
    static SliceScan whole(Path file) throws IOException {
        return read(file, Long.MAX_VALUE);
    }

    private static SliceScan read(Path file, long maxPackets) throws IOException {
        Collector c = new Collector();
        TsPackets.read(file, c, maxPackets);
        return new SliceScan(c.audioPts, c.videoPts, c.adts, c.h264, c.startsWithKey, c.keyPts, c.keyPacket);
    }

    /** Seconds from the first video unit to the first key frame; empty without one. */
    java.util.OptionalDouble secondsToKeyFrame() {
        if (keyPts.isEmpty() || videoPts.isEmpty()) {
            return java.util.OptionalDouble.empty();
        }
        return java.util.OptionalDouble.of(ticks(keyPts.getAsLong() - videoPts.getAsLong()));
    }

    /** 33-bit tick differences as seconds, across a wrap of the PTS clock. */
    static double ticks(long difference) {
        long wrapped = Math.floorMod(difference + (1L << 32), 1L << 33) - (1L << 32);
        return wrapped / TsPackets.CLOCK;
    }

    private static final class Collector implements TsPackets.Visitor {
        private OptionalLong audioPts = OptionalLong.empty();
        private OptionalLong videoPts = OptionalLong.empty();
        private boolean adts;
        private boolean h264;
        private boolean seenVideo;
        private boolean startsWithKey;
        private OptionalLong keyPts = OptionalLong.empty();
        private long keyPacket = -1;

        @Override
        public void pes(int pid, int streamType, OptionalLong pts, byte[] payload, long firstPacket) {
            if (TsPackets.isVideo(streamType)) {
                h264 |= streamType == TsPackets.H264;
                videoPts = videoPts.isPresent() ? videoPts : pts;
                boolean key = streamType == TsPackets.H264 && TsPackets.hasIdr(payload);
                startsWithKey = seenVideo ? startsWithKey : key;
                seenVideo = true;
                if (key && keyPts.isEmpty() && pts.isPresent()) {
                    keyPts = pts;
                    keyPacket = firstPacket;
                }
            } else if (TsPackets.isAudio(streamType)) {
                adts |= streamType == TsPackets.AAC_ADTS;
                audioPts = audioPts.isPresent() ? audioPts : pts;
            }
        }
    }
}
