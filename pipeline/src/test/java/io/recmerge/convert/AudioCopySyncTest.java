package io.recmerge.convert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.recmerge.diag.Severity;
import io.recmerge.plan.Interval;
import io.recmerge.plan.LeadingBlank;
import io.recmerge.plan.PlanRequest;
import io.recmerge.report.OutputOutcome;
import io.recmerge.report.SessionResult;
import io.recmerge.testkit.AudioSpec;
import io.recmerge.testkit.Container;
import io.recmerge.testkit.GeneratedSession;
import io.recmerge.testkit.MediaMeasure;
import io.recmerge.testkit.RecordingFactory;
import io.recmerge.testkit.SessionSpec;
import io.recmerge.testkit.StreamFacts;
import io.recmerge.testkit.UserSessionSpec;
import io.recmerge.testkit.VideoSpec;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The AAC track is copied, not re-encoded, under a re-encoded video and when the lead-in is cut:
 * each output is measured for beep placement (to the sample), flash-beep sync, a clean decode and
 * its audio length, and the plan says which tracks were encoded anew.
 */
class AudioCopySyncTest {

    private static final double AAC_FRAME = OutputAssert.AAC_FRAME;
    /** Beep onsets measured on a re-encoded track move by up to a few samples (the encoder's pre-echo). */
    static final double BEEP_EXACT = 0.002;

    @TempDir
    Path out;

    @Test
    void audioUnderATranscodedVideoIsCopiedWithItsOffsetAndStaysInSync() throws Exception {
        GeneratedSession s = RecordingFactory.cached(Recordings.webVp8());
        OutputOutcome.Made w = only(Harness.convert(s.dir(), Harness.settings(out).withLeadingBlank(LeadingBlank.KEEP)));

        assertCopiedAudio(w, s, "2002", List.of("video"));
        assertThat(w.plan().sessionOffset()).isZero();
    }

    @Test
    void audioStartingAfterATranscodedVideoIsCopiedAtItsPlace() throws Exception {
        GeneratedSession s = RecordingFactory.cached(lateAudioWebVp8());
        OutputOutcome.Made w = only(Harness.convert(s.dir(), out));

        assertCopiedAudio(w, s, "2202", List.of("video"));
        assertThat(w.plan().sessionOffset()).isCloseTo(0.2, within(1e-9));
    }

    @Test
    void aSilentLeadInIsCutAtAnAacFrameUnderACopiedVideo() throws Exception {
        GeneratedSession s = RecordingFactory.cached(Recordings.lateVideo());
        OutputOutcome.Made w = only(Harness.convert(s.dir(), out));

        assertCopiedAudio(w, s, "1001", List.of());
        assertThat(w.plan().plan().strategy()).isEqualTo("copy");
        assertCutAtAFrameNear(w.plan().sessionOffset(), 1.2);
        assertSameSamplesFromTheCut(s.dir().resolve("uid_1001_" + Recordings.STAMP + ".aac"),
                out.resolve(w.plan().fileName()), w.plan().sessionOffset());
    }

    /** A frame-boundary start would move the re-gridded picture off the source's frames: exact start instead. */
    @Test
    void aSilentLeadInUnderATranscodedVideoIsCutExactlyAndItsAudioReencoded() throws Exception {
        GeneratedSession s = RecordingFactory.cached(Recordings.webVp8());
        OutputOutcome.Made w = only(Harness.convert(s.dir(), out));
        Path file = out.resolve(w.plan().fileName());

        report(file, w.plan().sessionOffset(), MediaMeasure.beepOnsets(file), s.beeps("2002"));
        assertThat(w.plan().sessionOffset()).isEqualTo(0.8);
        assertThat(reencoded(w)).containsExactly("video", "audio");
        OutputAssert.assertPlayableMp4(file, 15);
        OutputAssert.assertInSync(file, w.plan().sessionOffset(), s.beeps("2002"), s.flashes("2002"), 15);
    }

    @Test
    void speechBeforeTheVideoIsCutAtAnAacFrameAndTheFrozenFirstFrameStaysInPlace() throws Exception {
        GeneratedSession s = RecordingFactory.cached(FidelityRecordings.speechBeforeVideo());
        OutputOutcome.Made w = only(Harness.convert(s.dir(), out));

        Path file = out.resolve(w.plan().fileName());
        List<Double> heard = MediaMeasure.beepOnsets(file);
        List<Double> beeps = s.beeps("3030");
        report(file, w.plan().sessionOffset(), heard, beeps);
        assertCutAtAFrameNear(w.plan().sessionOffset(), 0.45);
        assertThat(w.plan().plan().strategy()).isEqualTo("copy");
        assertThat(reencoded(w)).isEmpty();
        OutputAssert.assertPlayableMp4(file, 15);
        assertThat(heard).hasSameSizeAs(beeps);
        for (int i = 0; i < beeps.size(); i++) {
            assertThat(heard.get(i)).as("beep %d", i).isCloseTo(beeps.get(i) - w.plan().sessionOffset(),
                    within(BEEP_EXACT));
        }
        assertThat(OutputAssert.flashOnsets(file)).as("flashes").hasSize(3);
    }

