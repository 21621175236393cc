package io.recmerge.metadata;

import static org.assertj.core.api.Assertions.assertThat;

import io.recmerge.metadata.MetadataEvent.Close;
import io.recmerge.metadata.MetadataEvent.Create;
import io.recmerge.metadata.MetadataEvent.Info;
import java.nio.file.Path;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** The metadata the SDK 2.3 recorder writes, byte for byte: create/close lines end in a space. */
class Sdk2MetadataTest {

    static final String TEXT = "0.000 0_20190208084418569.aac create \n"
            + "0.404 0_20190208084418974.mp4 create \n"
            + "0.405 0_20190208084418974.mp4 info width=360 height=640 rotation=0\n"
            + "47.294 0_20190208084418974.mp4 close \n"
            + "47.294 0_20190208084418569.aac close \n";

    @Test
    void trailingSpacesOnCreateAndCloseLinesParseCleanly() {
        MetadataFile m = MetadataParser.parse(Path.of("/rec/uid_0_20190208084418570.txt"), "0",
                "20190208084418570", TEXT);

        assertThat(m.diagnostics()).isEmpty();
        assertThat(m.events()).containsExactly(
                new Create(0.0, "0_20190208084418569.aac"),
                new Create(0.404, "0_20190208084418974.mp4"),
                new Info(0.405, "0_20190208084418974.mp4", OptionalInt.empty(), OptionalInt.of(360),
                        OptionalInt.of(640), OptionalInt.of(0), false),
                new Close(47.294, "0_20190208084418974.mp4"),
                new Close(47.294, "0_20190208084418569.aac"));
        assertThat(m.mediaFiles()).containsExactly("0_20190208084418569.aac", "0_20190208084418974.mp4");
    }

    @Test
    void aCarriageReturnAfterTheTrailingSpaceIsCleanToo() {
        MetadataFile m = MetadataParser.parse(Path.of("/rec/uid_0_1.txt"), "0", "1",
                TEXT.replace("\n", "\r\n"));

        assertThat(m.diagnostics()).isEmpty();
        assertThat(m.events()).hasSize(5);
    }
}
