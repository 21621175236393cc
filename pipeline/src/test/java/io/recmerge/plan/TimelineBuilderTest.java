package io.recmerge.plan;

import static io.recmerge.plan.Fixtures.BASE;
import static io.recmerge.plan.Fixtures.DIR;
import static io.recmerge.plan.Fixtures.MP4_FORMAT;
import static io.recmerge.plan.Fixtures.PRIMING;
import static io.recmerge.plan.Fixtures.WEBM_FORMAT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.recmerge.diag.Code;
import io.recmerge.diag.Diagnostic;
import io.recmerge.diag.Severity;
import io.recmerge.metadata.MetadataEvent;
import io.recmerge.metadata.MetadataEvent.Close;
import io.recmerge.metadata.MetadataEvent.Create;
import io.recmerge.metadata.MetadataEvent.Info;
import io.recmerge.metadata.MetadataEvent.Rotate;
import io.recmerge.metadata.MetadataFile;
import io.recmerge.probe.MediaFacts;
import io.recmerge.probe.StreamFacts;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class TimelineBuilderTest {

    private static final String AAC = BASE + ".aac";
    private static final String MP4 = BASE + "_1.mp4";
    private static final String WEBM = BASE + "_1.webm";

    private static MetadataFile meta(MetadataEvent... events) {
        return new MetadataFile(DIR.resolve(BASE + ".txt"), "1001", "20261123101500", Arrays.asList(events),
                List.of());
    }

    private static Info audioInfo(double t, String file) {
        return new Info(t, file, OptionalInt.of(1), OptionalInt.empty(), OptionalInt.empty(), OptionalInt.empty(),
                false);
    }

    private static Info videoInfo(double t, String file, int rotation) {
        return new Info(t, file, OptionalInt.empty(), OptionalInt.of(640), OptionalInt.of(480),
                OptionalInt.of(rotation), false);
    }

    static StreamFacts audioStream(String codec, OptionalDouble duration) {
        return new StreamFacts(0, "audio", codec, Optional.of("LC"), Optional.of("fltp"), 0, 0,
                OptionalDouble.empty(), 48000, 1, OptionalDouble.of(0), duration, OptionalInt.empty(),
                OptionalInt.empty());
    }

    static StreamFacts videoStream(String codec, double start, OptionalDouble duration, int w, int h) {
        return new StreamFacts(0, "video", codec, Optional.of("High"), Optional.of("yuv420p"), w, h,
                OptionalDouble.of(15), 0, 0, OptionalDouble.of(start), duration, OptionalInt.empty(),
                OptionalInt.empty());
    }

    /** A bare ADTS file: its decoded length includes the 1024 priming samples. */
    static MediaFacts adts(String name, double decodedSeconds) {
        return new MediaFacts(DIR.resolve(name), "aac", OptionalDouble.of(decodedSeconds), OptionalDouble.of(0),
                List.of(audioStream("aac", OptionalDouble.of(decodedSeconds))));
    }

    static MediaFacts mp4Video(String name, double seconds) {
        return new MediaFacts(DIR.resolve(name), MP4_FORMAT, OptionalDouble.of(seconds), OptionalDouble.of(0),
                List.of(videoStream("h264", 0, OptionalDouble.of(seconds), 640, 480)));
    }

    private static Map<String, MediaFacts> facts(MediaFacts... all) {
        Map<String, MediaFacts> map = new HashMap<>();
        for (MediaFacts f : all) {
            map.put(f.file().getFileName().toString(), f);
        }
        return map;
    }

    private static List<Code> codes(UserTimeline t) {
        return t.diagnostics().stream().map(Diagnostic::code).toList();
    }

    @Test
    void theAudioStartsAtItsCreateTimeAndLosesTheAdtsPrimingFromItsLength() {
        UserTimeline t = TimelineBuilder.build(meta(new Create(0.5, AAC), audioInfo(0.6, AAC), new Close(10.6, AAC)),
                facts(adts(AAC, 10 + PRIMING)));

        MediaPiece a = t.audio().get(0);
        assertThat(a.kind()).isEqualTo(TrackKind.AUDIO);
        assertThat(a.start()).isEqualTo(0.5);
        assertThat(a.duration()).isCloseTo(10.0, within(1e-9));
        assertThat(a.primingSamples()).isEqualTo(1024);
        assertThat(a.primingSeconds()).isCloseTo(0.021333, within(1e-6));
        assertThat(a.sampleRate()).isEqualTo(48000);
        assertThat(a.channels()).isEqualTo(1);
        assertThat(a.codec()).isEqualTo("aac");
        assertThat(a.codecProfile()).as("ffprobe's profile, which decides whether it may be copied").isEqualTo("LC");
        assertThat(a.container()).isEqualTo("aac");
        assertThat(a.file()).isEqualTo(DIR.resolve(AAC));
        assertThat(a.rotations()).isEmpty();
        assertThat(t.video()).isEmpty();
        assertThat(t.diagnostics()).isEmpty();
    }

    @Test
    void aacInsideAnMp4ContainerHasNoPrimingToSubtract() {
        String m4a = BASE + ".m4a";
        MediaFacts f = new MediaFacts(DIR.resolve(m4a), MP4_FORMAT, OptionalDouble.of(10), OptionalDouble.of(0),
                List.of(audioStream("aac", OptionalDouble.of(10))));
        UserTimeline t = TimelineBuilder.build(meta(new Create(0, m4a), new Close(10, m4a)), facts(f));

        assertThat(t.audio().get(0).primingSamples()).isZero();
        assertThat(t.audio().get(0).duration()).isEqualTo(10.0);
    }

    @Test
    void audioWithoutCreateStartsAtItsInfoTime() {
        UserTimeline t = TimelineBuilder.build(meta(audioInfo(0.7, AAC), new Close(10, AAC)),
                facts(adts(AAC, 9)));

        assertThat(t.audio().get(0).start()).isEqualTo(0.7);
    }

    @Test
    void theVideoStartsAtItsInfoTimeNotItsCreateTime() {
        UserTimeline t = TimelineBuilder.build(meta(new Create(0.1, MP4), videoInfo(1.2, MP4, 0), new Close(10, MP4)),
                facts(mp4Video(MP4, 8.8)));

        MediaPiece v = t.video().get(0);
        assertThat(v.kind()).isEqualTo(TrackKind.VIDEO);
        assertThat(v.start()).isEqualTo(1.2);
        assertThat(v.duration()).isEqualTo(8.8);
        assertThat(v.end()).isCloseTo(10.0, within(1e-9));
        assertThat(v.width()).isEqualTo(640);
        assertThat(v.height()).isEqualTo(480);
        assertThat(v.pixelFormat()).isEqualTo("yuv420p");
        assertThat(v.frameRate()).hasValue(15.0);
        assertThat(v.rotations()).containsExactly(new RotationSpan(1.2, 1.2 + 8.8, 0));
    }

    @Test
    void aVideoWithoutInfoStartsAtItsCreateTime() {
        UserTimeline t = TimelineBuilder.build(meta(new Create(0.3, MP4), new Close(5, MP4)),
                facts(mp4Video(MP4, 4)));

        assertThat(t.video().get(0).start()).isEqualTo(0.3);
    }

    @Test
    void theInfoRotationHoldsUntilTheFirstRotateEventAndEachChangeStartsASpan() {
        UserTimeline t = TimelineBuilder.build(meta(new Create(0, MP4), videoInfo(1, MP4, 90),
                        new Rotate(4, MP4, 0), new Rotate(6, MP4, 0), new Rotate(8, MP4, 270), new Close(11, MP4)),
                facts(mp4Video(MP4, 10)));

        assertThat(t.video().get(0).rotations()).containsExactly(new RotationSpan(1, 4, 90),
                new RotationSpan(4, 8, 0), new RotationSpan(8, 11, 270));
    }

    @Test
    void aRotateBeforeTheFirstFrameSetsTheInitialRotationAndOneAfterTheEndIsIgnored() {
        Info sizeOnly = new Info(1, MP4, OptionalInt.empty(), OptionalInt.of(640), OptionalInt.of(480),
                OptionalInt.empty(), false);
        UserTimeline t = TimelineBuilder.build(meta(new Create(0, MP4), new Rotate(0.5, MP4, 180),
                        sizeOnly, new Rotate(12, MP4, 90), new Close(12, MP4)),
                facts(mp4Video(MP4, 10)));

        assertThat(t.video().get(0).rotations()).containsExactly(new RotationSpan(1, 11, 180));
    }

    @Test
    void rotateEventsOfAnotherFileDoNotTurnThisOne() {
        UserTimeline t = TimelineBuilder.build(meta(new Create(0, MP4), videoInfo(0, MP4, 0),
                new Rotate(3, BASE + "_2.mp4", 90), new Close(5, MP4)), facts(mp4Video(MP4, 5)));

        assertThat(t.video().get(0).rotations()).containsExactly(new RotationSpan(0, 5, 0));
    }

    @Test
    void twoRotateEventsAtTheSameTimeDoNotBreakTheTimeline() {
        UserTimeline t = TimelineBuilder.build(meta(new Create(0, MP4), videoInfo(0, MP4, 0),
                new Rotate(5, MP4, 90), new Rotate(5, MP4, 180), new Close(10, MP4)), facts(mp4Video(MP4, 10)));

        assertThat(t.video().get(0).rotations()).containsExactly(new RotationSpan(0, 5, 0),
                new RotationSpan(5, 10, 180));
    }

    @Test
    void aFileWithoutCloseIsTakenFromTheMediaAndReported() {
        UserTimeline t = TimelineBuilder.build(meta(new Create(0, MP4), videoInfo(0.5, MP4, 0)),
                facts(mp4Video(MP4, 3.5)));

        assertThat(t.video().get(0).duration()).isEqualTo(3.5);
        Diagnostic d = t.diagnostics().get(0);
        assertThat(d.code()).isEqualTo(Code.CLOSE_MISSING);
        assertThat(d.severity()).isEqualTo(Severity.WARNING);
        assertThat(d.uid()).contains("1001");
        assertThat(d.file()).contains(MP4);
        assertThat(d.message()).isEqualTo(BASE + ".txt has no close for " + MP4 + "; its end was taken from the media");
    }

    @Test
    void filesWithoutProbeFactsAreLeftOutWithoutAnotherDiagnostic() {
        UserTimeline t = TimelineBuilder.build(meta(new Create(0, AAC), new Close(10, AAC), new Create(0, MP4),
                new Close(10, MP4)), facts(adts(AAC, 10)));

        assertThat(t.audio()).hasSize(1);
        assertThat(t.video()).isEmpty();
        assertThat(t.diagnostics()).isEmpty();
    }

    @Test
    void aFileWithNeitherAudioNorVideoStreamIsReported() {
        MediaFacts data = new MediaFacts(DIR.resolve(MP4), MP4_FORMAT, OptionalDouble.of(3), OptionalDouble.empty(),
                List.of(new StreamFacts(0, "data", "bin_data", Optional.empty(), Optional.empty(), 0, 0,
                        OptionalDouble.empty(), 0, 0, OptionalDouble.empty(), OptionalDouble.of(3),
                        OptionalInt.empty(), OptionalInt.empty())));
        UserTimeline t = TimelineBuilder.build(meta(new Create(0, MP4), new Close(3, MP4)), facts(data));

        assertThat(t.isEmpty()).isTrue();
        assertThat(codes(t)).containsExactly(Code.MEDIA_UNSUPPORTED);
        assertThat(t.diagnostics().get(0).message()).isEqualTo(MP4 + " has no audio or video stream");
    }

    @Test
    void aWebmWithoutStreamDurationTakesTheFormatDurationLessTheStreamsLateStart() {
        MediaFacts webm = new MediaFacts(DIR.resolve(WEBM), WEBM_FORMAT, OptionalDouble.of(9.2), OptionalDouble.of(0),
                List.of(videoStream("vp8", 0.1, OptionalDouble.empty(), 640, 480)));
        UserTimeline t = TimelineBuilder.build(meta(new Create(0, WEBM), videoInfo(0.8, WEBM, 0), new Close(10, WEBM)),
                facts(webm));

        MediaPiece v = t.video().get(0);
        assertThat(v.duration()).isCloseTo(9.1, within(1e-9));
        assertThat(v.sourceStartTime()).isEqualTo(0.1);
        assertThat(v.codec()).isEqualTo("vp8");
        assertThat(v.container()).isEqualTo(WEBM_FORMAT);
    }

    @Test
    void aWebmWhoseFramesStartLateCountsItsDurationFromSegmentTimeZero() {
        // A cloud WebM slice cut from a longer stream: frames 40.0-42.0 s, Duration element 42 s.
        MediaFacts webm = new MediaFacts(DIR.resolve(WEBM), WEBM_FORMAT, OptionalDouble.of(41.999),
                OptionalDouble.of(40), List.of(videoStream("vp8", 40, OptionalDouble.empty(), 640, 480)));
        UserTimeline t = TimelineBuilder.build(meta(new Create(0, WEBM), videoInfo(0.3, WEBM, 0), new Close(2.3, WEBM)),
                facts(webm));

        assertThat(t.video().get(0).duration()).isCloseTo(1.999, within(1e-9));
    }

    @Test
    void audioNoLongerThanItsPrimingIsLeftOut() {
        UserTimeline t = TimelineBuilder.build(meta(new Create(0, AAC), new Close(0.1, AAC)), facts(adts(AAC, PRIMING)));

        assertThat(t.audio()).isEmpty();
    }

    @Test
    void videoWithoutDurationOrSizeIsLeftOut() {
        MediaFacts noLength = new MediaFacts(DIR.resolve(MP4), MP4_FORMAT, OptionalDouble.empty(),
                OptionalDouble.empty(), List.of(videoStream("h264", 0, OptionalDouble.empty(), 640, 480)));
        String other = BASE + "_2.mp4";
        MediaFacts noSize = new MediaFacts(DIR.resolve(other), MP4_FORMAT, OptionalDouble.of(4), OptionalDouble.of(0),
                List.of(videoStream("h264", 0, OptionalDouble.of(4), 0, 0)));
        UserTimeline t = TimelineBuilder.build(meta(new Create(0, MP4), new Close(4, MP4), new Create(0, other),
                new Close(4, other)), facts(noLength, noSize));

        assertThat(t.video()).isEmpty();
    }

    @Test
    void theMetadataDiagnosticsComeFirstAndNamesComeFromTheMetadataFile() {
        Diagnostic parsed = Diagnostic.of(Code.METADATA_BAD_LINE, "line 3: junk").uid("1001").build();
        MetadataFile m = new MetadataFile(DIR.resolve(BASE + ".txt"), "1001", "20261123101500",
                List.of(new Create(0, AAC)), List.of(parsed));
        UserTimeline t = TimelineBuilder.build(m, facts(adts(AAC, 5)));

        assertThat(t.uid()).isEqualTo("1001");
        assertThat(t.stamp()).isEqualTo("20261123101500");
        assertThat(t.baseName()).isEqualTo(BASE);
        assertThat(codes(t)).containsExactly(Code.METADATA_BAD_LINE, Code.CLOSE_MISSING);
    }

    @Test
    void piecesKeepTheOrderOfFirstMention() {
        String second = BASE + "_2.mp4";
        List<MetadataEvent> events = new ArrayList<>(List.of(new Create(0, second), videoInfo(0, second, 0),
                new Close(3, second), new Create(3, MP4), videoInfo(3, MP4, 0), new Close(6, MP4)));
        UserTimeline t = TimelineBuilder.build(meta(events.toArray(MetadataEvent[]::new)),
                facts(mp4Video(MP4, 3), mp4Video(second, 3)));

        assertThat(t.video()).extracting(MediaPiece::name).containsExactly(second, MP4);
    }
}
