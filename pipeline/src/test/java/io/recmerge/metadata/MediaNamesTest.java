package io.recmerge.metadata;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Which files a metadata file owns by name: uid_<uid>_<stamp> files, and the SDK 2.x <uid>_<stamp> ones by time. */
class MediaNamesTest {

    private static final MetadataFile SDK2 = MetadataParser.parse(Path.of("/rec/uid_0_20190208084418570.txt"), "0",
            "20190208084418570", Sdk2MetadataTest.TEXT);
    private static final MetadataFile KIT = MetadataParser.parse(Path.of("/rec/uid_1001_20261123101500.txt"), "1001",
            "20261123101500", "0.000 uid_1001_20261123101500.aac create\n");

    @Test
    void theRecordersOwnBaseNameWithOrWithoutASplitNumberIsOwned() {
        assertThat(MediaNames.ownedBy(KIT, "uid_1001_20261123101500.aac")).isTrue();
        assertThat(MediaNames.ownedBy(KIT, "uid_1001_20261123101500_2.mp4")).isTrue();
        assertThat(MediaNames.ownedBy(KIT, "uid_1001_20261123101500_av.mp4")).as("recmerge's output").isFalse();
        assertThat(MediaNames.ownedBy(KIT, "uid_2002_20261123101500.aac")).isFalse();
    }

    @Test
    void sdk2NamesWithoutTheUidPrefixAreOwnedWhenTheirStampFallsInTheMetadatasSpan() {
        assertThat(MediaNames.ownedBy(SDK2, "0_20190208084418569.aac")).as("1 ms before the metadata").isTrue();
        assertThat(MediaNames.ownedBy(SDK2, "0_20190208084418974.mp4")).isTrue();
        assertThat(MediaNames.ownedBy(SDK2, "0_20190208084505000.mp4")).as("45.6 s in, span 47.3 s").isTrue();
        assertThat(MediaNames.ownedBy(SDK2, "0_20190208084620000.mp4")).as("after the span").isFalse();
        assertThat(MediaNames.ownedBy(SDK2, "7_20190208084418974.mp4")).as("another uid").isFalse();
        assertThat(MediaNames.ownedBy(SDK2, "0_20190208084418974_av.mp4")).as("an output").isFalse();
        assertThat(MediaNames.ownedBy(KIT, "1001_20261123101500.aac")).as("same stamp, no prefix").isTrue();
    }

    @Test
    void impossibleStampsAreNotTimes() {
        assertThat(MediaNames.time("20191308084418569")).isEmpty();
        assertThat(MediaNames.time("2019")).isEmpty();
    }
}
