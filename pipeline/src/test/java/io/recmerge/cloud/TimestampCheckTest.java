package io.recmerge.cloud;

import static org.assertj.core.api.Assertions.assertThat;

import io.recmerge.diag.Code;
import io.recmerge.diag.Diagnostic;
import io.recmerge.testkit.CloudFolder;
import io.recmerge.testkit.CloudUser;
import io.recmerge.testkit.CloudUser.Track;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The UTC in the slice names cross-checked against the slices' own PTS, on generated slices. */
class TimestampCheckTest {

    @TempDir
    static Path tmp;
    private static CloudFolder cloud;

    @BeforeAll
    static void generate() {
        cloud = CloudFolder.builder("timestamps").user(CloudUser.av("9009", 0, 7).withEvents(1.5, 4.0)).build();
    }

    private static List<Diagnostic> check(Path dir, Track track) throws Exception {
        CloudRecording.User u = CloudScanner.scan(dir).get(0).users().get(0);
        return TimestampCheck.of((track == Track.AUDIO ? u.audio() : u.video()).orElseThrow());
    }

    @Test
    void slicesNamedWhereTheirTimestampsAreAgree() throws Exception {
        assertThat(check(cloud.dir(), Track.AUDIO)).isEmpty();
        assertThat(check(cloud.dir(), Track.VIDEO)).isEmpty();
    }

    @Test
    void aSliceNamedLaterThanItsTimestampsIsReportedWithTheValues() throws Exception {
        Path dir = cloud.copyTo(tmp.resolve("misnamed")).dir();
        CloudFolder.Slice third = cloud.slices("9009", Track.AUDIO).get(2);
        String renamed = third.file().replace(cloud.utc(third.start()), cloud.utc(third.start() + 0.2));
        Files.move(dir.resolve(third.file()), dir.resolve(renamed));
        Path playlist = dir.resolve(cloud.playlist("9009", Track.AUDIO));
        Files.writeString(playlist, Files.readString(playlist).replace(third.file(), renamed));

        List<Diagnostic> found = check(dir, Track.AUDIO);

        assertThat(found).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo(Code.CLOUD_TIMESTAMPS_DISAGREE);
            assertThat(d.file()).hasValue(renamed);
            assertThat(d.uid()).hasValue("9009");
            String first = cloud.slices("9009", Track.AUDIO).get(0).file();
            assertThat(d.message()).contains("at 1 slice(s)").contains(String.format(java.util.Locale.ROOT,
                    "%s is named %.3f s after %s, but its timestamps put it %.3f s after it (-0.200 s)", renamed,
                    third.start() + 0.2, first, third.start()));
        });
        List<Diagnostic> all = new ArrayList<>(CloudScanner.scan(dir).get(0).diagnostics());
        assertThat(all).as("the names against the #EXTINF durations").anyMatch(d -> d.code() == Code.CLOUD_TIME_DISAGREES);
    }
}
