package io.recmerge.discover;

import static org.assertj.core.api.Assertions.assertThat;

import io.recmerge.diag.Code;
import io.recmerge.diag.Diagnostic;
import io.recmerge.diag.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Finished, crashed or still recording: told from the folder alone, without ffmpeg. */
class SessionStatusTest {

    @TempDir
    Path dir;

    private static final String CLOSED = "0.000 uid_1_20261123101500.aac create\n"
            + "0.500 uid_1_20261123101500.mp4 create\n1.000 uid_1_20261123101500.mp4 info width=320 height=240 rotation=0\n"
            + "9.000 uid_1_20261123101500.mp4 close\n9.000 uid_1_20261123101500.aac close\n";

    private SessionStatus status() throws IOException {
        return SessionStatus.of(SessionScanner.scan(dir));
    }

    private static List<Code> codes(SessionStatus s) {
        return s.diagnostics().stream().map(Diagnostic::code).toList();
    }

    @Test
    void aDoneMarkerAndClosedFilesAreFinishedWithoutDiagnostics() throws IOException {
        Files.writeString(dir.resolve("uid_1_20261123101500.txt"), CLOSED);
        Files.writeString(dir.resolve("recording2-done.txt"), "");

        SessionStatus s = status();

        assertThat(s.state()).isEqualTo(SessionStatus.State.FINISHED);
        assertThat(s.diagnostics()).isEmpty();
        assertThat(s.crash().any()).isFalse();
    }

    @Test
    void noMarkerAndNoSignsIsUnfinishedNotCrashed() throws IOException {
        Files.writeString(dir.resolve("uid_1_20261123101500.txt"), CLOSED);

        SessionStatus s = status();

        assertThat(s.state()).isEqualTo(SessionStatus.State.UNFINISHED);
        assertThat(codes(s)).containsExactly(Code.RECORDING_NOT_DONE);
    }

    @Test
    void missingClosesATsFileATruncatedMp4AndTheLogSignatureAreEachNamed() throws IOException {
        Files.writeString(dir.resolve("uid_1_20261123101500.txt"), CLOSED.replaceAll("(?m)^.* close\n", ""));
        Files.write(dir.resolve("uid_1_20261123101500_2.ts"), new byte[] {0x47, 0, 0, 0});
        Files.write(dir.resolve("uid_1_20261123101500.mp4"), new byte[] {0, 0, 0, 16, 'f', 't', 'y', 'p', 'i', 's',
            'o', 'm', 0, 0, 2, 0, 0, 0, 0, 8, 'm', 'd', 'a', 't'});
        Files.writeString(dir.resolve("recording_sys.log"), "MediaFile::MediaFile x\nleave channel with code:12\n");
        Instant hourAgo = Instant.now().minus(Duration.ofMinutes(65));
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.toList()) {
                Files.setLastModifiedTime(f, FileTime.from(hourAgo));
            }
        }

        SessionStatus s = status();

        assertThat(s.state()).isEqualTo(SessionStatus.State.CRASHED);
        assertThat(s.crash().signs()).hasSize(4);
        assertThat(s.crash().signs().get(0)).startsWith("2 media files without a close line")
                .contains("uid_1_20261123101500.aac", "uid_1_20261123101500.mp4");
        assertThat(s.crash().signs().get(1)).contains("MPEG-TS").contains("uid_1_20261123101500_2.ts");
        assertThat(s.crash().signs().get(2)).contains("without an index").contains("uid_1_20261123101500.mp4");
        assertThat(s.crash().signs().get(3)).contains("recording_sys.log").contains("~MediaFile");
        assertThat(s.crash().summary()).endsWith("nothing in the folder changed for 65 min");
        assertThat(codes(s)).containsExactly(Code.RECORDING_NOT_DONE, Code.RECORDING_CRASHED, Code.RECORDER_LEFT);
        Diagnostic left = s.diagnostics().get(2);
        assertThat(left.severity()).isEqualTo(Severity.INFO);
        assertThat(left.message()).contains("code 12 (no user was left in the channel + the recording timer ran out)");
    }

    @Test
    void leaveCodeZeroIsAWarningWithTheJoinChecksAsHint() throws IOException {
        Files.writeString(dir.resolve("recording_sys.log"), "leave channel with code:0\n");

        Diagnostic left = status().diagnostics().stream().filter(d -> d.code() == Code.RECORDER_LEFT).findFirst()
                .orElseThrow();

        assertThat(left.severity()).isEqualTo(Severity.WARNING);
        assertThat(left.message()).contains("initialization failed");
        assertThat(left.hint()).contains("appID").contains("channel profile");
    }

    @Test
    void anOrphanHiddenCopyIsListedAsTheSessionsMetadata() throws IOException {
        Files.writeString(dir.resolve(".uid_1_20261123101500.txt"), CLOSED);
        Files.writeString(dir.resolve(".uid_2_20261123101500.txt"), CLOSED);
        Files.writeString(dir.resolve("uid_2_20261123101500.txt"), "");

        assertThat(SessionScanner.scan(dir).metadataFiles()).extracting(p -> p.getFileName().toString())
                .containsExactly(".uid_1_20261123101500.txt", "uid_2_20261123101500.txt");
    }
}
