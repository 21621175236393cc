package io.recmerge.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generator writes what its spec says: metadata lines, and media whose measured truth matches. */
class RecordingFactoryTest {

    private static final String BASE = UserSessionSpec.baseName("1001", KitFixtures.STAMP);
    /** ADTS AAC has no encoder-delay field: decoded audio is 1024 samples late (21.3 ms at 48 kHz). */
    private static final double ADTS_PRIMING = 1024.0 / 48_000;

    @Test
    void writesMetadataInTimeOrderWithSnappedRotations() throws IOException {
        GeneratedSession s = RecordingFactory.cached(KitFixtures.basic());
        assertThat(Files.readAllLines(s.file(BASE + ".txt"))).containsExactly(
                "0.000 " + BASE + ".aac create",
                "0.000 " + BASE + ".aac info channels=1",
                "0.400 " + BASE + "_1.mp4 create",
                "1.200 " + BASE + "_1.mp4 info width=320 height=240 rotation=0",
                "3.000 " + BASE + "_1.mp4 rotate rotation=90",
                "5.000 " + BASE + "_1.mp4 rotate rotation=180",
                "6.400 " + BASE + "_1.mp4 rotate rotation=270",
                "8.000 " + BASE + ".aac close",
                "8.000 " + BASE + "_1.mp4 close",
                "garbage line",
                "new session started");
        assertThat(s.file(RecordingFactory.DONE_MARKER)).exists();
    }

    @Test
    void snapsFlashesToTheFrameGrid() {
        GeneratedSession s = RecordingFactory.cached(KitFixtures.basic());
        // 2.53 is 19.95 frames after info 1.2: frame 20, at 1.2 + 20/15.
        assertThat(s.flashes("1001")).containsExactly(1.8, 2.533333333, 4.2, 6.6);
        assertThat(s.user("1001").video().get(0).fileFlashes().get(1)).isCloseTo(20 / 15.0, within(1e-9));
        assertThat(s.rotationSpans("1001")).extracting(RotationSpan::degrees).containsExactly(0, 90, 180, 270);
        assertThat(s.rotationSpans("1001").get(1).start()).isCloseTo(3.0, within(1e-9));
    }

    @Test
    void rawAacBeepsAreWhereTheSpecSaysPlusTheAdtsPriming() {
        GeneratedSession s = RecordingFactory.cached(KitFixtures.basic());
        List<Double> measured = MediaMeasure.beepOnsets(s.file(BASE + ".aac"));
        List<Double> truth = s.user("1001").audio().get(0).fileBeeps();
        assertThat(measured).hasSameSizeAs(truth);
        for (int i = 0; i < truth.size(); i++) {
            double late = measured.get(i) - truth.get(i);
            System.out.printf("raw AAC beep %.3f s measured %.5f s (late by %.2f ms)%n", truth.get(i),
                    measured.get(i), late * 1000);
            assertThat(late).isCloseTo(ADTS_PRIMING, within(0.003));
        }
    }

    @Test
    void rawVideoFlashesAreOnTheSnappedFrames() {
        GeneratedSession s = RecordingFactory.cached(KitFixtures.basic());
        List<Double> measured = MediaMeasure.flashOnsets(s.file(BASE + "_1.mp4"));
        List<Double> truth = s.user("1001").video().get(0).fileFlashes();
        assertThat(measured).hasSameSizeAs(truth);
        for (int i = 0; i < truth.size(); i++) {
            assertThat(measured.get(i)).isCloseTo(truth.get(i), within(1e-3));
        }
    }

