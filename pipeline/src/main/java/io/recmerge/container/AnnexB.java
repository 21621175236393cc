package io.recmerge.container;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * H.264 samples stored in Annex B form inside an MP4: each NAL unit behind a 4-byte start code
 * {@code 00 00 00 01} instead of its length, in an {@code avc1} track whose {@code avcC} (4-byte
 * lengths) is normal. The SDK 2.x recorder writes its MP4s this way. ffmpeg then reads every start
 * code as a NAL of length 1 ("Invalid NAL unit size", "missing picture in access unit"), still shows
 * the pictures when decoding, but sees no key frame on a stream copy and keeps no video packet.
 */
public final class AnnexB {

    /** Enough to tell: the recorder writes every sample the same way. */
    static final int SAMPLES_CHECKED = 8;

    private AnnexB() {
    }

    /**
     * @param checked samples looked at
     * @param annexB of those, the samples that start with a start code and do not parse as
     *               length-prefixed NAL units
     */
    public record Finding(int checked, int annexB) {
        public boolean detected() {
            return checked > 0 && annexB == checked;
        }
    }

    /** Empty for a file that is not an MP4 with an H.264 track with 4-byte NAL lengths. */
    public static Optional<Finding> inMp4(Path file) throws IOException {
        Optional<Mp4VideoSamples> samples = Mp4VideoSamples.read(file, SAMPLES_CHECKED);
        if (samples.isEmpty() || !samples.get().sampleEntry().startsWith("avc")
                || samples.get().nalLengthSize() != 4) {
            return Optional.empty();
        }
        int annexB = 0;
        int checked = 0;
        try (FileChannel in = FileChannel.open(file, StandardOpenOption.READ)) {
            for (int i = 0; i < samples.get().count(); i++) {
                int size = samples.get().sizes().get(i);
                if (size < 5 || size > 64 << 20) {
                    continue;
                }
                ByteBuffer sample = ByteBuffer.allocate(size);
                in.read(sample, samples.get().offsets().get(i));
                checked++;
                annexB += isAnnexB(sample.array()) ? 1 : 0;
            }
        }
        return Optional.of(new Finding(checked, annexB));
    }

    /** A start code first, and the sample does not walk as 4-byte length-prefixed NAL units. */
    static boolean isAnnexB(byte[] sample) {
        return startCodeAt(sample, 0) && !lengthPrefixed(sample);
    }

    static boolean lengthPrefixed(byte[] sample) {
        long pos = 0;
        while (pos + 4 <= sample.length) {
            long length = ByteBuffer.wrap(sample, (int) pos, 4).getInt() & 0xffffffffL;
            if (length < 2) {
                return false; // no H.264 NAL unit but end-of-sequence/stream is a single byte
            }
            pos += 4 + length;
        }
        return pos == sample.length;
    }

    static boolean startCodeAt(byte[] b, int at) {
        return at + 4 <= b.length && b[at] == 0 && b[at + 1] == 0 && b[at + 2] == 0 && b[at + 3] == 1;
    }
}
