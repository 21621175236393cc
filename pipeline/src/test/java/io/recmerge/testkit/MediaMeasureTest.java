package io.recmerge.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The measurements report presentation times and what a player shows, checked on files made here. */
class MediaMeasureTest {

    private static final String BASE = UserSessionSpec.baseName("1001", KitFixtures.STAMP);

    private static GeneratedSession basic() {
        return RecordingFactory.cached(KitFixtures.basic());
    }

    private static Path ffmpeg(Path out, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("-y", out.toString()));
        FfmpegTool.ffmpeg(all);
        return out;
    }

    @Test
    void videoPlacedLateByItsoffsetReportsFlashesLate(@TempDir Path tmp) {
        Path aac = basic().file(BASE + ".aac");
        Path raw = basic().file(BASE + "_1.mp4");
        Path muxed = ffmpeg(tmp.resolve("av.mp4"), "-i", aac.toString(), "-itsoffset", "1.2", "-i", raw.toString(),
                "-map", "0:a", "-map", "1:v", "-c", "copy");
        StreamFacts facts = MediaMeasure.streams(muxed);
        assertThat(facts.video().orElseThrow().startTime()).isCloseTo(1.2, within(1e-3));
        assertThat(MediaMeasure.flashOnsets(muxed)).zipSatisfy(MediaMeasure.flashOnsets(raw),
                (m, r) -> assertThat(m).isCloseTo(r + 1.2, within(1e-3)));
        assertThat(MediaMeasure.beepOnsets(muxed)).zipSatisfy(MediaMeasure.beepOnsets(aac),
                (m, r) -> assertThat(m).isCloseTo(r, within(1e-3)));
        // Now sync is measurable: every beep sits on its flash (raw ADTS is 21 ms late).
        assertThat(MediaMeasure.beepOnsets(muxed)).zipSatisfy(MediaMeasure.flashOnsets(muxed),
                (b, f) -> assertThat(b - f).isBetween(0.0, 0.03));
    }

    @Test
    void audioThatStartsLateIsPaddedFromTimeZero(@TempDir Path tmp) {
        // An audio-only MP4 whose only stream starts at 0.7 s: container start_time is 0.7 too, so
        // plain ffmpeg decoding (no -copyts) would move the beeps 0.7 s early.
        Path aac = basic().file(BASE + ".aac");
        Path late = ffmpeg(tmp.resolve("late.m4a"), "-itsoffset", "0.7", "-i", aac.toString(), "-c", "copy");
        assertThat(MediaMeasure.streams(late).formatStartTime()).isCloseTo(0.7, within(1e-3));
        assertThat(MediaMeasure.beepOnsets(late)).zipSatisfy(MediaMeasure.beepOnsets(aac),
                (m, r) -> assertThat(m).isCloseTo(r + 0.7, within(1e-3)));
    }

    @Test
    void reencodedAacInMp4KeepsTheSourceTiming(@TempDir Path tmp) {
        // The mp4 muxer records the new encoder's priming in an edit list, which the decoder honours;
        // the source ADTS priming (21 ms) was decoded into the content and stays.
        Path aac = basic().file(BASE + ".aac");
        Path m4a = ffmpeg(tmp.resolve("re.m4a"), "-i", aac.toString(), "-c:a", "aac", "-b:a", "48k");
        assertThat(MediaMeasure.beepOnsets(m4a)).zipSatisfy(MediaMeasure.beepOnsets(aac),
                (m, r) -> assertThat(m).isCloseTo(r, within(1e-3)));
    }

    @Test
    void markerFollowsTheTurnAPlayerWouldApply(@TempDir Path tmp) {
        Path raw = basic().file(BASE + "_1.mp4");
        VideoSpec v = basic().user("1001").video().get(0);
        double t90 = v.rotationSpans().get(1).middle() - v.info();
        MarkerReport stored = MediaMeasure.marker(raw, t90);
        assertThat(stored.quadrant()).isNotEqualTo(Quadrant.TOP_LEFT);
        assertThat(stored.landscape()).isTrue();

        Path turned = ffmpeg(tmp.resolve("cw.mp4"), "-i", raw.toString(), "-vf", "transpose=1", "-c:v", "libx264",
                "-preset", "ultrafast");
        MarkerReport upright = MediaMeasure.marker(turned, t90);
        assertThat(upright.quadrant()).isEqualTo(Quadrant.TOP_LEFT);
        assertThat(upright.portrait()).isTrue();
        assertThat(upright.contentWidth()).isEqualTo(240);
        assertThat(upright.contentHeight()).isEqualTo(320);
    }

    @Test
    void displayMatrixIsReportedAndAppliedOnDecode(@TempDir Path tmp) {
        Path raw = basic().file(BASE + "_1.mp4");
        VideoSpec v = basic().user("1001").video().get(0);
        // -display_rotation is counter-clockwise: a recording's rotation=90 (clockwise) is -90.
        Path tagged = ffmpeg(tmp.resolve("dm.mp4"), "-display_rotation:v:0", "-90", "-i", raw.toString(), "-c", "copy");
        StreamFacts.Stream video = MediaMeasure.streams(tagged).video().orElseThrow();
        assertThat(video.displayRotation()).hasValue(-90.0);
        assertThat(video.clockwiseRotation()).isEqualTo(90);
        assertThat(video.displayWidth()).isEqualTo(240);
        MarkerReport m = MediaMeasure.marker(tagged, v.rotationSpans().get(1).middle() - v.info());
        assertThat(m.quadrant()).isEqualTo(Quadrant.TOP_LEFT);
        assertThat(m.frameWidth()).isEqualTo(240);
        assertThat(m.portrait()).isTrue();
    }

    @Test
    void contentBoxIgnoresBlackPadding(@TempDir Path tmp) {
        Path raw = basic().file(BASE + "_1.mp4");
        VideoSpec v = basic().user("1001").video().get(0);
        Path boxed = ffmpeg(tmp.resolve("pad.mp4"), "-i", raw.toString(), "-vf",
                "transpose=1,pad=480:320:120:0:black", "-c:v", "libx264", "-preset", "ultrafast");
        MarkerReport m = MediaMeasure.marker(boxed, v.rotationSpans().get(1).middle() - v.info());
        assertThat(m.frameWidth()).isEqualTo(480);
        assertThat(m.contentX()).isCloseTo(120, within(2));
        assertThat(m.contentWidth()).isCloseTo(240, within(4));
        assertThat(m.contentHeight()).isEqualTo(320);
        assertThat(m.padded()).isTrue();
        assertThat(m.quadrant()).isEqualTo(Quadrant.TOP_LEFT);
    }

    @Test
    void meanLumaTellsContentFromFlashAndBlack(@TempDir Path tmp) {
        Path raw = basic().file(BASE + "_1.mp4");
        VideoSpec v = basic().user("1001").video().get(0);
        assertThat(MediaMeasure.meanLuma(raw, 0.5)).isBetween(45.0, 80.0);
        assertThat(MediaMeasure.meanLuma(raw, v.fileFlashes().get(0))).isGreaterThan(240.0);
        Path black = ffmpeg(tmp.resolve("black.mp4"), "-f", "lavfi", "-i", "color=c=black:s=64x48:r=15:d=0.5",
                "-c:v", "libx264", "-pix_fmt", "yuv420p");
        assertThat(MediaMeasure.meanLuma(black, 0)).isLessThan(5.0);
        assertThat(MediaMeasure.marker(black, 0).quadrant()).isEqualTo(Quadrant.NONE);
    }

    @Test
    void faststartIsMoovBeforeMdat(@TempDir Path tmp) {
        Path raw = basic().file(BASE + "_1.mp4");
        Path fast = ffmpeg(tmp.resolve("fast.mp4"), "-i", raw.toString(), "-c", "copy", "-movflags", "+faststart");
        Path slow = ffmpeg(tmp.resolve("slow.mp4"), "-i", raw.toString(), "-c", "copy");
        assertThat(MediaMeasure.isFaststart(fast)).isTrue();
        assertThat(MediaMeasure.isFaststart(slow)).isFalse();
        assertThat(MediaMeasure.isFaststart(raw)).isFalse();
        assertThat(MediaMeasure.topLevelBoxes(fast)).containsSubsequence("ftyp", "moov", "mdat");
    }

    @Test
    void boxWalkerFollowsLargeSizesAndToEndBoxes(@TempDir Path tmp) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(16 + 24 + 16 + 12).order(ByteOrder.BIG_ENDIAN);
        b.putInt(16).put(ascii("ftyp")).putLong(0);
        b.putInt(1).put(ascii("mdat")).putLong(24).putLong(0); // 64-bit size
        b.putInt(16).put(ascii("moov")).putLong(0);
        b.putInt(0).put(ascii("free")).putInt(0); // size 0: runs to the end of the file
        Path f = Files.write(tmp.resolve("synthetic.mp4"), b.array());
        assertThat(MediaMeasure.topLevelBoxes(f)).containsExactly("ftyp", "mdat", "moov", "free");
        assertThat(MediaMeasure.isFaststart(f)).isFalse();
    }

    @Test
    void decodeErrorsAreEmptyForCleanFilesOnly(@TempDir Path tmp) throws IOException {
        Path raw = basic().file(BASE + "_1.mp4");
        assertThat(MediaMeasure.decodeErrors(raw)).isEmpty();
        byte[] all = Files.readAllBytes(raw);
        Path cut = Files.write(tmp.resolve("cut.mp4"), java.util.Arrays.copyOf(all, all.length / 2));
        assertThat(MediaMeasure.decodeErrors(cut)).isNotEmpty();
    }

    @Test
    void streamFactsCoverCodecsStartTimesAndDurations() {
        StreamFacts mp4 = MediaMeasure.streams(basic().file(BASE + "_1.mp4"));
        StreamFacts.Stream v = mp4.video().orElseThrow();
        assertThat(v.codecName()).isEqualTo("h264");
        assertThat(v.profile()).isEqualTo("Constrained Baseline");
        assertThat(v.pixFmt()).isEqualTo("yuv420p");
        assertThat(v.width()).isEqualTo(320);
        assertThat(v.startTime()).isEqualTo(0.0);
        assertThat(v.duration()).isCloseTo(6.8, within(1e-3));
        assertThat(v.displayRotation()).isEmpty();
        GeneratedSession c = RecordingFactory.cached(KitFixtures.containers());
        StreamFacts webm = MediaMeasure.streams(c.file(c.user("2002").video().get(0).fileName()));
        assertThat(webm.video().orElseThrow().duration()).isCloseTo(4.2, within(0.07)); // from the DURATION tag
        StreamFacts aac = MediaMeasure.streams(c.file(c.user("2002").audio().get(0).fileName()));
        assertThat(aac.audio().orElseThrow().channels()).isEqualTo(2);
        assertThat(aac.audio().orElseThrow().sampleRate()).isEqualTo(48_000);
    }

    @Test
    void beepDetectorFindsTheExactSample() {
        ByteBuffer pcm = ByteBuffer.allocate(48_000 * 2).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < 48_000; i++) {
            boolean on = (i >= 12_345 && i < 17_145) || (i >= 30_000 && i < 34_800);
            pcm.putShort((short) (on ? 16_000 * Math.cos(2 * Math.PI * 1000 * i / 48_000.0) : 0));
        }
        assertThat(BeepDetector.onsets(pcm.array(), 48_000, 0.1))
                .containsExactly(12_345 / 48_000.0, 30_000 / 48_000.0);
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }
}
