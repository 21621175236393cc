package io.recmerge.convert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.recmerge.diag.Code;
import io.recmerge.diag.Diagnostic;
import io.recmerge.plan.RenderPlan;
import io.recmerge.report.ExitCode;
import io.recmerge.report.OutputOutcome;
import io.recmerge.report.SessionResult;
import io.recmerge.testkit.CloudFolder;
import io.recmerge.testkit.CloudUser;
import io.recmerge.testkit.CloudUser.FaultKind;
import io.recmerge.testkit.CloudUser.Track;
import io.recmerge.testkit.MarkerReport;
import io.recmerge.testkit.MediaMeasure;
import io.recmerge.testkit.RotationSpan;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One cloud recording folder with a user for each behaviour (failover, VP8, audio only, rotation,
 * interruption, missing and empty slices, a plain H.264/AAC user whose video playlist comes as
 * upload-failure copies), converted once in session mode
 * and measured like on-premise outputs: each beep at its session time minus sessionOffset, its
 * flash within one frame, the marker upright, faststart, a clean decode.
 */
class CloudConvertTest {

    static final CloudFolder.Spec USERS = CloudFolder.builder("convert-users")
            .user(CloudUser.av("1001", 0, 8).withVideoLead(0.9).withEvents(2.0, 3.4, 5.6, 7.1)
                    .withFault(Track.AUDIO, FaultKind.FAILOVER, 2, 0))
            .user(CloudUser.av("2002", 0.3, 7).vp8().withEvents(1.5, 3.1, 5.2))
            .user(CloudUser.audioOnly("3003", 0.2, 6).withEvents(1.0, 3.5, 4.7))
            .user(CloudUser.av("4004", 0.4, 7.5).withEvents(1.6, 3.8, 5.5, 6.6).rotatedAt(4.6, 90))
            .user(CloudUser.av("5005", 0.1, 9).interrupted(3.6, 6.0).withEvents(1.2, 2.7, 6.9, 8.1))
            .user(CloudUser.av("6006", 0, 9).withEvents(1.3, 2.6, 5.4, 7.7)
                    .withFaultAt(Track.AUDIO, FaultKind.MISSING, 3.0).withFaultAt(Track.VIDEO, FaultKind.EMPTY, 3.0))
            .user(CloudUser.av("7007", 0, 6).withEvents(1.1, 2.8, 4.4).withUploadCopies(Track.VIDEO))
            .spec();

    @TempDir
    static Path tmp;
    private static CloudFolder cloud;
    private static SessionResult result;

    @BeforeAll
    static void convert() throws Exception {
        cloud = CloudFolder.of(USERS);
        result = Harness.convert(cloud.dir(), tmp.resolve("out"));
    }

    private static List<OutputOutcome.Made> of(String uid) {
        return result.made().stream().filter(m -> m.uid().equals(uid)).toList();
    }

    private static Path file(OutputOutcome.Made m) {
        return tmp.resolve("out").resolve(m.plan().fileName());
    }

    @Test
    void everyWholeUserIsWrittenInSyncOnTheRecordingsUtcClock() {
        for (String uid : List.of("1001", "2002", "3003", "4004", "7007")) {
            OutputOutcome.Made m = of(uid).get(0);
            assertThat(m).as(uid).isInstanceOf(OutputOutcome.Written.class);
            if (cloud.user(uid).video().isEmpty()) {
                OutputAssert.assertAudioOnly(file(m), m.plan().sessionOffset(), cloud.beeps(uid));
            } else {
                OutputAssert.assertPlayableMp4(file(m), 15);
                OutputAssert.assertInSync(file(m), m.plan().sessionOffset(), cloud.beeps(uid), cloud.flashes(uid), 15);
            }
            // No longer than the user's media: slices whose own timestamps start late (WebM cut from a
            // longer stream) must not stretch the output.
            List<CloudUser.Stretch> stretches = cloud.user(uid).stretches();
            double end = stretches.get(stretches.size() - 1).end();
            assertThat(MediaMeasure.streams(file(m)).formatDuration()).as(uid + " duration")
                    .isLessThanOrEqualTo(end - m.plan().sessionOffset() + 0.1);
        }
        assertThat(result.diagnostics()).anyMatch(d -> d.code() == Code.CLOUD_FAILOVER && d.uid().orElse("").equals("1001"));
        assertThat(tmp.resolve("out").resolve(".recmerge-cloud")).as("work folder removed").doesNotExist();
    }

    @Test
    void anInterruptionGivesOneOutputPerSegmentAtItsOwnOffset() {
        List<OutputOutcome.Made> made = of("5005");
        assertThat(made).hasSize(2);
        for (int i = 0; i < 2; i++) {
            OutputOutcome.Made m = made.get(i);
            assertThat(m.plan().sessionOffset()).isCloseTo(cloud.user("5005").stretches().get(i).start(), within(0.001));
            OutputAssert.assertPlayableMp4(file(m), 15);
            OutputAssert.assertInSync(file(m), m.plan().sessionOffset(), cloud.beeps("5005", i),
                    cloud.flashes("5005", i), 15);
        }
    }

