package io.recmerge.batch;

import static org.assertj.core.api.Assertions.assertThat;

import io.recmerge.convert.ConvertSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a batch takes under ROOT: sessions and cloud recordings by their names alone (no media needed). */
class SourcesTest {

    private static final String A = "sidA_room";
    private static final String B = "sidB_room_2";

    @TempDir
    Path root;

    private void touch(String relative) throws IOException {
        Path p = root.resolve(relative);
        Files.createDirectories(p.getParent());
        Files.writeString(p, "");
    }

    private static String playlist(String key, String uid) {
        return key + "__uid_s_" + uid + "__uid_e_audio.m3u8";
    }

    private List<String> names() throws IOException {
        return Sources.find(root, Set.of()).stream().map(s -> s.name(root)).toList();
    }

    @Test
    void everyCloudRecordingIsAnEntryOfItsOwnNamedByFolderAndKeyBesideTheSessions() throws IOException {
        touch("day/room_1/uid_1001_20261123101500.txt");
        touch("cloud/a/" + playlist(A, "1001"));
        touch("cloud/a/" + playlist(A, "2002"));
        touch("cloud/a/bak0_" + playlist(A, "1001"));
        touch("cloud/a/" + playlist(B, "1001").replace(".m3u8", "_1709632800123_2.m3u8"));
        touch("cloud/a/" + B + "__uid_s_1001__uid_e_audio_20240305100000000.ts");
        touch("cloud/b/" + playlist(A, "3003")); // the same key in another folder is another recording
        touch(playlist(B, "7")); // ROOT itself
        touch("mixed/uid_4004_20261123101500.txt"); // metadata wins: converted as a session, as convert does
        touch("mixed/" + playlist(A, "4004"));
        touch("notes/readme.txt");

        assertThat(names()).containsExactly(B, "cloud/a/" + A, "cloud/a/" + B, "cloud/b/" + A, "day/room_1", "mixed");
    }

    @Test
    void shardsShareOutTheRecordingsOfOneFolderAndTogetherTakeEachOnce() throws IOException {
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            keys.add("sid" + i + "_room");
            touch("cloud/" + keys.get(i) + "__uid_s_1__uid_e_video.m3u8");
        }
        List<Source> all = Sources.find(root, Set.of());
        List<String> taken = new ArrayList<>();
        Set<Integer> used = new java.util.HashSet<>();
        for (int i = 0; i < 3; i++) {
            Shard shard = new Shard(i, 3);
            all.stream().filter(s -> shard.takes(s.relative(root))).forEach(s -> taken.add(s.name(root)));
            int index = i;
            all.stream().filter(s -> shard.takes(s.relative(root))).findAny().ifPresent(s -> used.add(index));
        }
        assertThat(taken).hasSize(12).containsExactlyInAnyOrderElementsOf(keys.stream().map(k -> "cloud/" + k).toList());
        assertThat(used).as("one folder's recordings are spread over the shards").hasSizeGreaterThan(1);
    }

    @Test
    void aCloudEntryConvertsOnlyItsRecordingAndItsOptionsSaySo() {
        Source cloud = Source.cloud(root.resolve("cloud/a"), A);
        ConvertSettings each = cloud.settings(ConvertSettings.defaults());

        assertThat(each.select().recording()).contains(A);
        assertThat(each.select().selectsRecording(A)).isTrue();
        assertThat(each.select().selectsRecording(B)).isFalse();
        assertThat(each.outputShapingKey()).endsWith(" recording=" + A)
                .startsWith(ConvertSettings.defaults().outputShapingKey());
        assertThat(Source.session(root).settings(ConvertSettings.defaults())).isEqualTo(ConvertSettings.defaults());
        assertThat(cloud.relative(root)).isEqualTo(Path.of("cloud/a/" + A));
        assertThat(Source.cloud(root, A).name(root)).isEqualTo(A);
        assertThat(Source.session(root).name(root)).isEqualTo(".");
    }
}
