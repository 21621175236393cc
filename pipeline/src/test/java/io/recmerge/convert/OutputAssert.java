package io.recmerge.convert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.recmerge.testkit.FrameLuma;
import io.recmerge.testkit.MediaMeasure;
import io.recmerge.testkit.StreamFacts;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** Measures an output against the truth its source media carry (docs/testing.md). */
final class OutputAssert {

    /** Each beep at its session time minus sessionOffset, within this (the project's sync tolerance: 60 ms). */
    static final double BEEP_TOLERANCE = 0.060;
    /**
     * One AAC frame of the generated 48 kHz audio: a lead-in that cuts the audio starts on a frame
     * boundary at most this much before the wanted time (or half of it after), so the copy stays exact.
     */
    static final double AAC_FRAME = 1024.0 / 48_000;
    /** The generated recordings' frame rate: "within one frame" of a beep means one of these. */
    static final double SOURCE_FPS = 15;

    private OutputAssert() {
    }

    /** H.264 yuv420p even-sized + AAC-LC, moov first, clean decode, tracks ending within one frame. */
    static void assertPlayableMp4(Path file, double fps) {
        StreamFacts s = MediaMeasure.streams(file);
        StreamFacts.Stream v = s.video().orElseThrow(() -> new AssertionError(file + " has no video stream"));
        StreamFacts.Stream a = s.audio().orElseThrow(() -> new AssertionError(file + " has no audio stream"));
        assertThat(v.codecName()).as("video codec").isEqualTo("h264");
        assertThat(v.pixFmt()).as("pixel format").isEqualTo("yuv420p");
        assertThat(v.width() % 2 + v.height() % 2).as("odd size %dx%d", v.width(), v.height()).isZero();
        assertThat(a.codecName()).as("audio codec").isEqualTo("aac");
        assertThat(a.profile()).as("AAC profile").isEqualTo("LC");
        assertThat(MediaMeasure.isFaststart(file)).as("moov before mdat: %s", MediaMeasure.topLevelBoxes(file)).isTrue();
        assertThat(MediaMeasure.decodeErrors(file)).as("decode errors").isEmpty();
        assertThat(v.startTime() + v.duration()).as("video end vs audio end")
                .isCloseTo(a.startTime() + a.duration(), within(1 / fps + 0.001));
    }

    /**
     * Beeps at their session times on the output timeline; flashes within one frame of their beeps
     * and within half an output frame of their true time (the output grid rounds to the nearest tick).
     *
     * @param beeps the session times of the source beeps
     * @param flashes the session times of the source flashes (snapped to the source frame grid)
     */
    static void assertInSync(Path file, double sessionOffset, List<Double> beeps, List<Double> flashes,
                             double outputFps) {
        List<Double> heard = MediaMeasure.beepOnsets(file);
        List<Double> seen = flashOnsets(file);
        System.out.printf(Locale.ROOT, "%s: offset %.3f beeps %s flashes %s%n", file.getFileName(), sessionOffset,
                heard, seen);
        assertThat(heard).as("beeps heard").hasSameSizeAs(beeps);
        for (int i = 0; i < beeps.size(); i++) {
            assertThat(heard.get(i)).as("beep %d (session %.3f s)", i, beeps.get(i))
                    .isCloseTo(beeps.get(i) - sessionOffset, within(BEEP_TOLERANCE));
        }
        assertThat(seen).as("flashes seen").hasSameSizeAs(flashes);
        for (int i = 0; i < flashes.size(); i++) {
            assertThat(seen.get(i)).as("flash %d (session %.3f s) vs its beep", i, flashes.get(i))
                    .isCloseTo(heard.get(i), within(1 / SOURCE_FPS + 0.001));
            assertThat(seen.get(i)).as("flash %d vs its session time", i)
                    .isCloseTo(flashes.get(i) - sessionOffset, within(0.5 / outputFps + 0.001));
        }
    }

    /**
     * Flash onsets as luma jumps: a white frame lifts the mean luma by far more than the moving
     * detail does, also when the picture is letterboxed or pillarboxed inside the canvas (a white
     * 240x180 picture in a 240x320 canvas averages ~140, under a fixed "near white" threshold).
     */
    static List<Double> flashOnsets(Path file) {
        List<FrameLuma> frames = MediaMeasure.frameLumas(file);
        List<Double> onsets = new java.util.ArrayList<>();
        for (int i = 1; i < frames.size(); i++) {
            double before = frames.get(i - 1).yavg();
            double now = frames.get(i).yavg();
            if (now - before > FLASH_JUMP && now > FLASH_FLOOR) {
                onsets.add(frames.get(i).time());
            }
        }
        return onsets;
    }

    /** Limited-range luma: grey content ~69, white 235; the smallest flash here (56% of the frame) adds ~95. */
    private static final double FLASH_JUMP = 40;
    /** Above any full frame of grey content (~69), so black-to-picture cuts do not count as flashes. */
    private static final double FLASH_FLOOR = 100;

    /** Audio only (m4a): AAC-LC, moov first, clean decode, beeps in place. */
    static void assertAudioOnly(Path file, double sessionOffset, List<Double> beeps) {
        StreamFacts s = MediaMeasure.streams(file);
        assertThat(s.video()).as("video stream in an audio-only output").isEmpty();
        assertThat(s.audio().orElseThrow().codecName()).isEqualTo("aac");
        assertThat(MediaMeasure.isFaststart(file)).isTrue();
        assertThat(MediaMeasure.decodeErrors(file)).isEmpty();
        List<Double> heard = MediaMeasure.beepOnsets(file);
        assertThat(heard).hasSameSizeAs(beeps);
        for (int i = 0; i < beeps.size(); i++) {
            assertThat(heard.get(i)).as("beep %d", i).isCloseTo(beeps.get(i) - sessionOffset, within(BEEP_TOLERANCE));
        }
    }
}