    @Test
    void theRotatedUserIsUprightBeforeAndAfterTheRotateTag() {
        OutputOutcome.Made m = of("4004").get(0);
        for (RotationSpan span : cloud.rotationSpans("4004")) {
            MarkerReport marker = MediaMeasure.marker(file(m), span.middle() - m.plan().sessionOffset());
            assertThat(marker.quadrant()).as("marker at %.2f s (rotation %d)", span.middle(), span.degrees())
                    .hasToString("TOP_LEFT");
            assertThat(marker.portrait()).as("portrait content %dx%d", marker.contentWidth(), marker.contentHeight())
                    .isEqualTo(span.turnsSides());
        }
    }

    @Test
    void theVp8UserIsTranscodedToH264() {
        OutputOutcome.Made m = of("2002").get(0);
        assertThat(m.plan().plan().strategy()).isEqualTo("transcode");
        assertThat(MediaMeasure.streams(file(m)).video().orElseThrow().codecName()).isEqualTo("h264");
    }

    @Test
    void anH264AacUserIsStreamCopiedWithItsAudio() throws Exception {
        OutputOutcome.Made m = of("7007").get(0);
        assertThat(m.plan().plan()).isInstanceOfSatisfying(RenderPlan.StreamCopy.class,
                copy -> assertThat(copy.audioReencoded()).as("audio re-encoded").isFalse());
        JsonNode entry = manifestOutput(m.plan().fileName());
        assertThat(entry.path("strategy").asText()).isEqualTo("copy");
        assertThat(entry.has("reencoded")).as(entry.toString()).isFalse();
        assertThat(result.diagnostics()).as("of the upload-failure copies, the one with all slices")
                .anyMatch(d -> d.code() == Code.CLOUD_PLAYLIST_CHOSEN && d.file().orElse("").endsWith("_1.m3u8"));
    }

    @Test
    void aMissingAndAnEmptySliceAreDiagnosedWithTheirSecondsAndTheRestStaysInSync() throws Exception {
        OutputOutcome.Made m = of("6006").get(0);
        assertThat(m).isInstanceOf(OutputOutcome.Partial.class);
        assertThat(result.exitCode()).isEqualTo(ExitCode.PARTIAL);
        List<Diagnostic> missing = result.diagnostics().stream().filter(d -> d.code() == Code.CLOUD_SLICE_MISSING)
                .toList();
        assertThat(missing).extracting(d -> d.file().orElseThrow()).containsExactlyInAnyOrder(
                cloud.slices("6006", Track.AUDIO).get(1).file(), cloud.slices("6006", Track.VIDEO).get(1).file());
        assertThat(missing.get(0).message()).contains("which is not in the folder; the track has a hole of 2.005 s");
        assertThat(missing.get(1).message()).contains("is empty (0 bytes)");
        CloudFolder.Span hole = cloud.lost("6006", Track.AUDIO).get(0);
        CloudFolder.Span videoHole = cloud.lost("6006", Track.VIDEO).get(0);
        assertThat(result.diagnostics()).filteredOn(d -> d.code() == Code.OUTPUT_PARTIAL).singleElement()
                .satisfies(d -> assertThat(d.message()).contains(String.format(java.util.Locale.ROOT,
                        "without %.3f s of audio and %.3f s of video the recording had: %.3f-%.3f s (%s)",
                        hole.end() - hole.start(), videoHole.end() - videoHole.start(), hole.start(), hole.end(),
                        cloud.slices("6006", Track.AUDIO).get(1).file())));
        assertThat(manifestOutput(m.plan().fileName()).path("partial").asBoolean()).isTrue();
        OutputAssert.assertPlayableMp4(file(m), 15);
        // The beep and flash inside the hole are gone; those after it are where they belong.
        assertThat(cloud.beeps("6006")).hasSize(3);
        OutputAssert.assertInSync(file(m), m.plan().sessionOffset(), cloud.beeps("6006"), cloud.flashes("6006"), 15);
    }

    @Test
    void theManifestSaysWhenTheSessionClocksZeroWas() throws Exception {
        JsonNode session = manifest().path("session");
        assertThat(session.path("clockZeroUtc").asText()).isEqualTo("2024-03-05T10:00:00.000Z");
        assertThat(cloud.zero()).isEqualTo(java.time.Instant.parse(session.path("clockZeroUtc").asText()));
        // The earliest slice (uid 1001's first audio slice) starts at the zero: its output's offset is on that clock.
        assertThat(manifestOutput(of("7007").get(0).plan().fileName()).path("sessionOffset").asDouble()).isZero();
    }

    private static JsonNode manifest() throws Exception {
        return new ObjectMapper().readTree(tmp.resolve("out").resolve("manifest.json").toFile());
    }

    private static JsonNode manifestOutput(String fileName) throws Exception {
        JsonNode manifest = manifest();
        for (JsonNode o : manifest.path("outputs")) {
            if (o.path("file").asText().equals(fileName)) {
                return o;
            }
        }
        throw new AssertionError(fileName + " not in manifest.json");
    }
}
