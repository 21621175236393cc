package io.recmerge.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The checked-in samples/ still match their specs (else: run samples/generate). */
class SampleGeneratorTest {

    private static final Path SAMPLES = Path.of(System.getProperty("basedir", ".")).toAbsolutePath()
            .resolve("../samples").normalize();

    static List<SessionSpec> specs() {
        return List.of(SampleGenerator.oneUser(), SampleGenerator.webVp8(), SampleGenerator.multiUser());
    }

    @ParameterizedTest
    @MethodSource("specs")
    void metadataMatchesTheSpec(SessionSpec spec) throws IOException {
        Path dir = SAMPLES.resolve(spec.name());
        for (UserSessionSpec user : spec.users()) {
            assertThat(Files.readString(dir.resolve(user.metadataFileName())))
                    .as("%s (run samples/generate)", user.metadataFileName()).isEqualTo(MetadataWriter.render(user));
            user.mediaFileNames().forEach(name -> assertThat(dir.resolve(name)).isNotEmptyFile());
        }
        assertThat(dir.resolve(RecordingFactory.DONE_MARKER)).exists();
    }

    @ParameterizedTest
    @MethodSource("specs")
    void flashesAndBeepsAreWhereTheSpecSays(SessionSpec spec) {
        Path dir = SAMPLES.resolve(spec.name());
        for (UserSessionSpec user : spec.users()) {
            for (VideoSpec v : user.video()) {
                assertThat(MediaMeasure.flashOnsets(dir.resolve(v.fileName())))
                        .zipSatisfy(v.fileFlashes(), (m, t) -> assertThat(m).isCloseTo(t, within(1e-3)));
            }
            for (AudioSpec a : user.audio()) {
                // raw ADTS: +1024 samples of decoder priming
                assertThat(MediaMeasure.beepOnsets(dir.resolve(a.fileName())))
                        .zipSatisfy(a.fileBeeps(), (m, t) -> assertThat(m - t).isCloseTo(0.0213, within(0.003)));
            }
        }
    }
}
