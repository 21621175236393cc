package io.recmerge.container;

import static org.assertj.core.api.Assertions.assertThat;

import io.recmerge.testkit.AnnexBRewrite;
import io.recmerge.testkit.Container;
import io.recmerge.testkit.SingleVideo;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The byte-level Annex B test: start codes where the avcC says 4-byte lengths. */
class AnnexBTest {

    @TempDir
    Path tmp;

    private static byte[] bytes(int... values) {
        byte[] b = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            b[i] = (byte) values[i];
        }
        return b;
    }

    @Test
    void lengthPrefixedSamplesAreNotAnnexB() {
        assertThat(AnnexB.isAnnexB(bytes(0, 0, 0, 2, 0x09, 0xf0, 0, 0, 0, 3, 0x65, 0x88, 0x84))).isFalse();
    }

    @Test
    void startCodesBeforeEachNalAreAnnexB() {
        assertThat(AnnexB.isAnnexB(bytes(0, 0, 0, 1, 0x09, 0xf0, 0, 0, 0, 1, 0x65, 0x88, 0x84))).isTrue();
        assertThat(AnnexB.isAnnexB(bytes(0, 0, 0, 1, 0x65, 0x88, 0x84, 0x21))).as("single NAL too").isTrue();
    }

    @Test
    void aKitMp4IsNormalAndItsRewrittenCopyIsAnnexBInEverySampleChecked() throws Exception {
        Path mp4 = Files.copy(SingleVideo.cached("h264-1s", Container.MP4_H264, 1), tmp.resolve("v.mp4"));

        Mp4VideoSamples samples = Mp4VideoSamples.read(mp4, Integer.MAX_VALUE).orElseThrow();
        assertThat(samples.sampleEntry()).isEqualTo("avc1");
        assertThat(samples.nalLengthSize()).isEqualTo(4);
        assertThat(samples.count()).isEqualTo(15);
        assertThat(AnnexB.inMp4(mp4).orElseThrow()).isEqualTo(new AnnexB.Finding(8, 0));

        AnnexBRewrite.rewrite(mp4);

        assertThat(AnnexB.inMp4(mp4).orElseThrow()).isEqualTo(new AnnexB.Finding(8, 8));
    }

    @Test
    void filesWithoutAnIndexOrVideoTrackGiveNoFinding() throws Exception {
        Path junk = Files.write(tmp.resolve("junk.mp4"), new byte[] {0, 0, 0, 8, 'f', 't', 'y', 'p', 1, 2});

        assertThat(AnnexB.inMp4(junk)).isEmpty();
    }
}
