package io.recmerge.convert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.recmerge.plan.Gaps;
import io.recmerge.plan.Mode;
import io.recmerge.plan.PlanRequest;
import io.recmerge.report.OutputOutcome;
import io.recmerge.report.SessionResult;
import io.recmerge.testkit.CloudFolder;
import io.recmerge.testkit.CloudUser;
import io.recmerge.testkit.MediaMeasure;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --mode uid} joins a cloud user's segments (the stretches between START events) into one
 * output; the interruption between them is a gap handled as {@code --gaps} says.
 */
class CloudUidModeTest {

    @TempDir
    static Path tmp;
    private static CloudFolder cloud;
    private static CloudUser user;

    @BeforeAll
    static void generate() {
        cloud = CloudFolder.of(CloudConvertTest.USERS);
        user = cloud.user("5005");
    }

    private static OutputOutcome.Made convert(Gaps gaps, String out) throws Exception {
        SessionResult result = Harness.convert(cloud.dir(), Harness.settings(tmp.resolve(out)).withMode(Mode.UID)
                .withGaps(gaps).withSelect(new PlanRequest.Selection(Set.of("5005"), Optional.empty())));
        assertThat(result.outcomes()).as("--uid 5005: one output").singleElement()
                .isInstanceOf(OutputOutcome.Written.class);
        return result.made().get(0);
    }

    @Test
    void keptGapIsBlackAndSilentAndBothSegmentsAreInSync() throws Exception {
        OutputOutcome.Made m = convert(Gaps.KEEP, "keep");
        Path file = tmp.resolve("keep").resolve(m.plan().fileName());
        assertThat(m.plan().fileName()).endsWith("_merge_av.mp4");
        assertThat(m.plan().sessionOffset()).isCloseTo(user.stretches().get(0).start(), within(0.001));
        OutputAssert.assertPlayableMp4(file, 15);
        OutputAssert.assertInSync(file, m.plan().sessionOffset(), cloud.beeps("5005"), cloud.flashes("5005"), 15);
        double middle = (user.stretches().get(0).end() + user.stretches().get(1).start()) / 2;
        assertThat(MediaMeasure.meanLuma(file, middle - m.plan().sessionOffset())).as("luma in the gap").isLessThan(30);
    }

    @Test
    void droppedGapIsCutOutAndListed() throws Exception {
        OutputOutcome.Made m = convert(Gaps.DROP, "drop");
        Path file = tmp.resolve("drop").resolve(m.plan().fileName());
        assertThat(m.plan().droppedGaps()).singleElement().satisfies(g -> {
            assertThat(g.start()).isCloseTo(user.stretches().get(0).end(), within(0.07));
            assertThat(g.end()).isCloseTo(user.stretches().get(1).start(), within(0.07));
        });
        OutputAssert.assertPlayableMp4(file, 15);
        // Beyond the cut, session time t plays at t - offset - the dropped seconds.
        double dropped = m.plan().droppedGaps().get(0).end() - m.plan().droppedGaps().get(0).start();
        OutputAssert.assertInSync(file, m.plan().sessionOffset(),
                concat(cloud.beeps("5005", 0), earlier(cloud.beeps("5005", 1), dropped)),
                concat(cloud.flashes("5005", 0), earlier(cloud.flashes("5005", 1), dropped)), 15);
        double kept = user.stretches().stream().mapToDouble(s -> s.end() - s.start()).sum();
        assertThat(MediaMeasure.streams(file).video().orElseThrow().duration()).isCloseTo(kept, within(0.2));
    }

    private static List<Double> concat(List<Double> a, List<Double> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }

    private static List<Double> earlier(List<Double> times, double seconds) {
        return times.stream().map(t -> t - seconds).toList();
    }
}
