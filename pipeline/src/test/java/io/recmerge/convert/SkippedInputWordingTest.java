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
 * Inputs recmerge leaves out must be said, where the user looks: an empty audio file (the output
 * then has no sound) and links or folders named like metadata. Real generated folders, real ffmpeg.
 */
class SkippedInputWordingTest {

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
}
