package io.recmerge.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A profile file cannot smuggle inputs, outputs, protocols or another muxer onto the ffmpeg command line. */
class ProfileOptionsTest {

    private static Profile read(String video, String audio, String muxer) throws ProfileException {
        String json = """
                {"name": "mine", "container": "mp4", "extension": "mp4",
                 "video": {"codec": "h264", "encoder": "libx264", "options": [%s]},
                 "audio": {"codec": "aac", "encoder": "aac", "options": [%s]},
                 "muxerOptions": [%s]}""".formatted(video, audio, muxer);
        return ProfileJson.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "evil.json");
    }

    @Test
    void theBuiltInProfilesPassTheirOwnChecks() throws ProfileException {
        assertThat(ProfileCatalog.load().builtIn()).hasSize(4);
    }

    @Test
    void ordinaryEncoderTuningIsAccepted() throws ProfileException {
        Profile p = read("\"-preset\", \"slow\", \"-crf\", \"20.5\", \"-maxrate\", \"2M\", \"-bufsize\", \"4M\", "
                        + "\"-g\", \"60\", \"-profile:v\", \"main\", \"-level\", \"4.1\", \"-tune\", \"zerolatency\", "
                        + "\"-x264-params\", \"keyint=60:min-keyint=60:scenecut=0\"",
                "\"-b:a\", \"96k\", \"-ac\", \"2\", \"-ar\", \"44100\"", "\"-movflags\", \"+faststart\", \"-f\", \"mp4\"");

        assertThat(p.video().orElseThrow().options()).contains("-x264-params", "keyint=60:min-keyint=60:scenecut=0");
        assertThat(p.muxerOptions()).containsExactly("-movflags", "+faststart", "-f", "mp4");
    }

    @Test
    void anExtraInputIsRefusedNamingTheOptionAndTheFile() {
        assertThatThrownBy(() -> read("\"-i\", \"/etc/passwd\"", "", ""))
                .isInstanceOf(ProfileException.class)
                .hasMessage("profile evil.json: video.options option '-i' is not allowed: it would add an input");
    }

    @Test
    void aSecondOutputPathIsRefused() {
        assertThatThrownBy(() -> read("", "\"-b:a\", \"96k\", \"/tmp/copy.mp4\"", ""))
                .hasMessageStartingWith("profile evil.json: audio.options '/tmp/copy.mp4' is not an option");
    }

    @Test
    void aProtocolInAValueIsRefused() {
        assertThatThrownBy(() -> read("\"-x264-params\", \"stats=http://evil/x\"", "", ""))
                .hasMessageContaining("option '-x264-params' has the value 'stats=http://evil/x', which is not a plain");
        assertThatThrownBy(() -> read("\"-preset\", \"file:/etc/passwd\"", "", ""))
                .hasMessageContaining("option '-preset'");
    }

    @Test
    void anotherMuxerThanTheContainerIsRefused() {
        assertThatThrownBy(() -> read("", "", "\"-f\", \"tee\""))
                .hasMessage("profile evil.json: muxerOptions option '-f tee' names another muxer than the profile's "
                        + "container 'mp4'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"-filter_complex", "-vf", "-map", "-y", "-protocol_whitelist", "-c:v", "-t", "-r",
            "-dump_attachment", "-attach", "-metadata", "-hls_segment_filename", "-PRESET"})
    void optionsRecmergeSetsItselfOrThatReachFilesAreRefused(String option) {
        assertThatThrownBy(() -> read("\"" + option + "\", \"x\"", "", ""))
                .isInstanceOf(ProfileException.class)
                .hasMessageStartingWith("profile evil.json: video.options option '" + option + "' is not allowed: ");
    }

    @Test
    void videoOptionsDoNotPassAsAudioOrMuxerOptions() {
        assertThatThrownBy(() -> read("", "\"-crf\", \"23\"", "")).hasMessageContaining("audio.options option '-crf'");
        assertThatThrownBy(() -> read("", "", "\"-b:a\", \"1k\"")).hasMessageContaining("muxerOptions option '-b:a'");
    }

    @Test
    void aMissingValueAndAnOptionLikeEncoderAreRefused() {
        assertThatThrownBy(() -> read("\"-crf\"", "", "")).hasMessage("profile evil.json: video.options option "
                + "'-crf' has no value");
        String json = """
                {"name": "mine", "container": "mp4", "extension": "mp4",
                 "audio": {"codec": "aac", "encoder": "-i"}}""";
        assertThatThrownBy(() -> ProfileJson.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)),
                "evil.json")).hasMessage("profile evil.json: 'audio.encoder' '-i' is not a plain name (lowercase "
                + "letters, digits, '_' or '-')");
    }

    @Test
    void valuesWithSpacesOrSeparatorsAreRefusedForEveryKindOfValue() {
        for (Map.Entry<String, String> e : Map.of("-b:v", "1M -i x", "-g", "10;rm", "-movflags", "+faststart,x",
                "-level", "4.1\n").entrySet()) {
            String list = "\"" + e.getKey() + "\", \"" + e.getValue().replace("\n", "\\n") + "\"";
            assertThatThrownBy(() -> read(e.getKey().equals("-movflags") ? "" : list, "",
                    e.getKey().equals("-movflags") ? list : "")).as(e.getKey())
                    .hasMessageContaining("option '" + e.getKey() + "' has the value");
        }
    }
}
