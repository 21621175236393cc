package io.recmerge.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProfileCatalogTest {

    private static ProfileCatalog catalog;

    @TempDir
    Path dir;

    @BeforeAll
    static void load() throws ProfileException {
        catalog = ProfileCatalog.load();
    }

    private static Profile read(String json) throws ProfileException {
        return ProfileJson.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "my.json");
    }

    private static final String MINIMAL = """
            {"name": "mine", "container": "mp4", "extension": "mp4",
             "audio": {"codec": "aac", "encoder": "aac"}}""";

    @Test
    void theBuiltInProfilesLoadFromTheClassPathByName() {
        assertThat(catalog.builtIn()).containsOnlyKeys("m4a-aac", "mp4-h264-aac", "ts-h264-aac", "webm-vp9-opus");
        assertThat(ProfileCatalog.DEFAULT).isEqualTo("mp4-h264-aac");
        assertThatThrownBy(() -> catalog.builtIn().put("x", null)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void theDefaultProfileIsH264YuvAacInFaststartMp4() throws ProfileException {
        Profile p = catalog.resolve("mp4-h264-aac");

        assertThat(p.container()).isEqualTo("mp4");
        assertThat(p.extension()).isEqualTo("mp4");
        assertThat(p.streamCopy()).isTrue();
        assertThat(p.audioOnlyProfile()).contains("m4a-aac");
        assertThat(p.video()).hasValueSatisfying(v -> {
            assertThat(v.codec()).isEqualTo("h264");
            assertThat(v.encoder()).isEqualTo("libx264");
            assertThat(v.pixelFormat()).isEqualTo("yuv420p");
            assertThat(v.options()).containsExactly("-preset", "veryfast", "-crf", "23", "-profile:v", "high", "-g",
                    "250");
        });
        assertThat(p.audio()).hasValueSatisfying(a -> {
            assertThat(a.codec()).isEqualTo("aac");
            assertThat(a.sampleRate()).isEqualTo(48000);
        });
        assertThat(p.muxerOptions()).containsExactly("-movflags", "+faststart");
        assertThat(p.isMp4Family()).isTrue();
    }

    @Test
    void theAudioOnlyChoiceOfMp4IsM4aAndWebmKeepsItself() throws ProfileException {
        Profile m4a = catalog.audioOnly(catalog.resolve("mp4-h264-aac"));
        assertThat(m4a.name()).isEqualTo("m4a-aac");
        assertThat(m4a.extension()).isEqualTo("m4a");
        assertThat(m4a.video()).isEmpty();

        Profile webm = catalog.resolve("webm-vp9-opus");
        assertThat(catalog.audioOnly(webm)).isSameAs(webm);
        assertThat(webm.isMp4Family()).isFalse();
        assertThat(webm.muxerOptions()).isEmpty();
    }

    @Test
    void aProfileFileIsResolvedByItsPath() throws IOException, ProfileException {
        Path file = Files.writeString(dir.resolve("mine.json"), MINIMAL);

        Profile p = catalog.resolve(file.toString());
        assertThat(p.name()).isEqualTo("mine");
        assertThat(p.video()).isEmpty();
        assertThat(p.streamCopy()).isFalse();
        assertThat(p.description()).isEmpty();
        assertThat(p.audio().orElseThrow().sampleRate()).isEqualTo(48000);
        assertThat(p.audioOnlyProfile()).isEmpty();
        assertThat(catalog.audioOnly(p)).isSameAs(p);
    }

    @Test
    void anUnknownNameThatIsNotAFileListsTheBuiltIns() {
        assertThatThrownBy(() -> catalog.resolve("mp4-h265"))
                .isInstanceOf(ProfileException.class)
                .hasMessage("no profile 'mp4-h265': not a built-in profile (m4a-aac, mp4-h264-aac, ts-h264-aac, webm-vp9-opus) "
                        + "and not a file");
    }

    @Test
    void aMissingRequiredFieldIsNamed() {
        assertThatThrownBy(() -> read("{\"name\": \"x\", \"extension\": \"mp4\", \"audio\": {\"codec\": \"aac\", "
                + "\"encoder\": \"aac\"}}"))
                .isInstanceOf(ProfileException.class)
                .hasMessage("profile my.json: 'container' is missing or not a string");
        assertThatThrownBy(() -> read("{\"container\": \"mp4\", \"extension\": \"mp4\"}"))
                .hasMessage("profile my.json: 'name' is missing or not a string");
        assertThatThrownBy(() -> read("{\"name\": \"x\", \"container\": \"mp4\", \"extension\": 4}"))
                .hasMessage("profile my.json: 'extension' is missing or not a string");
        assertThatThrownBy(() -> read("{\"name\": \" \", \"container\": \"mp4\", \"extension\": \"mp4\"}"))
                .hasMessage("profile my.json: 'name' is missing or not a string");
    }

    @Test
    void aCodecWithoutItsEncoderIsNamed() {
        assertThatThrownBy(() -> read(MINIMAL.replace("\"encoder\": \"aac\"", "\"encodr\": \"aac\"")))
                .isInstanceOf(ProfileException.class)
                .hasMessage("profile my.json: 'encoder' is missing or not a string");
        assertThatThrownBy(() -> read("{\"name\": \"v\", \"container\": \"mp4\", \"extension\": \"mp4\", "
                + "\"video\": {\"codec\": \"h264\"}}"))
                .hasMessage("profile my.json: 'encoder' is missing or not a string");
    }

    @Test
    void anUnknownContainerIsRefusedWithTheAllowedOnes() {
        assertThatThrownBy(() -> read(MINIMAL.replace("\"container\": \"mp4\"", "\"container\": \"avi\"")))
                .isInstanceOf(ProfileException.class)
                .hasMessageStartingWith("profile my.json: container 'avi' is not one of [")
                .hasMessageContaining("mp4").hasMessageContaining("webm");
    }

    @Test
    void anAudioSampleRateOutsideTheRangeIsRefused() {
        assertThatThrownBy(() -> read(MINIMAL.replace("\"encoder\": \"aac\"", "\"encoder\": \"aac\", \"sampleRate\": 100")))
                .isInstanceOf(ProfileException.class)
                .hasMessage("profile my.json: audio sampleRate 100 is outside 8000..192000");
    }

    @Test
    void aProfileWithNeitherVideoNorAudioIsRefused() {
        assertThatThrownBy(() -> read("{\"name\": \"empty\", \"container\": \"mp4\", \"extension\": \"mp4\"}"))
                .isInstanceOf(ProfileException.class)
                .hasMessage("profile my.json: profile empty has neither video nor audio");
    }

    @Test
    void brokenJsonIsReportedInOneLine() {
        assertThatThrownBy(() -> read("{\"name\": \"x\",\n \"container\": mp4}"))
                .isInstanceOf(ProfileException.class)
                .hasMessageStartingWith("profile my.json is not valid JSON: ")
                .hasMessageNotContaining("\n");
    }

    @Test
    void aBrokenProfileFileIsReportedWithItsPath() throws IOException {
        Path file = Files.writeString(dir.resolve("broken.json"), MINIMAL.replace("\"mp4\", \"extension\"",
                "\"ogg\", \"extension\""));

        assertThatThrownBy(() -> catalog.resolve(file.toString()))
                .isInstanceOf(ProfileException.class)
                .hasMessageStartingWith("profile " + file + ": container 'ogg' is not one of");
    }

    @Test
    void anExtensionThatIsNotAPlainWordIsRefused() {
        assertThatThrownBy(() -> read(MINIMAL.replace("\"extension\": \"mp4\"", "\"extension\": \"mp4/../../x\"")))
                .isInstanceOf(ProfileException.class)
                .hasMessageContaining("'extension'");
    }

    @Test
    void optionListsAreReadInOrder() throws ProfileException {
        Profile p = read(MINIMAL.replace("\"encoder\": \"aac\"", "\"encoder\": \"aac\", \"options\": [\"-b:a\", \"96k\"]")
                .replace("\"extension\": \"mp4\"", "\"extension\": \"mp4\", \"muxerOptions\": [\"-movflags\", \"+faststart\"]"));
        assertThat(p.audio().orElseThrow().options()).containsExactly("-b:a", "96k");
        assertThat(p.muxerOptions()).containsExactly("-movflags", "+faststart");
    }

    @Test
    void theRecordsCopyTheirLists() {
        List<String> options = new java.util.ArrayList<>(List.of("-crf", "23"));
        Profile.VideoCodec v = new Profile.VideoCodec("h264", "libx264", "yuv420p", options);
        options.add("-g");
        assertThat(v.options()).containsExactly("-crf", "23");
    }
}