    @Test
    void storedFramesAreTurnedCounterClockwiseBySegmentRotation() {
        GeneratedSession s = RecordingFactory.cached(KitFixtures.basic());
        Path video = s.file(BASE + "_1.mp4");
        VideoSpec v = s.user("1001").video().get(0);
        List<Quadrant> expected = List.of(Quadrant.TOP_LEFT, Quadrant.BOTTOM_LEFT, Quadrant.BOTTOM_RIGHT,
                Quadrant.TOP_RIGHT);
        List<RotationSpan> spans = v.rotationSpans();
        for (int i = 0; i < spans.size(); i++) {
            MarkerReport m = MediaMeasure.marker(video, spans.get(i).middle() - v.info());
            assertThat(m.quadrant()).as("span %s", spans.get(i)).isEqualTo(expected.get(i));
            assertThat(m.contentWidth()).isEqualTo(320);
            assertThat(m.contentHeight()).isEqualTo(240);
        }
    }

    @Test
    void webmAndTsVideosCarryTheirFlashes() {
        GeneratedSession s = RecordingFactory.cached(KitFixtures.containers());
        VideoSpec webm = s.user("2002").video().get(0);
        VideoSpec ts = s.user("5005").video().get(0);
        assertThat(MediaMeasure.streams(s.file(webm.fileName())).video().orElseThrow().codecName()).isEqualTo("vp8");
        assertThat(MediaMeasure.streams(s.file(ts.fileName())).formatName()).isEqualTo("mpegts");
        // WebM stores milliseconds, so a 15 fps frame time is rounded to 1 ms.
        assertThat(MediaMeasure.flashOnsets(s.file(webm.fileName())))
                .zipSatisfy(webm.fileFlashes(), (m, t) -> assertThat(m).isCloseTo(t, within(1e-3)));
        // TS starts its clock at 1.4 s; the kit measures relative to the container start.
        assertThat(MediaMeasure.flashOnsets(s.file(ts.fileName())))
                .zipSatisfy(ts.fileFlashes(), (m, t) -> assertThat(m).isCloseTo(t, within(1e-3)));
        assertThat(MediaMeasure.beepOnsets(s.file("uid_2002_" + KitFixtures.STAMP + ".aac")))
                .zipSatisfy(s.user("2002").audio().get(0).fileBeeps(),
                        (m, t) -> assertThat(m - t).isCloseTo(ADTS_PRIMING, within(0.003)));
    }

    @Test
    void crashedTsHasNoCloseLineAndNoDoneMarker() throws IOException {
        GeneratedSession s = RecordingFactory.cached(KitFixtures.containers());
        List<String> lines = Files.readAllLines(s.file(s.user("5005").metadataFileName()));
        assertThat(lines).noneMatch(l -> l.endsWith(" close"));
        assertThat(lines.get(1)).isEqualTo("0.500 uid_5005_" + KitFixtures.STAMP + "_1.ts info width=320 height=240 rotation=0");
        assertThat(s.file(RecordingFactory.DONE_MARKER)).doesNotExist();
    }

    @Test
    void writeCopiesTheCachedFolderAndCachedIsStable(@TempDir Path tmp) {
        GeneratedSession a = RecordingFactory.cached(KitFixtures.basic());
        GeneratedSession b = RecordingFactory.cached(KitFixtures.basic());
        assertThat(a.dir()).isEqualTo(b.dir());
        GeneratedSession copy = RecordingFactory.write(KitFixtures.basic(), tmp.resolve("session"));
        assertThat(copy.file(BASE + "_1.mp4")).hasSameBinaryContentAs(a.file(BASE + "_1.mp4"));
        assertThat(copy.file(BASE + ".txt")).hasSameTextualContentAs(a.file(BASE + ".txt"));
    }

    @Test
    void rejectsImpossibleSpecs() {
        VideoSpec outside = VideoSpec.of("v.mp4", Container.MP4_H264, 0, 1, 2, List.of(3.5));
        assertThatThrownBy(outside::snappedFlashes).hasMessageContaining("outside");
        assertThatThrownBy(() -> AudioSpec.mono("a.aac", 1, 2, List.of(0.5))).hasMessageContaining("outside");
        assertThatThrownBy(() -> new RotationAt(0, 45)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SessionSpec("../x", List.of(), true)).isInstanceOf(IllegalArgumentException.class);
    }
}
