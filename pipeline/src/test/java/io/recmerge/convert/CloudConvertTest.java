package io.recmerge.convert;

import static org.assertj.core.api.Assertions.assertThat;

import io.recmerge.diag.Code;
import io.recmerge.report.OutputOutcome;
import io.recmerge.report.SessionResult;
import io.recmerge.testkit.CloudFolder;
import io.recmerge.testkit.CloudUser;
import io.recmerge.testkit.CloudUser.FaultKind;
import io.recmerge.testkit.CloudUser.Track;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A cloud recording folder of three users (one with a bak0_ failover on its audio, one turned by a
 * ROTATE tag, one audio only) converted and measured like on-premise outputs.
 */
class CloudConvertTest {

    @TempDir
    static Path tmp;
    private static CloudFolder cloud;

    @BeforeAll
    static void generate() {
        cloud = CloudFolder.builder("convert-three")
                .user(CloudUser.av("1001", 0, 8).withVideoLead(0.9).withEvents(2.0, 3.4, 5.6, 7.1)
                        .withFault(Track.AUDIO, FaultKind.FAILOVER, 2, 0))
                .user(CloudUser.av("4004", 0.4, 7.5).withEvents(1.6, 3.8, 5.5, 6.6).rotatedAt(4.6, 90))
                .user(CloudUser.audioOnly("3003", 0.2, 6).withEvents(1.0, 3.5, 4.7))
                .build();
    }

    @Test
    void everyUserIsWrittenInSyncOnTheRecordingsUtcClock() throws Exception {
        SessionResult result = Harness.convert(cloud.dir(), tmp.resolve("out"));
        assertThat(result.outcomes()).hasSize(3);
        assertThat(result.diagnostics()).anyMatch(d -> d.code() == Code.CLOUD_FAILOVER);
        for (OutputOutcome o : result.outcomes()) {
            assertThat(o).isInstanceOf(OutputOutcome.Written.class);
            OutputOutcome.Written w = (OutputOutcome.Written) o;
            Path file = tmp.resolve("out").resolve(w.plan().fileName());
            String uid = w.plan().uid();
            if (cloud.user(uid).video().isEmpty()) {
                OutputAssert.assertAudioOnly(file, w.plan().sessionOffset(), cloud.beeps(uid));
            } else {
                OutputAssert.assertPlayableMp4(file, 15);
                OutputAssert.assertInSync(file, w.plan().sessionOffset(), cloud.beeps(uid), cloud.flashes(uid), 15);
            }
        }
        assertThat(tmp.resolve("out").resolve(".recmerge-cloud")).doesNotExist();
    }
}
