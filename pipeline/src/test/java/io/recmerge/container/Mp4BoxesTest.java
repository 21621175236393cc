package io.recmerge.container;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Synthetic box files: only the box headers matter to the walker. */
class Mp4BoxesTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    /** A box of the given total size (header included), body zero-filled. */
    private Mp4BoxesTest box(String type, int size) {
        ByteBuffer b = ByteBuffer.allocate(size);
        b.putInt(size).put(type.getBytes(StandardCharsets.ISO_8859_1));
        bytes.writeBytes(b.array());
        return this;
    }

    /** A box with a 64-bit size: size field 1, then the largesize after the type. */
    private Mp4BoxesTest largeBox(String type, long largeSize, int written) {
        ByteBuffer b = ByteBuffer.allocate(written);
        b.putInt(1).put(type.getBytes(StandardCharsets.ISO_8859_1)).putLong(largeSize);
        bytes.writeBytes(b.array());
        return this;
    }

    private Mp4BoxesTest raw(int... more) {
        for (int b : more) {
            bytes.write(b);
        }
        return this;
    }

    private Path write() throws IOException {
        return Files.write(dir.resolve("f.mp4"), bytes.toByteArray());
    }

    @Test
    void theTopLevelBoxesAreListedInFileOrder() throws IOException {
        Path f = box("ftyp", 24).box("moov", 100).box("free", 8).box("mdat", 64).write();

        assertThat(Mp4Boxes.topLevel(f)).containsExactly("ftyp", "moov", "free", "mdat");
        assertThat(Mp4Boxes.isFaststart(f)).isTrue();
    }

    @Test
    void anIndexAfterTheMediaIsNotFaststart() throws IOException {
        Path f = box("ftyp", 24).box("mdat", 64).box("moov", 100).write();

        assertThat(Mp4Boxes.topLevel(f)).containsExactly("ftyp", "mdat", "moov");
        assertThat(Mp4Boxes.isFaststart(f)).isFalse();
    }

    @Test
    void aFileWithoutIndexIsNotFaststartAndOneWithoutMediaIs() throws IOException {
        assertThat(Mp4Boxes.isFaststart(box("ftyp", 24).box("mdat", 64).write())).isFalse();
        Files.delete(dir.resolve("f.mp4"));
        bytes.reset();
        assertThat(Mp4Boxes.isFaststart(box("ftyp", 24).box("moov", 32).write())).isTrue();
    }

    @Test
    void aSixtyFourBitSizeIsFollowed() throws IOException {
        Path f = box("ftyp", 24).largeBox("mdat", 16 + 40, 16 + 40).box("moov", 16).write();

        assertThat(Mp4Boxes.topLevel(f)).containsExactly("ftyp", "mdat", "moov");
        assertThat(Mp4Boxes.isFaststart(f)).isFalse();
    }

    @Test
    void aSizeOfZeroRunsToTheEndOfTheFile() throws IOException {
        Path f = box("ftyp", 24).box("moov", 16).raw(0, 0, 0, 0, 'm', 'd', 'a', 't', 1, 2, 3, 4, 5, 6, 7, 8).write();

        assertThat(Mp4Boxes.topLevel(f)).containsExactly("ftyp", "moov", "mdat");
        assertThat(Mp4Boxes.isFaststart(f)).isTrue();
    }

    @Test
    void aCorruptSizeStopsTheWalkWithWhatWasRead() throws IOException {
        Path f = box("ftyp", 24).raw(0, 0, 0, 4, 'j', 'u', 'n', 'k').box("moov", 16).write();

        assertThat(Mp4Boxes.topLevel(f)).containsExactly("ftyp", "junk");
        assertThat(Mp4Boxes.isFaststart(f)).isFalse();
    }

    @Test
    void aBoxRunningPastTheEndEndsTheWalk() throws IOException {
        Path f = box("ftyp", 24).raw(0, 0, 0x10, 0, 'm', 'o', 'o', 'v', 1, 2, 3).write();

        assertThat(Mp4Boxes.topLevel(f)).containsExactly("ftyp", "moov");
    }

    @Test
    void aTruncatedHeaderAtTheEndIsIgnored() throws IOException {
        Path f = box("ftyp", 24).raw(0, 0, 0, 8, 'm', 'o').write();

        assertThat(Mp4Boxes.topLevel(f)).containsExactly("ftyp");
    }

    @Test
    void aTruncatedLargeSizeIsTreatedAsCorrupt() throws IOException {
        Path f = box("ftyp", 24).raw(0, 0, 0, 1, 'm', 'd', 'a', 't', 0, 0).write();

        assertThat(Mp4Boxes.topLevel(f)).containsExactly("ftyp", "mdat");
    }

    @Test
    void anEmptyOrTinyFileHasNoBoxes() throws IOException {
        assertThat(Mp4Boxes.topLevel(write())).isEmpty();
        assertThat(Mp4Boxes.isFaststart(write())).isFalse();
        assertThat(Mp4Boxes.topLevel(raw(0, 0, 0).write())).isEmpty();
    }

    @Test
    void aHugeNegativeLargeSizeIsCorrupt() throws IOException {
        Path f = box("ftyp", 24).largeBox("mdat", -1L, 16).box("moov", 16).write();

        assertThat(Mp4Boxes.topLevel(f)).containsExactly("ftyp", "mdat");
    }

    @Test
    void aLargeSizeThatOverflowsThePositionEndsTheWalk() throws IOException {
        Path f = box("ftyp", 24).largeBox("mdat", Long.MAX_VALUE, 16).box("moov", 16).write();

        assertThatCode(() -> Mp4Boxes.topLevel(f)).doesNotThrowAnyException();
        assertThat(Mp4Boxes.topLevel(f)).containsExactly("ftyp", "mdat");
    }

    @Test
    void aMissingFileIsAnIoException() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Mp4Boxes.topLevel(dir.resolve("nope.mp4")))
                .isInstanceOf(IOException.class);
    }
}
