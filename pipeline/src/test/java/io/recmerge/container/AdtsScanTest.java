package io.recmerge.container;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ADTS frame chains: intact files, damaged stretches and the loss estimate, on hand-made headers. */
class AdtsScanTest {

    /** One ADTS frame of {@code length} bytes (48 kHz mono AAC-LC header, no CRC), payload 0x11. */
    static byte[] frame(int length) {
        byte[] f = new byte[length];
        Arrays.fill(f, (byte) 0x11);
        f[0] = (byte) 0xff;
        f[1] = (byte) 0xf1;
        f[2] = (byte) ((1 << 6) | (3 << 2)); // LC, 48 kHz
        f[3] = (byte) ((1 << 6) | ((length >> 11) & 0x03)); // mono
        f[4] = (byte) ((length >> 3) & 0xff);
        f[5] = (byte) (((length & 0x07) << 5) | 0x1f);
        f[6] = (byte) 0xfc;
        return f;
    }

    static byte[] frames(int count, int length) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < count; i++) {
            out.writeBytes(frame(length));
        }
        return out.toByteArray();
    }

    static byte[] join(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    @Test
    void anIntactFileIsOneChainOfFrames() {
        AdtsScan scan = AdtsScan.scan(frames(100, 90));

        assertThat(scan.frames()).isEqualTo(100);
        assertThat(scan.sampleRate()).isEqualTo(48000);
        assertThat(scan.damaged()).isFalse();
    }

    @Test
    void aDamagedStretchIsFoundAndItsFramesCountedFromTheSizesAround() {
        byte[] junk = new byte[900]; // ten 90-byte frames overwritten with zeros
        byte[] b = join(frames(40, 90), junk, frames(50, 90));

        AdtsScan scan = AdtsScan.scan(b);

        assertThat(scan.frames()).isEqualTo(90);
        assertThat(scan.gaps()).hasSize(1);
        AdtsScan.Gap gap = scan.gaps().get(0);
        assertThat(gap.from()).isEqualTo(40 * 90);
        assertThat(gap.to()).isEqualTo(40 * 90 + 900);
        assertThat(gap.framesBefore()).isEqualTo(40);
        assertThat(gap.lostFrames()).isEqualTo(10);
        assertThat(gap.spreadFrames()).isZero();
    }

    @Test
    void differentFrameSizesEitherSideShowAsSpread() {
        AdtsScan.Gap gap = AdtsScan.scan(join(frames(40, 10), new byte[900], frames(50, 150))).gaps().get(0);

        assertThat(gap.spreadFrames()).isGreaterThan(80);
    }

    @Test
    void aFalseSyncWordInsideTheDamageIsNotAResync() {
        byte[] junk = new byte[400];
        System.arraycopy(frame(90), 0, junk, 100, 7); // one plausible header pointing into zeros
        AdtsScan scan = AdtsScan.scan(join(frames(20, 90), junk, frames(20, 90)));

        assertThat(scan.gaps()).hasSize(1);
        assertThat(scan.gaps().get(0).to()).isEqualTo(20 * 90 + 400);
    }

    @Test
    void aCutOrGarbageTailIsNoGap() {
        byte[] b = join(frames(30, 90), new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9});

        assertThat(AdtsScan.scan(b).damaged()).isFalse();
        assertThat(AdtsScan.scan(b).frames()).isEqualTo(30);
        assertThat(AdtsScan.scan(Arrays.copyOf(frames(30, 90), 30 * 90 - 40)).frames()).isEqualTo(29);
    }

    @Test
    void aFileLongerThanTheReadWindowIsScannedAcrossItsEdges(@TempDir Path dir) throws IOException {
        // ~3 MB: the damage straddles the first 1 MB window's end, the resync lies in the second.
        int before = (1 << 20) / 700;
        byte[] b = join(frames(before, 700), new byte[7000], frames(3000, 700));
        Path file = Files.write(dir.resolve("long.aac"), b);

        AdtsScan scan = AdtsScan.of(file).orElseThrow();

        assertThat(scan.frames()).isEqualTo(before + 3000);
        assertThat(scan.gaps()).singleElement().satisfies(g -> {
            assertThat(g.from()).isEqualTo(before * 700L);
            assertThat(g.lostFrames()).isEqualTo(10);
        });
        assertThat(scan).isEqualTo(AdtsScan.scan(b));
    }
}
