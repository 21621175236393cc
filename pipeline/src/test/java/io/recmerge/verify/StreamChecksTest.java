package io.recmerge.verify;

import static org.assertj.core.api.Assertions.assertThat;

import io.recmerge.metadata.MetadataEvent;
import io.recmerge.metadata.MetadataFile;
import io.recmerge.plan.OutputKind;
import io.recmerge.plan.PlanRequest;
import io.recmerge.plan.PlannedOutput;
import io.recmerge.plan.Planner;
import io.recmerge.plan.TimelineBuilder;
import io.recmerge.probe.MediaFacts;
import io.recmerge.probe.StreamFacts;
import io.recmerge.profile.Profile;
import io.recmerge.profile.ProfileCatalog;
import io.recmerge.profile.ProfileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The verify stage's pure checks: probe facts of a written file against its plan. */
class StreamChecksTest {

    private static final Path OUT = Path.of("/out");
    private static Profile mp4;
    private static Profile m4a;
    private static Profile webm;

    @BeforeAll
    static void profiles() throws ProfileException {
        ProfileCatalog catalog = ProfileCatalog.load();
        mp4 = catalog.resolve("mp4-h264-aac");
        m4a = catalog.resolve("m4a-aac");
        webm = catalog.resolve("webm-vp9-opus");
    }

