package io.recmerge.discover;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** recording_sys.log: leave codes decoded bit by bit, and the FAQ's MediaFile/~MediaFile crash signature. */
class RecorderLogTest {

    @TempDir
    Path dir;

    private RecorderLog log(String... lines) throws IOException {
        Path file = dir.resolve("recording_sys.log");
        Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        return RecorderLog.read(file);
    }

    @Test
    void code12IsNoUsersPlusTimer() {
        assertThat(new LeaveCode(12).reasons())
                .containsExactly("no user was left in the channel", "the recording timer ran out");
        assertThat(new LeaveCode(12).describe())
                .isEqualTo("12 (no user was left in the channel + the recording timer ran out)");
    }

    @Test
    void eachDocumentedBitHasItsReasonAndZeroIsAnInitFailure() {
        assertThat(new LeaveCode(0).reasons()).containsExactly("initialization failed");
        assertThat(new LeaveCode(0).isInitFailure()).isTrue();
        assertThat(new LeaveCode(2).reasons()).containsExactly("a signal stopped the recorder");
        assertThat(new LeaveCode(4).reasons()).containsExactly("no user was left in the channel");
        assertThat(new LeaveCode(8).reasons()).containsExactly("the recording timer ran out");
        assertThat(new LeaveCode(16).reasons()).containsExactly("the client left the channel");
        assertThat(new LeaveCode(16).isInitFailure()).isFalse();
    }

    @Test
    void undocumentedBitsAreNamedByTheirShiftNotDropped() {
        assertThat(new LeaveCode(1 | 4 | 32).reasons())
                .containsExactly("unknown reason 1<<0", "no user was left in the channel", "unknown reason 1<<5");
    }

    @Test
    void theLeaveLineIsFoundWhereverItSitsInALogLine() throws IOException {
        RecorderLog log = log("2026-11-23 10:15:00.123 [info] join channel room appId=abc",
                "2026-11-23 10:35:00.456 [info] AgoraCoreService: leave channel with code:12, quit now",
                "garbage \u0000\u00ff");

        assertThat(log.leaves()).containsExactly(new LeaveCode(12));
        assertThat(log.hasCrashSignature()).isFalse();
    }

    @Test
    void mediaFileWithoutADestructorIsTheCrashSignature() throws IOException {
        RecorderLog crashed = log("MediaFile::MediaFile uid_1001.aac", "MediaFile::MediaFile uid_1001.mp4",
                "write packet");

        assertThat(crashed.hasCrashSignature()).isTrue();
        assertThat(crashed.mediaFileLines()).isEqualTo(2);
        assertThat(crashed.closedLines()).isZero();
    }

    @Test
    void destructorLinesCloseEvenThoughTheyAlsoNameMediaFile() throws IOException {
        RecorderLog clean = log("MediaFile::MediaFile a", "MediaFile::MediaFile b", "MediaFile::~MediaFile a",
                "MediaFile::~MediaFile b", "leave channel with code:4");

        assertThat(clean.hasCrashSignature()).isFalse();
        assertThat(clean.closedLines()).isEqualTo(2);
    }

    @Test
    void aFileOpenedAfterTheLastDestructorIsACrashToo() throws IOException {
        RecorderLog log = log("MediaFile::MediaFile a", "MediaFile::~MediaFile a", "MediaFile::MediaFile b");

        assertThat(log.hasCrashSignature()).isTrue();
    }

    @Test
    void aLogWithoutMediaFileLinesShowsNoCrash() throws IOException {
        assertThat(log("join", "leave channel with code:0").hasCrashSignature()).isFalse();
    }

    @Test
    void hugeLinesBinaryJunkAndAbsurdCodesAreReadWithoutTrouble() throws IOException {
        Path file = dir.resolve("recording_sys.log");
        byte[] junk = new byte[3 * 1024 * 1024];
        new java.util.Random(7).nextBytes(junk);
        Files.write(file, junk);
        Files.writeString(file, "x".repeat(100_000) + " leave channel with code:16\n"
                + "leave channel with code:99999999999999999999999\nleave channel with code:-3\n",
                java.nio.file.StandardOpenOption.APPEND);

        RecorderLog log = RecorderLog.read(file);

        assertThat(log.leaves()).as("the overlong line is cut before its code; absurd codes are ignored").isEmpty();
        assertThat(RecorderLog.read(file).file()).isEqualTo(file);
    }

    @Test
    void severalLeaveLinesAreAllKeptInOrder() throws IOException {
        assertThat(log("leave channel with code:16", "leave channel with code: 12").leaves())
                .containsExactly(new LeaveCode(16), new LeaveCode(12));
        assertThat(List.of(new LeaveCode(16))).isNotEmpty();
    }
}
