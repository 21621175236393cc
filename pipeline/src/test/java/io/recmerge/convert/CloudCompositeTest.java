package io.recmerge.convert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.recmerge.report.OutputOutcome;
import io.recmerge.report.SessionResult;
import io.recmerge.testkit.CloudFolder;
import io.recmerge.testkit.CloudUser;
import io.recmerge.testkit.CloudUser.Track;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Composite mode: {@code <sid>_<cname>.m3u8} names slices {@code <sid>_<cname>_<utc>.ts} that hold
 * the mixed audio and the composed video together; one output, in sync.
 */
class CloudCompositeTest {

    @TempDir
    static Path tmp;
    private static CloudFolder cloud;
    private static SessionResult result;

    @BeforeAll
    static void convert() throws Exception {
        cloud = CloudFolder.builder("composite").composite(CloudUser.av("0", 0, 7).withVideoLead(0.6)
                .withEvents(1.5, 3.2, 5.4)).build();
        result = Harness.convert(cloud.dir(), tmp.resolve("out"));
    }

    @Test
    void theMixedSlicesBecomeOneOutputInSync() {
        assertThat(Files.exists(cloud.dir().resolve(cloud.key() + ".m3u8"))).isTrue();
        assertThat(cloud.slices("0", Track.MIXED)).allMatch(s -> s.file().matches(cloud.key() + "_\\d{17}\\.ts"));
        assertThat(result.outcomes()).as("%s", result.diagnostics()).singleElement()
                .isInstanceOf(OutputOutcome.Written.class);
        OutputOutcome.Made m = result.made().get(0);
        assertThat(m.plan().uid()).isEqualTo("0");
        assertThat(m.plan().fileName()).startsWith(cloud.key() + "_").endsWith("_av.mp4");
        assertThat(m.plan().sessionOffset()).as("the video starts 0.6 s in; auto drops the silent lead-in")
                .isCloseTo(0.6, within(0.07));
        Path file = tmp.resolve("out").resolve(m.plan().fileName());
        OutputAssert.assertPlayableMp4(file, 15);
        OutputAssert.assertInSync(file, m.plan().sessionOffset(), cloud.beeps("0"), cloud.flashes("0"), 15);
    }
}