    /**
     * A real plan for an output of {@code duration} s made through the public pipeline (metadata +
     * probe facts -> timeline -> planner), so this test does not depend on the plan records' shape.
     */
    static PlannedOutput planned(OutputKind kind, Profile profile, double duration, Optional<Double> fps) {
        String aac = "uid_1001_1.aac";
        String mp4 = "uid_1001_1_1.mp4";
        List<MetadataEvent> events = new ArrayList<>();
        Map<String, MediaFacts> facts = new HashMap<>();
        if (kind.hasAudio()) {
            events.addAll(List.of(new MetadataEvent.Create(0, aac), new MetadataEvent.Close(duration, aac)));
            double decoded = duration + 1024.0 / 48000;
            facts.put(aac, new MediaFacts(OUT.resolve(aac), "aac", OptionalDouble.of(decoded), OptionalDouble.of(0),
                    List.of(audio("aac", "LC", 0, decoded))));
        }
        if (kind.hasVideo()) {
            events.addAll(List.of(new MetadataEvent.Create(0, mp4), new MetadataEvent.Close(duration, mp4)));
            StreamFacts v = new StreamFacts(0, "video", "h264", Optional.of("High"), Optional.of("yuv420p"), 640, 480,
                    OptionalDouble.of(fps.orElse(15.0)), 0, 0, OptionalDouble.of(0), OptionalDouble.of(duration),
                    OptionalInt.empty(), OptionalInt.empty());
            facts.put(mp4, new MediaFacts(OUT.resolve(mp4), "mov,mp4,m4a,3gp,3g2,mj2", OptionalDouble.of(duration),
                    OptionalDouble.of(0), List.of(v)));
        }
        MetadataFile meta = new MetadataFile(OUT.resolve("uid_1001_1.txt"), "1001", "1", events, List.of());
        Profile audioOnly = profile.video().isPresent() && profile.audioOnlyProfile().isPresent() ? m4a : profile;
        PlannedOutput out = Planner.plan(TimelineBuilder.build(meta, facts),
                PlanRequest.defaults(profile, audioOnly, OUT)).orElseThrow();
        assertThat(out.kind()).isEqualTo(kind);
        assertThat(out.duration()).isCloseTo(duration, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(out.fps()).isEqualTo(fps);
        return out;
    }

    static PlannedOutput av(double duration) {
        return planned(OutputKind.AV, mp4, duration, Optional.of(15.0));
    }

    static StreamFacts video(String codec, String pixFmt, int w, int h, double start, double duration) {
        return new StreamFacts(0, "video", codec, Optional.of("High"), Optional.ofNullable(pixFmt), w, h,
                OptionalDouble.of(15), 0, 0, OptionalDouble.of(start), OptionalDouble.of(duration),
                OptionalInt.of(-90), OptionalInt.empty());
    }

    static StreamFacts audio(String codec, String profile, double start, double duration) {
        return new StreamFacts(1, "audio", codec, Optional.ofNullable(profile), Optional.empty(), 0, 0,
                OptionalDouble.empty(), 48000, 2, OptionalDouble.of(start), OptionalDouble.of(duration),
                OptionalInt.empty(), OptionalInt.empty());
    }

    static MediaFacts facts(double duration, StreamFacts... streams) {
        return new MediaFacts(OUT.resolve(".x.partial"), "mov,mp4,m4a,3gp,3g2,mj2", OptionalDouble.of(duration),
                OptionalDouble.of(0), List.of(streams));
    }

    static StreamFacts goodVideo() {
        return video("h264", "yuv420p", 640, 480, 0, 10);
    }

    static StreamFacts goodAudio() {
        return audio("aac", "LC", 0, 10);
    }

    @Test
    void anOutputThatMatchesItsPlanPassesEveryCheck() {
        assertThat(StreamChecks.check(av(10), facts(10, goodVideo(), goodAudio()))).isEmpty();
    }

    @Test
    void audioEndingMoreThanOneFrameBeforeTheVideoStatesBothEndsAndTheTolerance() {
        List<String> failures = StreamChecks.check(av(10), facts(10, goodVideo(), audio("aac", "LC", 0, 9.8)));

        assertThat(failures).containsExactly(
                "audio ends at 9.800 s, video at 10.000 s: they differ by 0.200 s > one frame 0.067 s");
    }

    @Test
    void endsWithinOneFrameAreInSync() {
        assertThat(StreamChecks.check(av(10), facts(10, goodVideo(), audio("aac", "LC", 0, 10.066)))).isEmpty();
        assertThat(StreamChecks.check(av(10), facts(10, goodVideo(), audio("aac", "LC", 0.066, 10)))).isEmpty();
    }

    @Test
    void aStreamStartingLateCountsInItsEnd() {
        assertThat(StreamChecks.check(av(10), facts(10, video("h264", "yuv420p", 640, 480, 0.5, 10), goodAudio())))
                .containsExactly("audio ends at 10.000 s, video at 10.500 s: they differ by 0.500 s > one frame "
                        + "0.067 s");
    }

    @Test
    void aDurationOffThePlanStatesTheCheckAndTheValues() {
        assertThat(StreamChecks.check(av(10), facts(9.8, goodVideo(), goodAudio())))
                .containsExactly("duration 9.800 s != 10.000 s ± 0.067");
        assertThat(StreamChecks.check(av(10), facts(10.06, goodVideo(), goodAudio()))).isEmpty();
    }

    @Test
    void theFrameToleranceFollowsThePlannedFrameRate() {
        PlannedOutput at30 = planned(OutputKind.AV, mp4, 10, Optional.of(30.0));
        assertThat(StreamChecks.check(at30, facts(10.05, goodVideo(), goodAudio())))
                .containsExactly("duration 10.050 s != 10.000 s ± 0.033");
    }

    @Test
    void anUnknownDurationFailsAgainstThePlan() {
        MediaFacts noDuration = new MediaFacts(OUT.resolve("x"), "mp4", OptionalDouble.empty(), OptionalDouble.empty(),
                List.of(goodVideo(), goodAudio()));
        assertThat(StreamChecks.check(av(10), noDuration)).containsExactly("duration 0.000 s != 10.000 s ± 0.067");
    }

    @Test
    void wrongCodecsAndFormatsAreEachNamedWithBothValues() {
        List<String> failures = StreamChecks.check(av(10), facts(10, video("vp8", "yuv444p", 640, 480, 0, 10),
                audio("opus", null, 0, 10)));

        assertThat(failures).containsExactly("video codec vp8 != h264", "pixel format yuv444p != yuv420p",
                "audio codec opus != aac", "AAC profile none != LC");
    }

    @Test
    void aMissingPixelFormatAndHeAacAreNamed() {
        assertThat(StreamChecks.check(av(10), facts(10, video("h264", null, 640, 480, 0, 10),
                audio("aac", "HE-AAC", 0, 10))))
                .containsExactly("pixel format none != yuv420p", "AAC profile HE-AAC != LC");
    }

    @Test
    void anOddOrZeroPictureSizeIsRefused() {
        assertThat(StreamChecks.check(av(10), facts(10, video("h264", "yuv420p", 641, 480, 0, 10), goodAudio())))
                .containsExactly("video size 641x480 is not even");
        assertThat(StreamChecks.check(av(10), facts(10, video("h264", "yuv420p", 640, 481, 0, 10), goodAudio())))
                .containsExactly("video size 640x481 is not even");
        assertThat(StreamChecks.check(av(10), facts(10, video("h264", "yuv420p", 0, 0, 0, 10), goodAudio())))
                .containsExactly("video size 0x0 is not even");
    }

    @Test
    void aMissingStreamIsNamed() {
        assertThat(StreamChecks.check(av(10), facts(10, goodAudio()))).containsExactly("no video stream");
        assertThat(StreamChecks.check(av(10), facts(10, goodVideo()))).containsExactly("no audio stream");
        assertThat(StreamChecks.check(av(10), facts(10))).containsExactly("no video stream", "no audio stream");
    }

    @Test
    void anAudioOutputNeedsNoVideoAndAVideoOutputNoAudio() {
        PlannedOutput audioOnly = planned(OutputKind.AUDIO, mp4, 10, Optional.empty());
        assertThat(StreamChecks.check(audioOnly, facts(10, goodAudio()))).isEmpty();

        PlannedOutput videoOnly = planned(OutputKind.VIDEO, mp4, 10, Optional.of(15.0));
        assertThat(StreamChecks.check(videoOnly, facts(10, goodVideo()))).isEmpty();
    }

    @Test
    void opusOutputsHaveNoAacProfileCheck() {
        PlannedOutput out = planned(OutputKind.AV, webm, 10, Optional.of(15.0));
        assertThat(StreamChecks.check(out, facts(10, video("vp9", "yuv420p", 640, 480, 0, 10),
                audio("opus", null, 0, 10)))).isEmpty();
    }

    @Test
    void everyFailureIsListedNotJustTheFirst() {
        List<String> failures = new ArrayList<>(StreamChecks.check(av(10), facts(5, video("vp8", "yuv420p", 3, 3, 0, 5),
                audio("mp3", null, 0, 2))));
        assertThat(failures).containsExactly("video codec vp8 != h264", "video size 3x3 is not even",
                "audio codec mp3 != aac", "AAC profile none != LC",
                "audio ends at 2.000 s, video at 5.000 s: they differ by 3.000 s > one frame 0.067 s",
                "duration 5.000 s != 10.000 s ± 0.067");
    }

    @Test
    void theOutputFactsForTheManifestComeFromTheProbe() {
        OutputFacts f = StreamChecks.facts(facts(10.02, goodVideo(), goodAudio()));

        assertThat(f.duration()).isEqualTo(10.02);
        assertThat(f.video()).contains(new OutputFacts.Video("h264", 640, 480, 15.0, "yuv420p", -90));
        assertThat(f.audio()).contains(new OutputFacts.Audio("aac", "LC", 48000, 2));
        assertThat(StreamChecks.facts(facts(3, goodAudio())).video()).isEmpty();
    }
}
