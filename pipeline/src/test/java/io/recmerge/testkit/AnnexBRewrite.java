package io.recmerge.testkit;

import io.recmerge.container.Mp4VideoSamples;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Turns a normal H.264 MP4 into what the SDK 2.x recorder writes: every 4-byte NAL length inside
 * every video sample overwritten with the start code 00 00 00 01 (same size, so the index stays
 * right). Only samples with several NAL units show ffmpeg's symptoms; give the encoder AUDs and
 * in-band SPS/PPS.
 */
public final class AnnexBRewrite {

    private AnnexBRewrite() {
    }

    /** @return the number of NAL units rewritten */
    public static int rewrite(Path mp4) throws IOException {
        Mp4VideoSamples samples = Mp4VideoSamples.read(mp4, Integer.MAX_VALUE)
                .orElseThrow(() -> new IOException(mp4 + " has no video track"));
        if (samples.nalLengthSize() != 4) {
            throw new IOException(mp4 + ": NAL length size " + samples.nalLengthSize() + ", need 4");
        }
        int nals = 0;
        try (FileChannel ch = FileChannel.open(mp4, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            for (int i = 0; i < samples.count(); i++) {
                ByteBuffer sample = ByteBuffer.allocate(samples.sizes().get(i));
                ch.read(sample, samples.offsets().get(i));
                nals += startCodes(sample.array());
                ch.write(ByteBuffer.wrap(sample.array()), samples.offsets().get(i));
            }
        }
        return nals;
    }

    private static int startCodes(byte[] s) {
        int pos = 0;
        int n = 0;
        while (pos + 4 <= s.length) {
            int length = ByteBuffer.wrap(s, pos, 4).getInt();
            if (length <= 0 || pos + 4L + length > s.length) {
                throw new IllegalStateException("sample is not length-prefixed at byte " + pos);
            }
            s[pos] = 0;
            s[pos + 1] = 0;
            s[pos + 2] = 0;
            s[pos + 3] = 1;
            pos += 4 + length;
            n++;
        }
        return n;
    }
}
