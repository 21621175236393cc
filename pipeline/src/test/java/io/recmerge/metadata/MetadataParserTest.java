package io.recmerge.metadata;

import static org.assertj.core.api.Assertions.assertThat;

import io.recmerge.diag.Code;
import io.recmerge.diag.Diagnostic;
import io.recmerge.diag.Severity;
import io.recmerge.metadata.MetadataEvent.Close;
import io.recmerge.metadata.MetadataEvent.Create;
import io.recmerge.metadata.MetadataEvent.Info;
import io.recmerge.metadata.MetadataEvent.Rotate;
import io.recmerge.metadata.MetadataEvent.SessionBreak;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MetadataParserTest {

    static final String SOURCE = "uid_1001_20261123101500.txt";
    static final Path FILE = Path.of("/rec/session").resolve(SOURCE);
    static final String A = "uid_1001_20261123101500.aac";
    static final String V = "uid_1001_20261123101500_1.mp4";

    static MetadataFile parse(String text) {
        return MetadataParser.parse(FILE, "1001", "20261123101500", text);
    }

    static String lines(String... lines) {
        return String.join("\n", lines) + "\n";
    }

    static List<Code> codes(MetadataFile m) {
        return m.diagnostics().stream().map(Diagnostic::code).toList();
    }

    static Diagnostic only(MetadataFile m) {
        assertThat(m.diagnostics()).hasSize(1);
        return m.diagnostics().get(0);
    }

    static Info videoInfo(double t, String file, int w, int h, int rotation) {
        return new Info(t, file, OptionalInt.empty(), OptionalInt.of(w), OptionalInt.of(h), OptionalInt.of(rotation),
                false);
    }

    static final String TYPICAL = lines(
            "0.000 " + A + " create",
            "0.000 " + A + " info channels=1",
            "0.120 " + V + " create",
            "1.200 " + V + " info width=640 height=480 rotation=90",
            "5.000 " + V + " rotate rotation=0",
            "20.000 " + V + " close",
            "20.010 " + A + " close");

    @Nested
    class TheGrammar {

        @Test
        void aTypicalFileBecomesItsEventsInOrderWithoutDiagnostics() {
            MetadataFile m = parse(TYPICAL);

            assertThat(m.events()).containsExactly(
                    new Create(0, A),
                    new Info(0, A, OptionalInt.of(1), OptionalInt.empty(), OptionalInt.empty(), OptionalInt.empty(),
                            false),
                    new Create(0.12, V),
                    videoInfo(1.2, V, 640, 480, 90),
                    new Rotate(5, V, 0),
                    new Close(20, V),
                    new Close(20.01, A));
            assertThat(m.diagnostics()).isEmpty();
            assertThat(m.mediaFiles()).containsExactly(A, V);
            assertThat(m.uid()).isEqualTo("1001");
            assertThat(m.stamp()).isEqualTo("20261123101500");
            assertThat(m.baseName()).isEqualTo("uid_1001_20261123101500");
        }

        @Test
        void anAudioInfoIsNotVideoAndAVideoInfoIs() {
            List<MetadataEvent> e = parse(TYPICAL).events();

            assertThat(((Info) e.get(1)).isVideo()).isFalse();
            assertThat(((Info) e.get(3)).isVideo()).isTrue();
        }

        @Test
        void aCodecswitchFlagAfterTheInfoFieldsIsKept() {
            MetadataFile m = parse(lines(
                    "1.000 " + V + " info width=640 height=480 rotation=0 codecswitch",
                    "2.000 " + V + " info width=640 height=480 rotation=0 codecswitch=1",
                    "3.000 " + V + " info width=640 height=480 rotation=0 CodecSwitch",
                    "4.000 " + V + " info width=640 height=480 rotation=0",
                    "5.000 " + V + " info width=640 height=480 rotation=0 codecswitch=0"));

            assertThat(m.events()).extracting(e -> ((Info) e).codecSwitch())
                    .containsExactly(true, true, true, false, false);
            assertThat(((Info) m.events().get(0)).width()).hasValue(640);
            assertThat(m.diagnostics()).isEmpty();
        }

        @Test
        void keysAreCaseInsensitiveAndTheFirstValueOfAKeyWins() {
            MetadataFile m = parse(lines("1.000 " + V + " info WIDTH=640 width=320 Height=480"));

            Info info = (Info) m.events().get(0);
            assertThat(info.width()).hasValue(640);
            assertThat(info.height()).hasValue(480);
            assertThat(info.rotation()).isEmpty();
        }

        @Test
        void eventWordsAreCaseInsensitive() {
            MetadataFile m = parse(lines("0.000 " + A + " CREATE", "9.000 " + A + " Close"));

            assertThat(m.events()).containsExactly(new Create(0, A), new Close(9, A));
        }

        @Test
        void aNewSessionStartedLineIsASessionBreakAtTheLastTimeSeen() {
            MetadataFile m = parse(lines("0.000 " + A + " create", "5.250 " + A + " close", "new session started",
                    "6.000 " + A + " create"));

            assertThat(m.events()).containsExactly(new Create(0, A), new Close(5.25, A), new SessionBreak(5.25),
                    new Create(6, A));
            assertThat(m.diagnostics()).isEmpty();
        }

        @Test
        void aNewSessionStartedLineWithATimeTakesThatTime() {
            MetadataFile m = parse(lines("0.000 " + A + " create", "7.500 New Session Started"));

            assertThat(m.events()).containsExactly(new Create(0, A), new SessionBreak(7.5));
        }

        @Test
        void aNewSessionStartedLineWithAnUnusableTimeKeepsTheLastTime() {
            MetadataFile m = parse(lines("3.000 " + A + " create", "1e308 new session started"));

            assertThat(m.events()).containsExactly(new Create(3, A), new SessionBreak(3));
        }

        @Test
        void tabsAndRepeatedSpacesSeparateFieldsToo() {
            MetadataFile m = parse(lines("0.000\t" + A + "   create", "  1.200 \t " + V + "\tinfo width=640  height=480"));

            assertThat(m.events()).containsExactly(new Create(0, A), new Info(1.2, V, OptionalInt.empty(),
                    OptionalInt.of(640), OptionalInt.of(480), OptionalInt.empty(), false));
            assertThat(m.diagnostics()).isEmpty();
        }
    }

    @Nested
    class LineEndings {

        @Test
        void crlfLinesParseLikeLfLines() {
            MetadataFile crlf = parse(TYPICAL.replace("\n", "\r\n"));

            assertThat(crlf.events()).isEqualTo(parse(TYPICAL).events());
            assertThat(crlf.diagnostics()).isEmpty();
            assertThat(crlf.mediaFiles()).allSatisfy(name -> assertThat(name).doesNotContain("\r"));
        }

        @Test
        void aLastLineWithoutNewlineIsUsed() {
            MetadataFile m = parse("0.000 " + A + " create\n9.000 " + A + " close");

            assertThat(m.events()).containsExactly(new Create(0, A), new Close(9, A));
        }

        @Test
        void blankAndWhitespaceOnlyLinesAreSkippedSilently() {
            MetadataFile m = parse("\n\n0.000 " + A + " create\n   \n\t\n\r\n9.000 " + A + " close\n\n");

            assertThat(m.events()).containsExactly(new Create(0, A), new Close(9, A));
            assertThat(m.diagnostics()).isEmpty();
        }
    }

    @Nested
    class BadLines {

        @Test
        void linesWithOneOrTwoFieldsAreReportedWithTheirLineNumber() {
            MetadataFile m = parse(lines("0.000 " + A + " create", "1.000", "2.000 " + A, "9.000 " + A + " close"));

            assertThat(codes(m)).containsExactly(Code.METADATA_BAD_LINE, Code.METADATA_BAD_LINE);
            assertThat(m.diagnostics().get(0).message())
                    .isEqualTo(SOURCE + " line 2: expected '<seconds> <file> <event>', got '1.000'");
            assertThat(m.diagnostics().get(1).message()).startsWith(SOURCE + " line 3: ");
            assertThat(m.diagnostics()).allSatisfy(d -> {
                assertThat(d.severity()).isEqualTo(Severity.WARNING);
                assertThat(d.uid()).contains("1001");
                assertThat(d.file()).contains(SOURCE);
                assertThat(d.hint()).isEqualTo(Code.METADATA_BAD_LINE.defaultHint());
            });
            assertThat(m.events()).containsExactly(new Create(0, A), new Close(9, A));
        }

        @Test
        void anUnknownEventIsAnInfoDiagnosticAndTheRestIsUsed() {
            MetadataFile m = parse(lines("0.000 " + A + " create", "3.000 " + A + " mute muted=1",
                    "9.000 " + A + " close"));

            Diagnostic d = only(m);
            assertThat(d.code()).isEqualTo(Code.METADATA_UNKNOWN_EVENT);
            assertThat(d.severity()).isEqualTo(Severity.INFO);
            assertThat(d.file()).contains(A);
            assertThat(d.message()).isEqualTo(SOURCE + " line 2: unknown event 'mute' ignored");
            assertThat(m.events()).containsExactly(new Create(0, A), new Close(9, A));
        }

        @Test
        void aRotateWithoutRotationIsReportedAndDropped() {
            MetadataFile m = parse(lines("3.000 " + V + " rotate degrees=90"));

            assertThat(only(m).code()).isEqualTo(Code.METADATA_BAD_LINE);
            assertThat(only(m).message()).isEqualTo(SOURCE + " line 1: rotate event without rotation=; ignored");
            assertThat(m.events()).isEmpty();
        }

        @Test
        void aLongJunkLineIsShortenedInTheMessage() {
            String junk = "x".repeat(500);
            MetadataFile m = parse(lines(junk));

            assertThat(only(m).message()).hasSizeLessThan(200).contains("x".repeat(80) + "…");
        }
    }

    @Nested
    class Times {

        @ParameterizedTest
        @ValueSource(strings = {"-1.000", "-0.001", "NaN", "Infinity", "1e308", "1E3", "abc", "99999999999.000",
                "10000000.001", "0x10", "1,5", ".5", "5.", "+1.000", "1.0000000000001", "١.٠٠٠"})
        void aTimeThatIsNotAPlainNonNegativeDecimalUpToTenMillionSkipsTheLine(String time) {
            MetadataFile m = parse(lines("0.000 " + A + " create", time + " " + A + " close"));

            Diagnostic d = only(m);
            assertThat(d.code()).isEqualTo(Code.METADATA_BAD_VALUE);
            assertThat(d.message()).isEqualTo(SOURCE + " line 2: time '" + time
                    + "' is not a number of seconds from 0 to 10000000; line skipped");
            assertThat(m.events()).containsExactly(new Create(0, A));
        }

        @Test
        void theLargestAcceptedTimeIsTenMillionSeconds() {
            MetadataFile m = parse(lines("10000000.000 " + A + " close", "0 " + A + " create"));

            assertThat(m.events()).extracting(MetadataEvent::time).containsExactly(0.0, 1e7);
        }

        @Test
        void outOfOrderEventsAreSortedWithOneTimeOrderDiagnostic() {
            MetadataFile m = parse(lines("5.000 " + V + " rotate rotation=90", "1.000 " + V + " create",
                    "0.500 " + A + " create", "9.000 " + A + " close", "2.000 " + V + " rotate rotation=0"));

            assertThat(m.events()).extracting(MetadataEvent::time).containsExactly(0.5, 1.0, 2.0, 5.0, 9.0);
            Diagnostic d = only(m);
            assertThat(d.code()).isEqualTo(Code.METADATA_TIME_ORDER);
            assertThat(d.severity()).isEqualTo(Severity.WARNING);
            assertThat(d.message())
                    .isEqualTo(SOURCE + " line 2: time 1.000 s comes after 5.000 s; events were sorted by time");
        }

        @Test
        void sortingKeepsTheWrittenOrderOfEventsAtTheSameTime() {
            MetadataFile m = parse(lines("3.000 " + A + " close", "1.000 " + V + " create",
                    "1.000 " + V + " info width=640 height=480 rotation=0", "1.000 " + V + " rotate rotation=90"));

            assertThat(m.events()).containsExactly(new Create(1, V), videoInfo(1, V, 640, 480, 0),
                    new Rotate(1, V, 90), new Close(3, A));
        }

        @Test
        void equalTimesAreNotOutOfOrder() {
            MetadataFile m = parse(lines("1.000 " + A + " create", "1.000 " + A + " info channels=2",
                    "1.000 " + A + " close"));

            assertThat(m.diagnostics()).isEmpty();
        }
    }

    @Nested
    class FieldValues {

        @Test
        void anInfoRotationOf45IsReportedAndZeroUsed() {
            MetadataFile m = parse(lines("1.200 " + V + " info width=640 height=480 rotation=45"));

            assertThat(only(m).code()).isEqualTo(Code.METADATA_BAD_VALUE);
            assertThat(only(m).file()).contains(V);
            assertThat(only(m).message())
                    .isEqualTo(SOURCE + " line 1: rotation=45 is not a multiple of 90 degrees; 0 used");
            assertThat(m.events()).containsExactly(videoInfo(1.2, V, 640, 480, 0));
        }

        @Test
        void rotationOf45IsReportedAndTheEventIgnored() {
            MetadataFile m = parse(lines("3.000 " + V + " rotate rotation=45"));

            assertThat(only(m).code()).isEqualTo(Code.METADATA_BAD_VALUE);
            assertThat(only(m).message()).isEqualTo(
                    SOURCE + " line 1: rotation=45 is not a multiple of 90 degrees; the rotate event was ignored");
            assertThat(m.events()).isEmpty();
        }

        @Test
        void negativeAndFullTurnRotationsAreFoldedIntoZeroTo270() {
            MetadataFile m = parse(lines("1.000 " + V + " rotate rotation=-90", "2.000 " + V + " rotate rotation=450",
                    "3.000 " + V + " rotate rotation=-360", "4.000 " + V + " rotate rotation=3600",
                    "5.000 " + V + " rotate rotation=180"));

            assertThat(m.events()).extracting(e -> ((Rotate) e).degrees()).containsExactly(270, 90, 0, 0, 180);
            assertThat(m.diagnostics()).isEmpty();
        }

        @ParameterizedTest
        @ValueSource(strings = {"abc", "90.0", "+90", "1e2", "", "99999999999", "3690"})
        void rotationsThatAreNotSmallIntegerQuarterTurnsAreRefused(String value) {
            MetadataFile m = parse(lines("3.000 " + V + " rotate rotation=" + value));

            assertThat(only(m).code()).isEqualTo(Code.METADATA_BAD_VALUE);
            assertThat(m.events()).isEmpty();
        }

        @Test
        void widthZeroAndWidth99999AreReportedAndTheProbedValueUsed() {
            MetadataFile m = parse(lines("1.000 " + V + " info width=0 height=480 rotation=0",
                    "2.000 " + V + " info width=99999 height=480 rotation=0"));

            assertThat(codes(m)).containsExactly(Code.METADATA_BAD_VALUE, Code.METADATA_BAD_VALUE);
            assertThat(m.diagnostics().get(0).message())
                    .isEqualTo(SOURCE + " line 1: width=0 is outside 16..16384; the probed value is used");
            assertThat(m.diagnostics().get(1).message())
                    .isEqualTo(SOURCE + " line 2: width=99999 is outside 16..16384; the probed value is used");
            assertThat(m.events()).allSatisfy(e -> {
                Info info = (Info) e;
                assertThat(info.width()).isEmpty();
                assertThat(info.height()).hasValue(480);
                assertThat(info.rotation()).hasValue(0);
            });
        }

        @Test
        void theDimensionLimitsAreInclusive() {
            MetadataFile m = parse(lines("1.000 " + V + " info width=16 height=16384"));

            Info info = (Info) m.events().get(0);
            assertThat(info.width()).hasValue(16);
            assertThat(info.height()).hasValue(16384);
            assertThat(m.diagnostics()).isEmpty();
        }

        @Test
        void channelsOutside1To8AreReported() {
            MetadataFile m = parse(lines("0.000 " + A + " info channels=0", "0.000 " + A + " info channels=9",
                    "0.000 " + A + " info channels=2"));

            assertThat(codes(m)).containsExactly(Code.METADATA_BAD_VALUE, Code.METADATA_BAD_VALUE);
            assertThat(m.events()).extracting(e -> ((Info) e).channels())
                    .containsExactly(OptionalInt.empty(), OptionalInt.empty(), OptionalInt.of(2));
        }

        @Test
        void aHugeNumberInAFieldIsAValueProblemNotACrash() {
            MetadataFile m = parse(lines("1.000 " + V + " info width=" + "9".repeat(400) + " height=-480"));

            assertThat(codes(m)).containsExactly(Code.METADATA_BAD_VALUE, Code.METADATA_BAD_VALUE);
            assertThat(m.diagnostics().get(0).message()).hasSizeLessThan(200);
        }
    }

    @Nested
    class HostileNames {

        @ParameterizedTest
        @ValueSource(strings = {"../x.mp4", "..", "a..b.mp4", "a/b.mp4", "/etc/passwd", "a\\b.mp4", "a\u0000b.mp4",
                "a\u001bb.mp4", "a\u007fb.mp4", "a\u0007.aac", ".hidden.mp4", ".", "-i.mp4", "-"})
        void aNameThatCouldLeaveTheFolderOrConfuseATerminalIsRefusedAndItsLineDropped(String name) {
            MetadataFile m = parse(lines("0.000 " + A + " create", "1.000 " + name + " create",
                    "9.000 " + A + " close"));

            Diagnostic d = only(m);
            assertThat(d.code()).isEqualTo(Code.METADATA_HOSTILE_NAME);
            assertThat(d.severity()).isEqualTo(Severity.ERROR);
            assertThat(d.uid()).contains("1001");
            assertThat(d.file()).as("the diagnostic names the metadata file, not the hostile name").contains(SOURCE);
            assertThat(d.message()).startsWith(SOURCE + " line 2: ").endsWith("; the file was not opened")
                    .doesNotContainPattern("[\\x00-\\x1f\\x7f]");
            assertThat(m.events()).containsExactly(new Create(0, A), new Close(9, A));
            assertThat(m.mediaFiles()).containsExactly(A);
        }

        @Test
        void theMessageSaysWhatIsWrongAndShowsControlCharactersEscaped() {
            assertThat(only(parse(lines("1.000 ../x.mp4 create"))).message())
                    .isEqualTo(SOURCE + " line 1: the file name contains a path separator: '../x.mp4'; "
                            + "the file was not opened");
            assertThat(only(parse(lines("1.000 a\u0000b.mp4 create"))).message())
                    .isEqualTo(SOURCE + " line 1: the file name contains a NUL or control character: "
                            + "'a\\u0000b.mp4'; the file was not opened");
            assertThat(only(parse(lines("1.000 -i.mp4 create"))).message())
                    .isEqualTo(SOURCE + " line 1: the file name starts with '-': '-i.mp4'; the file was not opened");
            assertThat(only(parse(lines("1.000 .. create"))).message())
                    .contains("the file name contains '..'");
        }

        @Test
        void aNameLongerThan255CharactersIsRefused() {
            String name = "a".repeat(252) + ".mp4";
            MetadataFile m = parse(lines("1.000 " + name + " create", "2.000 " + "b".repeat(251) + ".mp4 create"));

            assertThat(only(m).code()).isEqualTo(Code.METADATA_HOSTILE_NAME);
            assertThat(only(m).message()).contains("the file name is 256 characters long (limit 255)");
            assertThat(m.events()).hasSize(1);
        }

        @Test
        void aHostileNameIsRefusedWhateverTheEvent() {
            MetadataFile m = parse(lines("1.000 ../v.mp4 info width=640 height=480", "2.000 ../v.mp4 rotate rotation=90",
                    "3.000 ../v.mp4 close", "4.000 ../v.mp4 nonsense"));

            assertThat(codes(m)).containsOnly(Code.METADATA_HOSTILE_NAME).hasSize(4);
            assertThat(m.events()).isEmpty();
        }
    }

    @Nested
    class EmptyFiles {

        @Test
        void anEmptyFileIsReportedAsEmpty() {
            MetadataFile m = parse("");

            Diagnostic d = only(m);
            assertThat(d.code()).isEqualTo(Code.METADATA_EMPTY);
            assertThat(d.severity()).isEqualTo(Severity.WARNING);
            assertThat(d.message()).isEqualTo(SOURCE + " is empty");
            assertThat(d.file()).contains(SOURCE);
            assertThat(m.events()).isEmpty();
        }

        @Test
        void aFileOfBlankLinesIsEmptyToo() {
            assertThat(codes(parse("\n\r\n   \n\t"))).containsExactly(Code.METADATA_EMPTY);
        }

        @Test
        void aFileOfJunkIsNotEmptyButEveryLineIsReported() {
            MetadataFile m = parse(lines("junk", "more junk"));

            assertThat(codes(m)).containsExactly(Code.METADATA_BAD_LINE, Code.METADATA_BAD_LINE);
            assertThat(m.events()).isEmpty();
        }
    }

    @Nested
    class FromDisk {

        @TempDir
        Path dir;

        @Test
        void uidAndStampComeFromTheFileName() throws IOException {
            Path file = dir.resolve("uid_2002_20261123101500.txt");
            Files.writeString(file, "0.000 uid_2002_20261123101500.aac create\n");
            MetadataFile m = MetadataParser.parse(file);

            assertThat(m.uid()).isEqualTo("2002");
            assertThat(m.stamp()).isEqualTo("20261123101500");
            assertThat(m.path()).isEqualTo(file);
            assertThat(m.events()).containsExactly(new Create(0, "uid_2002_20261123101500.aac"));
        }

        @Test
        void invalidUtf8IsReplacedNotFatal() throws IOException {
            Path file = dir.resolve("uid_1_2.txt");
            byte[] bad = {'0', ' ', 'a', (byte) 0xff, (byte) 0xfe, '.', 'a', 'a', 'c', ' ', 'c', 'r', 'e', 'a', 't', 'e',
                    '\n', '1', ' ', 'b', '.', 'a', 'a', 'c', ' ', 'c', 'r', 'e', 'a', 't', 'e', '\n'};
            Files.write(file, bad);
            MetadataFile m = MetadataParser.parse(file);

            assertThat(m.events()).contains(new Create(1, "b.aac"));
            assertThat(m.mediaFiles()).allSatisfy(n -> assertThat(FileNames.problem(n)).isEmpty());
        }

        @Test
        void anUnreadableFileGivesOneUnreadableDiagnostic() throws IOException {
            Path notAFile = Files.createDirectory(dir.resolve("uid_3003_20261123101500.txt"));
            MetadataFile m = MetadataParser.parse(notAFile);

            Diagnostic d = only(m);
            assertThat(d.code()).isEqualTo(Code.METADATA_UNREADABLE);
            assertThat(d.severity()).isEqualTo(Severity.ERROR);
            assertThat(d.uid()).contains("3003");
            assertThat(d.file()).contains("uid_3003_20261123101500.txt");
            assertThat(d.message()).startsWith("cannot read uid_3003_20261123101500.txt: ");
            assertThat(m.events()).isEmpty();
        }

        @Test
        void aFileLargerThanTheReadLimitIsParsedUpToTheLimitWithoutThrowing() throws IOException {
            Path file = dir.resolve("uid_4_5.txt");
            String line = "1.000 a.aac rotate rotation=0 padding-padding-padding\n";
            StringBuilder text = new StringBuilder("0.000 a.aac create\n");
            while (text.length() < MetadataParser.MAX_BYTES + 4096) {
                text.append(line);
            }
            Files.writeString(file, text.toString(), StandardCharsets.UTF_8);
            MetadataFile m = MetadataParser.parse(file);

            assertThat(m.events().get(0)).isEqualTo(new Create(0, "a.aac"));
            assertThat(m.events()).hasSizeLessThan(MetadataParser.MAX_BYTES / line.length() + 2);
        }
    }

    @Test
    void aLeadingByteOrderMarkIsIgnored() {
        MetadataFile m = parse("\uFEFF0.000 " + A + " create\n9.000 " + A + " close\n");

        assertThat(m.events()).containsExactly(new Create(0, A), new Close(9, A));
        assertThat(m.diagnostics()).isEmpty();
    }
}
