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

    /** What the SDK 2.3 recorder writes for a recording that ended normally. */
    static final List<String> SDK2_LOG = List.of(
            "[2019-02-08 08:44:14.521] [info] Agora SDK ver 2.3.0 build 230",
            "[2019-02-08 08:44:18.569] [info] LegacyMediaFile::createMP4File uid=0",
            "[2019-02-08 08:44:18.570] [info] LegacyMediaFile::writeAudioFrame uid=0 frames 1",
            "[2019-02-08 08:44:18.974] [info] LegacyMediaFile::writeVideoFrame uid=0 keyframe",
            "[2019-02-08 08:45:05.863] [info] LegacyMediaFile::closeMP4File uid=0",
            "[2019-02-08 08:45:05.864] [info] Before cleanup cnt 1, errno 11 4, joined_ 1, term_sig 1, leave path code 18",
            "[2019-02-08 08:45:05.865] [info] /home/agora/recording/media_file_legacy.cpp:76: ~LegacyMediaFile");

    @Test
    void theLegacyWriterEndedByItsDestructorIsNoCrashWhateverItsOtherLinesSay() throws IOException {
        RecorderLog log = log(SDK2_LOG.toArray(String[]::new));

        assertThat(log.hasCrashSignature()).as("%s", log).isFalse();
        assertThat(log.mediaFileLines()).as("only createMP4File opens; writes and closeMP4File do not").isEqualTo(1);
        assertThat(log.closedLines()).isEqualTo(1);
    }

    @Test
    void theLegacyWriterWithoutItsDestructorIsACrashNamedByItsClass() throws IOException {
        RecorderLog log = log(SDK2_LOG.subList(0, 5).toArray(String[]::new));

        assertThat(log.hasCrashSignature()).isTrue();
        assertThat(log.openWriterNames()).isEqualTo("LegacyMediaFile");
    }

    @Test
    void aDestructorOfOneWriterClassDoesNotEndAnother() throws IOException {
        RecorderLog log = log("MediaFile::MediaFile a", "LegacyMediaFile::createMP4File uid=0", "~MediaFile a");

        assertThat(log.openWriters()).containsExactly("LegacyMediaFile");
    }

    @Test
    void linesThatMerelyContainTheWordOpenNothing() throws IOException {
        RecorderLog log = log("MediaFileWriter started", "no MediaFile configured", "MediaFile::write packet");

        assertThat(log.hasCrashSignature()).isFalse();
        assertThat(log.mediaFileLines()).isZero();
    }

    @Test
    void theLeavePathCodeOfThe2xRecorderIsDecodedLikeTheLeaveChannelCode() throws IOException {
        RecorderLog log = log(SDK2_LOG.toArray(String[]::new));

        assertThat(log.leaves()).containsExactly(new LeaveCode(18));
        assertThat(new LeaveCode(18).describe())
                .isEqualTo("18 (a signal stopped the recorder + the client left the channel)");
    }
}
