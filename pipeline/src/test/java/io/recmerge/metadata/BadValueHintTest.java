package io.recmerge.metadata;

import static io.recmerge.metadata.MetadataParserTest.A;
import static io.recmerge.metadata.MetadataParserTest.V;
import static io.recmerge.metadata.MetadataParserTest.lines;
import static io.recmerge.metadata.MetadataParserTest.only;
import static io.recmerge.metadata.MetadataParserTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.recmerge.diag.Code;
import io.recmerge.diag.Diagnostic;
import org.junit.jupiter.api.Test;

/** A METADATA_BAD_VALUE's hint says what its message says was done: skipped, probed value, 0, ignored. */
class BadValueHintTest {

    @Test
    void aBadTimeSkipsTheLineAndTheHintSaysSoNotThatADefaultWasUsed() {
        Diagnostic d = only(parse(lines("0.000 " + A + " create", "abc " + A + " close")));

        assertThat(d.code()).isEqualTo(Code.METADATA_BAD_VALUE);
        assertThat(d.message()).endsWith("line skipped");
        assertThat(d.hint()).contains("the line was skipped").doesNotContain("default");
    }

    @Test
    void anOutOfRangeSizeUsesTheProbedValueAndTheHintSaysSo() {
        Diagnostic d = only(parse(lines("0.000 " + V + " create", "0.500 " + V + " info width=99999 height=480 rotation=0")));

        assertThat(d.message()).endsWith("the probed value is used");
        assertThat(d.hint()).isEqualTo("The value ffprobe measured in the media file was used instead.");
    }

    @Test
    void aBadInfoRotationUsesZeroAndABadRotateEventIsIgnoredEachSaidInItsHint() {
        Diagnostic info = only(parse(lines("0.000 " + V + " create", "0.500 " + V + " info width=640 height=480 rotation=45")));
        Diagnostic rotate = only(parse(lines("0.000 " + V + " create", "0.500 " + V + " info width=640 height=480 rotation=0",
                "2.000 " + V + " rotate rotation=33")));

        assertThat(info.message()).endsWith("0 used");
        assertThat(info.hint()).startsWith("0 degrees (no turn) was used instead");
        assertThat(rotate.message()).endsWith("the rotate event was ignored");
        assertThat(rotate.hint()).startsWith("The rotate event was ignored");
    }

    @Test
    void theCodesDefaultHintPromisesNoDefaultValue() {
        assertThat(Code.METADATA_BAD_VALUE.defaultHint()).doesNotContain("default");
    }
}