    @Test
    void aCopyThatMustBeTranscodedForAWindowKeepsReencodingTheCutAudio() throws Exception {
        GeneratedSession s = RecordingFactory.cached(Recordings.lateVideo());
        OutputOutcome.Made w = only(Harness.convert(s.dir(), Harness.settings(out).withSelect(
                new PlanRequest.Selection(Set.of(), Optional.of(new Interval(2.0, 9.0))))));

        assertThat(w.plan().sessionOffset()).as("a window starts exactly where asked").isEqualTo(2.0);
        assertThat(reencoded(w)).containsExactly("video", "audio");
    }

    /**
     * Beeps at their session times to within a few samples, flashes within a frame of them, a
     * clean decode, the audio as long as the output, and the plan naming the re-encoded tracks.
     */
    private void assertCopiedAudio(OutputOutcome.Made w, GeneratedSession s, String uid, List<String> reencoded) {
        Path file = out.resolve(w.plan().fileName());
        List<Double> heard = MediaMeasure.beepOnsets(file);
        report(file, w.plan().sessionOffset(), heard, s.beeps(uid));
        assertThat(reencoded(w)).as("re-encoded tracks").isEqualTo(reencoded);
        OutputAssert.assertPlayableMp4(file, 15);
        OutputAssert.assertInSync(file, w.plan().sessionOffset(), s.beeps(uid), s.flashes(uid), 15);
        for (int i = 0; i < heard.size(); i++) {
            assertThat(heard.get(i)).as("beep %d to the sample", i)
                    .isCloseTo(s.beeps(uid).get(i) - w.plan().sessionOffset(), within(BEEP_EXACT));
        }
        StreamFacts.Stream a = MediaMeasure.streams(file).audio().orElseThrow();
        assertThat(a.startTime() + a.duration()).as("audio end").isCloseTo(w.plan().duration(), within(AAC_FRAME));
    }

    /**
     * The copy decodes to the source's own samples from the cut on, bit for bit: the frame before
     * the cut was kept as the decoder's pre-roll (a cut without it decodes its first 1024 samples
     * wrong). The source decodes with its priming first (ADTS cannot signal it), the output without.
     */
    private static void assertSameSamplesFromTheCut(Path source, Path output, double cutSeconds) {
        byte[] from = MediaMeasure.monoPcm(source);
        byte[] got = MediaMeasure.monoPcm(output);
        int skip = (int) Math.round(cutSeconds * AudioSpec.SAMPLE_RATE) + 1024;
        int compared = Math.min(got.length / 2, from.length / 2 - skip);
        assertThat(compared).as("samples compared").isGreaterThan(AudioSpec.SAMPLE_RATE * 8);
        int differing = 0;
        for (int i = 0; i < compared; i++) {
            if (got[2 * i] != from[2 * (skip + i)] || got[2 * i + 1] != from[2 * (skip + i) + 1]) {
                differing++;
            }
        }
        assertThat(differing).as("output samples differing from the source's after the cut").isZero();
    }

    /** On a boundary, the nearest one unless that lies after the first frame (then the one before). */
    private static void assertCutAtAFrameNear(double sessionOffset, double wanted) {
        double frames = sessionOffset / AAC_FRAME;
        assertThat(frames).as("whole AAC frames cut (audio created at 0)").isCloseTo(Math.rint(frames), within(1e-6));
        assertThat(sessionOffset).as("frame boundary near %.3f", wanted)
                .isBetween(wanted - AAC_FRAME - 1e-9, wanted + AAC_FRAME / 2 + 1e-9);
    }

    /**
     * The measured errors, for the record: each beep onset minus its session time on the output
     * clock, and each flash minus the beep nearest to it (the output's frame grid rounds flashes).
     */
    private static void report(Path file, double offset, List<Double> heard, List<Double> beeps) {
        StringBuilder errors = new StringBuilder();
        for (int i = 0; i < Math.min(heard.size(), beeps.size()); i++) {
            errors.append(String.format(Locale.ROOT, " %+.2f", (heard.get(i) - (beeps.get(i) - offset)) * 1000));
        }
        StringBuilder sync = new StringBuilder();
        for (double flash : OutputAssert.flashOnsets(file)) {
            double beep = heard.stream().min(Comparator.comparingDouble(b -> Math.abs(b - flash))).orElse(flash);
            sync.append(String.format(Locale.ROOT, " %+.1f", (flash - beep) * 1000));
        }
        System.out.printf(Locale.ROOT, "%s: offset %.6f beep errors (ms)%s; flash - beep (ms)%s%n",
                file.getFileName(), offset, errors, sync);
    }

    /** uid 2202: VP8 WebM from 0.2 s, its AAC created only at 0.9 s (the audio starts late). */
    static SessionSpec lateAudioWebVp8() {
        String base = UserSessionSpec.baseName("2202", Recordings.STAMP);
        List<Double> events = List.of(1.6, 3.13, 5.4, 7.2);
        return new SessionSpec("it-late-audio-webm", List.of(UserSessionSpec.of("2202", Recordings.STAMP,
                List.of(AudioSpec.mono(base + ".aac", 0.9, 7.1, events)),
                List.of(VideoSpec.of(base + ".webm", Container.WEBM_VP8, 0.0, 0.2, 7.8, events)))), true);
    }

    private static List<String> reencoded(OutputOutcome.Made w) {
        return w.plan().plan().reencoded(w.plan().kind());
    }

    private static OutputOutcome.Made only(SessionResult report) {
        assertThat(report.diagnostics()).as("diagnostics").filteredOn(d -> d.severity() != Severity.INFO).isEmpty();
        assertThat(report.made()).hasSize(1);
        return report.made().get(0);
    }
}
