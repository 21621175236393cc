package io.recmerge.metadata;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FileNamesTest {

    @ParameterizedTest
    @ValueSource(strings = {"uid_1001_20261123101500.aac", "uid_1001_20261123101500_1.mp4", "a", "a.b.c",
            "name with ünïcödé.webm", "x-y_z.ts"})
    void plainNamesInTheFolderAreSafe(String name) {
        assertThat(FileNames.problem(name)).isEmpty();
    }

    @Test
    void eachKindOfProblemIsNamed() {
        assertThat(FileNames.problem("")).contains("the file name is empty");
        assertThat(FileNames.problem("a/b")).contains("the file name contains a path separator");
        assertThat(FileNames.problem("a\\b")).contains("the file name contains a path separator");
        assertThat(FileNames.problem("..")).contains("the file name contains '..'");
        assertThat(FileNames.problem("a\tb")).contains("the file name contains a NUL or control character");
        assertThat(FileNames.problem("a\u007f")).contains("the file name contains a NUL or control character");
        assertThat(FileNames.problem(".x")).contains("the file name starts with '.'");
        assertThat(FileNames.problem("-x")).contains("the file name starts with '-'");
        assertThat(FileNames.problem("x".repeat(255))).isEmpty();
        assertThat(FileNames.problem("x".repeat(256))).contains("the file name is 256 characters long (limit 255)");
    }

    @Test
    void printableEscapesControlCharactersAndShortensLongText() {
        assertThat(FileNames.printable("a\u0000b\u001b[31m\u007f", 80)).isEqualTo("a\\u0000b\\u001b[31m\\u007f");
        assertThat(FileNames.printable("abcdef", 3)).isEqualTo("abc…");
        assertThat(FileNames.printable("abc", 3)).isEqualTo("abc");
        assertThat(FileNames.printable("", 3)).isEmpty();
    }

    @Test
    void c1ControlCharactersAreRefusedAndEscapedToo() {
        assertThat(FileNames.problem("a\u009b2Jb.mp4")).contains("the file name contains a NUL or control character");
        assertThat(FileNames.printable("a\u0085b", 10)).isEqualTo("a\\u0085b");
    }
}
