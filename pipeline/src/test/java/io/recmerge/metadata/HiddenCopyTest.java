package io.recmerge.metadata;

import static org.assertj.core.api.Assertions.assertThat;

import io.recmerge.diag.Code;
import io.recmerge.diag.Diagnostic;
import io.recmerge.diag.Severity;
import io.recmerge.metadata.MetadataEvent.Close;
import io.recmerge.metadata.MetadataEvent.Create;
import io.recmerge.metadata.MetadataEvent.Info;
import io.recmerge.metadata.MetadataEvent.Rotate;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The recorder's hidden crash-recovery copy .uid_<uid>_<stamp>.txt (docs/input-format.md). */
class HiddenCopyTest {

    private static final String VISIBLE = "uid_1001_20261123101500.txt";
    private static final String COPY = "." + VISIBLE;
    private static final String EVENTS = "0.000 a.aac create\n9.000 a.aac close\n";

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    private static List<Code> codes(MetadataFile m) {
        return m.diagnostics().stream().map(Diagnostic::code).toList();
    }

    @Test
    void anEmptyVisibleFileIsReplacedByTheEventsOfItsHiddenCopy() throws IOException {
        Path visible = write(VISIBLE, "");
        write(COPY, EVENTS);

        MetadataFile m = MetadataParser.parse(visible);

        assertThat(m.path()).isEqualTo(visible);
        assertThat(m.uid()).isEqualTo("1001");
        assertThat(m.stamp()).isEqualTo("20261123101500");
        assertThat(m.events()).containsExactly(new Create(0, "a.aac"), new Close(9, "a.aac"));
        Diagnostic d = m.diagnostics().get(0);
        assertThat(d.code()).isEqualTo(Code.METADATA_FROM_COPY);
        assertThat(d.severity()).isEqualTo(Severity.WARNING);
        assertThat(d.uid()).contains("1001");
        assertThat(d.file()).contains(VISIBLE);
        assertThat(d.message()).isEqualTo(VISIBLE + " is empty; its hidden copy " + COPY + " was used (2 events)");
        assertThat(codes(m)).containsExactly(Code.METADATA_FROM_COPY);
    }

    @Test
    void aVisibleFileWithEventsIsUsedAndTheCopyIgnored() throws IOException {
        Path visible = write(VISIBLE, "0.000 b.aac create\n");
        write(COPY, EVENTS);

        MetadataFile m = MetadataParser.parse(visible);

        assertThat(m.events()).containsExactly(new Create(0, "b.aac"));
        assertThat(m.diagnostics()).isEmpty();
    }

    @Test
    void aVisibleFileWithoutAUsableLineSaysSo() throws IOException {
        Path visible = write(VISIBLE, "garbage\n");
        write(COPY, EVENTS);

        MetadataFile m = MetadataParser.parse(visible);

        assertThat(m.events()).hasSize(2);
        assertThat(m.diagnostics().get(0).message())
                .isEqualTo(VISIBLE + " has no usable line; its hidden copy " + COPY + " was used (2 events)");
    }

    @Test
    void anUnreadableVisibleFileSaysSo() throws IOException {
        Path visible = Files.createDirectory(dir.resolve(VISIBLE));
        write(COPY, EVENTS);

        MetadataFile m = MetadataParser.parse(visible);

        assertThat(m.events()).hasSize(2);
        assertThat(m.diagnostics().get(0).message()).startsWith(VISIBLE + " cannot be read; its hidden copy");
    }

    @Test
    void theCopysOwnProblemsAreReportedAfterTheNote() throws IOException {
        Path visible = write(VISIBLE, "");
        write(COPY, EVENTS + "junk\n");

        MetadataFile m = MetadataParser.parse(visible);

        assertThat(codes(m)).containsExactly(Code.METADATA_FROM_COPY, Code.METADATA_BAD_LINE);
    }

    @Test
    void anEmptyCopyLeavesTheVisibleFileAsParsed() throws IOException {
        Path visible = write(VISIBLE, "");
        write(COPY, "");

        MetadataFile m = MetadataParser.parse(visible);

        assertThat(m.events()).isEmpty();
        assertThat(codes(m)).containsExactly(Code.METADATA_EMPTY);
    }

    @Test
    void aCopyThatIsASymbolicLinkIsNotFollowed() throws IOException {
        Path visible = write(VISIBLE, "");
        Path elsewhere = write("elsewhere.txt", EVENTS);
        Files.createSymbolicLink(dir.resolve(COPY), elsewhere);

        MetadataFile m = MetadataParser.parse(visible);

        assertThat(m.events()).isEmpty();
        assertThat(codes(m)).containsExactly(Code.METADATA_EMPTY);
    }

    @Test
    void aCopyWithoutItsVisibleFileIsUsedUnderTheVisibleName() throws IOException {
        Path copy = write(COPY, EVENTS);

        MetadataFile m = MetadataParser.parse(copy);

        assertThat(m.uid()).isEqualTo("1001");
        assertThat(m.stamp()).isEqualTo("20261123101500");
        assertThat(m.baseName()).isEqualTo("uid_1001_20261123101500");
        assertThat(m.events()).hasSize(2);
        assertThat(m.diagnostics().get(0).code()).isEqualTo(Code.METADATA_FROM_COPY);
        assertThat(m.diagnostics().get(0).message())
                .isEqualTo(VISIBLE + " is missing; its hidden copy " + COPY + " was used (2 events)");
    }

    @Test
    void aCrashedRecordersTsCanStandInForTheMp4EveryEventNamed() {
        MetadataFile m = new MetadataFile(dir.resolve(VISIBLE), "1001", "20261123101500", List.of(
                new Create(0, "v.mp4"), new Info(1, "v.mp4", OptionalInt.empty(), OptionalInt.of(640),
                        OptionalInt.of(480), OptionalInt.of(90), true),
                new Rotate(3, "v.mp4", 0), new Close(9, "v.mp4"), new Create(0, "a.aac")), List.of());

        MetadataFile renamed = m.withFileRenamed("v.mp4", "v.ts");

        assertThat(renamed.events()).containsExactly(new Create(0, "v.ts"), new Info(1, "v.ts", OptionalInt.empty(),
                        OptionalInt.of(640), OptionalInt.of(480), OptionalInt.of(90), true),
                new Rotate(3, "v.ts", 0), new Close(9, "v.ts"), new Create(0, "a.aac"));
        assertThat(renamed.mediaFiles()).containsExactly("v.ts", "a.aac");
        assertThat(renamed.path()).isEqualTo(m.path());
    }
}
