package io.recmerge.batch;

import static org.assertj.core.api.Assertions.assertThat;

import io.recmerge.convert.ConvertSettings;
import io.recmerge.profile.Profile;
import io.recmerge.profile.ProfileCatalog;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A batch shares the cores between the sessions it converts at once. */
class EncoderThreadsTest {

    private static final int CORES = Runtime.getRuntime().availableProcessors();

    private static BatchSettings jobs(int n) {
        return new BatchSettings(Path.of("/archive"), Path.of("/out"), n, Shard.ALL, ConvertSettings.defaults());
    }

    @Test
    void oneJobLeavesTheEncoderItsOwnChoice() {
        assertThat(jobs(1).encoderThreads()).isEmpty();
    }

    @Test
    void severalJobsDivideTheCoresAndNeverGoBelowOne() {
        assertThat(jobs(2).encoderThreads()).hasValue(Math.max(1, CORES / 2));
        assertThat(jobs(CORES * 4).encoderThreads()).hasValue(1);
    }

    @Test
    void theThreadsGoToTheVideoEncoderOnlyAndAProfilesOwnSettingWins() throws Exception {
        Profile mp4 = ProfileCatalog.load().resolve("mp4-h264-aac");
        List<String> options = mp4.withEncoderThreads(3).video().orElseThrow().options();

        assertThat(options).endsWith("-threads", "3");
        assertThat(mp4.withEncoderThreads(3).audio()).isEqualTo(mp4.audio());
        Profile once = mp4.withEncoderThreads(2);
        assertThat(once.withEncoderThreads(5)).isEqualTo(once);
    }

    @Test
    void theThreadsDoNotShapeTheOutputsSoTheFingerprintIgnoresThem() {
        ConvertSettings plain = ConvertSettings.defaults();
        ConvertSettings shared = plain.withEncoderThreads(jobs(2).encoderThreads());

        assertThat(shared.outputShapingKey()).isEqualTo(plain.outputShapingKey());
    }
}
