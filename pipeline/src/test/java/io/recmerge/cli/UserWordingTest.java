package io.recmerge.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.recmerge.plan.Canvas;
import io.recmerge.plan.Mode;
import io.recmerge.profile.ProfileCatalog;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Option errors and listings speak the user's words: no enum constants, no Java type names. */
class UserWordingTest {

    @Test
    void fpsOutsideTheRangeOrNotAPlainNumberIsRefusedWithTheSameSentence() {
        Converters.Fps fps = new Converters.Fps();
        for (String bad : new String[] {"4.99", "121", "NaN", "Infinity", "1e2", "-30", "", "0x1e"}) {
            assertThatThrownBy(() -> fps.convert(bad)).as(bad)
                    .hasMessage("--fps must be a number from 5 to 120, got '" + bad + "'");
        }
        assertThat(fps.convert("5")).isEqualTo(5.0);
        assertThat(fps.convert("29.97")).isEqualTo(29.97);
        assertThat(fps.convert("120")).isEqualTo(120.0);
    }

    @Test
    void aWellFormedButHugeSizeIsToldTheLimitNotTheForm() {
        Converters.Size size = new Converters.Size();
        assertThatThrownBy(() -> size.convert("100000x100000"))
                .hasMessage("--size 100000x100000 is too large: each side must be from 16 to 8192 pixels");
        assertThatThrownBy(() -> size.convert("99999999999999999999999x720"))
                .hasMessageContaining("is too large: each side must be from 16 to 8192 pixels");
        assertThatThrownBy(() -> size.convert("8x8")).hasMessage("--size 8x8 is too small: each side must be from "
                + "16 to 8192 pixels");
        assertThatThrownBy(() -> size.convert("641x480")).hasMessageContaining("641x480 has an odd side")
                .hasMessageContaining("642x480");
        assertThatThrownBy(() -> size.convert("wide")).hasMessage("--size must be WIDTHxHEIGHT in pixels "
                + "(e.g. 1280x720), got 'wide'");
        assertThat(size.convert("1280X720")).isEqualTo(new Canvas(1280, 720));
    }

    @Test
    void modesAreNamedAsTheyAreTyped() {
        assertThat(Mode.UID_VIDEO.label()).isEqualTo("uid-video");
        assertThat(Mode.UID_AUDIO.label()).isEqualTo("uid-audio");
        assertThat(Mode.SESSION.label()).isEqualTo("session");
        for (Mode m : Mode.values()) {
            assertThat(new Choices.ModeChoice().convert(m.label())).isEqualTo(m);
        }
        assertThat(Mode.UID_VIDEO.needs()).isEqualTo("video");
    }

    @Test
    void profilesIsATableWithAHeaderAndNeverClaimsACopyForAProfileThatAlwaysReEncodes() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ProfilesCommand.print(ProfileCatalog.load().builtIn().values(), new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String[] lines = bytes.toString(StandardCharsets.UTF_8).split("\n");

        assertThat(lines[0]).startsWith("NAME").contains("FILE", "VIDEO", "AUDIO", "STREAM COPY", "DESCRIPTION");
        assertThat(lines).noneMatch(l -> l.contains("copy-ok"));
        assertThat(lines).filteredOn(l -> l.startsWith("webm-vp9-opus")).singleElement()
                .satisfies(l -> assertThat(l).contains("never (re-encodes)").doesNotContain("when it fits"));
        assertThat(lines).filteredOn(l -> l.startsWith("mp4-h264-aac")).singleElement()
                .satisfies(l -> assertThat(l).contains(".mp4", "h264", "aac", "video+audio when it fits"));
        assertThat(lines).filteredOn(l -> l.startsWith("m4a-aac")).singleElement()
                .satisfies(l -> assertThat(l).contains(" - ", "audio when it fits"));
        int column = lines[0].indexOf("STREAM COPY");
        assertThat(lines).filteredOn(l -> l.contains("when it fits") || l.contains("never"))
                .allSatisfy(l -> assertThat(l.substring(column)).matches("(video\\+audio|audio|never).*"));
    }
}
