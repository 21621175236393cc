package io.recmerge.convert;

import static io.recmerge.convert.DamagedRecordings.base;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.recmerge.testkit.GeneratedSession;
import io.recmerge.testkit.RecordingFactory;
import io.recmerge.testkit.SessionSpec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line speaks the user's words: option errors without enum or Java names, and inputs
 * recmerge leaves out said where the user looks (an empty audio file, whose output then has no
 * sound; links or folders named like metadata). Real generated folders, real ffmpeg.
 */
class CliWordingTest {

    @TempDir
    Path tmp;

    private GeneratedSession oneUser() throws Exception {
        return RecordingFactory.write(new SessionSpec("words-one-av", List.of(DamagedRecordings.av("1001")), true),
                tmp.resolve("session"));
    }

    @Test
    void anEmptyAacIsReportedInTheSummaryAndTheManifestOfTheSoundlessOutput() throws Exception {
        GeneratedSession s = oneUser();
        Files.write(s.file(base("1001") + ".aac"), new byte[0]);
        Path out = tmp.resolve("out");

        ConvertCliTest.Run run = ConvertCliTest.run("convert", s.dir().toString(), "-o", out.toString());

        assertThat(run.err()).contains("warning MEDIA_EMPTY: " + base("1001") + ".aac has size 0 (the recorder "
                + "wrote no audio into it) and was skipped");
        JsonNode manifest = new ObjectMapper().readTree(out.resolve("manifest.json").toFile());
        assertThat(manifest.path("outputs")).hasSize(1);
        assertThat(manifest.path("outputs").get(0).path("audio").isMissingNode()).as("no sound in the output").isTrue();
        assertThat(manifest.path("diagnostics").findValuesAsText("code")).contains("MEDIA_EMPTY");
        assertThat(manifest.path("diagnostics").findValuesAsText("file")).contains(base("1001") + ".aac");
    }

    @Test
    void aUidModeWithNothingToConvertNamesTheModeAsTyped() throws Exception {
        GeneratedSession s = oneUser();
        Files.write(s.file(base("1001") + ".aac"), new byte[0]);

        ConvertCliTest.Run run = ConvertCliTest.run("convert", s.dir().toString(), "-o", tmp.resolve("out").toString(),
                "--mode", "uid-audio");

        assertThat(run.err()).contains("NOTHING_TO_CONVERT: " + base("1001") + ": no usable audio file for --mode "
                + "uid-audio").doesNotContain("UID_AUDIO");
    }

    @Test
    void aSymlinkedOrFolderMetadataNameIsReportedNotSilentlySkipped() throws Exception {
        GeneratedSession s = oneUser();
        Path elsewhere = Files.writeString(tmp.resolve("other.txt"), "0.000 x.aac create\n");
        Files.createSymbolicLink(s.dir().resolve("uid_2002_20261123101501.txt"), elsewhere);
        Files.createDirectory(s.dir().resolve("uid_3003_20261123101502.txt"));

        ConvertCliTest.Run run = ConvertCliTest.run("inspect", s.dir().toString(), "--json");

        JsonNode inspection = new ObjectMapper().readTree(run.out());
        List<String> messages = inspection.path("diagnostics").findValuesAsText("message");
        assertThat(messages).contains("uid_2002_20261123101501.txt is a symbolic link, not a metadata file; it was "
                + "skipped", "uid_3003_20261123101502.txt is a folder, not a metadata file; it was skipped");
        assertThat(inspection.path("diagnostics").findValuesAsText("code")).contains("METADATA_NOT_A_FILE");
        assertThat(inspection.path("users")).hasSize(1);
    }

    @Test
    void aNonNumericFpsSaysTheRangeInOneLineWithoutJavaWords() throws Exception {
        ConvertCliTest.Run r = ConvertCliTest.run("convert", Files.createDirectories(tmp.resolve("s")).toString(), "--fps", "abc");

        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err().lines().findFirst()).hasValue("recmerge: --fps must be a number from 5 to 120, got 'abc'");
        assertThat(r.err()).doesNotContain("double").doesNotContain("Invalid value");
    }

    @Test
    void aHugeSizeOnTheCommandLineIsOneSentenceWithoutPicocliWording() throws Exception {
        ConvertCliTest.Run r = ConvertCliTest.run("convert", Files.createDirectories(tmp.resolve("s")).toString(), "--size", "100000x100000");

        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err().lines().findFirst()).hasValue(
                "recmerge: --size 100000x100000 is too large: each side must be from 16 to 8192 pixels");
    }

    @Test
    void anUnknownModeListsTheWordsUsersType() throws Exception {
        ConvertCliTest.Run r = ConvertCliTest.run("convert", Files.createDirectories(tmp.resolve("s")).toString(), "--mode", "UID_VIDEO2");

        assertThat(r.err().lines().findFirst()).hasValue(
                "recmerge: --mode must be one of session, uid, uid-audio, uid-video, got 'UID_VIDEO2'");
        assertThat(r.exit()).isEqualTo(1);
    }
}
