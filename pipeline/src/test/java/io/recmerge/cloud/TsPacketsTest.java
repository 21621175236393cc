package io.recmerge.cloud;

import static org.assertj.core.api.Assertions.assertThat;

import io.recmerge.testkit.CloudFolder;
import io.recmerge.testkit.CloudUser;
import io.recmerge.testkit.CloudUser.Track;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The byte-level TS reader on generated slices, and on damaged bytes (no exception, whatever comes). */
class TsPacketsTest {

    @TempDir
    Path tmp;

    private static CloudFolder folder() {
        return CloudFolder.builder("timestamps").user(CloudUser.av("9009", 0, 7).withEvents(1.5, 4.0)).build();
    }

    @Test
    void readsTheFirstTimestampsKeyFramesAndAdtsOfGeneratedSlices() throws Exception {
        CloudFolder f = folder();
        SliceScan audio = SliceScan.head(f.dir().resolve(f.slices("9009", Track.AUDIO).get(0).file()));
        assertThat(audio.adts()).isTrue();
        assertThat(audio.audioPts()).isPresent();
        assertThat(audio.videoPts()).isEmpty();
        SliceScan video = SliceScan.whole(f.dir().resolve(f.slices("9009", Track.VIDEO).get(0).file()));
        assertThat(video.h264()).isTrue();
        assertThat(video.startsWithKeyFrame()).isTrue();
        assertThat(video.keyPts()).isEqualTo(video.videoPts());
        assertThat(video.secondsToKeyFrame()).hasValue(0.0);
    }

    @Test
    void aPmtKeepingOnlyVideoHasAValidCrc() throws Exception {
        CloudFolder f = folder();
        byte[] all = Files.readAllBytes(f.dir().resolve(f.slices("9009", Track.VIDEO).get(0).file()));
        for (int i = 0; i + TsPackets.SIZE <= all.length; i += TsPackets.SIZE) {
            byte[] p = Arrays.copyOfRange(all, i, i + TsPackets.SIZE);
            if (TsPackets.pid(p) == 0x1000) { // ffmpeg's first PMT pid
                byte[] kept = TsPackets.pmtKeeping(p, TsPackets::isVideo);
                int length = ((kept[6] & 0x0F) << 8) | (kept[7] & 0xFF);
                // CRC-32/MPEG-2 over a section including its CRC is 0.
                assertThat(TsPackets.crc32(Arrays.copyOfRange(kept, 5, 5 + 3 + length))).isZero();
                assertThat(TsPackets.crc32(Arrays.copyOfRange(p, 5, 5 + 3 + length))).isZero();
                return;
            }
        }
        throw new AssertionError("no PMT in the slice");
    }

    @Test
    void damagedBytesNeverThrow() throws Exception {
        CloudFolder f = folder();
        byte[] slice = Files.readAllBytes(f.dir().resolve(f.slices("9009", Track.VIDEO).get(1).file()));
        Random random = new Random(11);
        for (int round = 0; round < 200; round++) {
            byte[] b = round % 4 == 0 ? new byte[random.nextInt(3000)] : Arrays.copyOf(slice,
                    random.nextInt(slice.length));
            if (round % 4 == 0) {
                random.nextBytes(b);
            }
            for (int k = 0; k < 20 && b.length > 0; k++) {
                b[random.nextInt(b.length)] = (byte) random.nextInt(256);
            }
            Path file = Files.write(tmp.resolve("damaged.ts"), b);
            SliceScan.whole(file);
            TsWriter.video(List.of(file), 0, 0, tmp.resolve("v.ts"));
            TsWriter.adts(List.of(file), tmp.resolve("a.aac"));
        }
    }
}
