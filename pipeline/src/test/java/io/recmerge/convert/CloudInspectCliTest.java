package io.recmerge.convert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.recmerge.testkit.CloudFolder;
import io.recmerge.testkit.CloudFolder.Slice;
import io.recmerge.testkit.CloudFolder.SliceState;
import io.recmerge.testkit.CloudUser;
import io.recmerge.testkit.CloudUser.FaultKind;
import io.recmerge.testkit.CloudUser.Track;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code recmerge inspect} on a generated cloud folder: a bak0_ failover with a lost slice, a missing
 * and an empty slice, a rotation and upload-failure copies (one less full, one as full as the best),
 * checked against the generator's truth and the folder's own bytes.
 */
class CloudInspectCliTest {

    @TempDir
    static Path tmp;
    private static CloudFolder cloud;
    private static Path dir;
    private static String tie;
    private static JsonNode json;
    private static String text;
    private static Map<String, String> before;

    @BeforeAll
    static void inspect() throws IOException {
        CloudFolder shared = CloudFolder.builder("inspect-faults")
                .user(CloudUser.av("1001", 0, 8).rotatedAt(4.6, 90).withFault(Track.AUDIO, FaultKind.FAILOVER, 2, 1)
                        .withFault(Track.VIDEO, FaultKind.MISSING, 1))
                .user(CloudUser.audioOnly("2002", 0.4, 6).withUploadCopies(Track.AUDIO)
                        .withFault(Track.AUDIO, FaultKind.EMPTY, 1))
                .build();
        cloud = shared.copyTo(tmp.resolve("rec"));
        dir = cloud.dir();
        // A third copy as full as the best one: the higher index wins the tie.
        String copies = cloud.key() + "__uid_s_2002__uid_e_audio_" + cloud.zero().toEpochMilli();
        tie = copies + "_3.m3u8";
        Files.copy(dir.resolve(copies + "_1.m3u8"), dir.resolve(tie));
        before = ConvertCliTest.hashes(dir);
        Set<String> temps = temps();
        ConvertCliTest.Run j = ConvertCliTest.run("inspect", dir.toString(), "--json");
        ConvertCliTest.Run t = ConvertCliTest.run("inspect", dir.toString());
        assertThat(j.exit()).as(j.err()).isZero();
        assertThat(t.exit()).as(t.err()).isZero();
        assertThat(temps()).as("the joined slices' temporary folder is gone").isEqualTo(temps);
        json = new ObjectMapper().readTree(j.out());
        text = t.out();
    }

    private static Set<String> temps() throws IOException {
        try (Stream<Path> all = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return new java.util.TreeSet<>(all.map(p -> p.getFileName().toString())
                    .filter(n -> n.startsWith("recmerge-inspect-")).toList());
        }
    }

    private static JsonNode track(String uid, String type) {
        for (JsonNode u : json.at("/recordings/0/users")) {
            for (JsonNode t : u.path("tracks")) {
                if (u.path("uid").asText().equals(uid) && t.path("type").asText().equals(type)) {
                    return t;
                }
            }
        }
        throw new AssertionError("no " + type + " track of " + uid + " in " + json);
    }

    private static List<Slice> present(String uid, Track track) {
        return cloud.slices(uid, track).stream().filter(s -> s.state() == SliceState.PRESENT).toList();
    }

    private static String output(String uid) {
        for (JsonNode u : json.at("/recordings/0/users")) {
            if (u.path("uid").asText().equals(uid)) {
                return u.at("/segments/0/output/file").asText();
            }
        }
        throw new AssertionError(uid);
    }

    @Test
    void theRecordingItsClockAndWhatIsThereAreStatedFromTheFolder() throws IOException {
        JsonNode r = json.at("/recordings/0");
        assertThat(json.path("format").asText()).isEqualTo("agora-cloud");
        assertThat(json.path("recordings")).hasSize(1);
        assertThat(r.path("key").asText()).isEqualTo(cloud.key());
        assertThat(r.path("sid").asText()).isEqualTo(cloud.spec().sid());
        assertThat(r.path("cname").asText()).isEqualTo(cloud.spec().cname());
        assertThat(r.path("zeroUtc").asText()).isEqualTo(cloud.zero().toString());
        assertThat(r.path("state").asText()).isEqualTo("finished");
        for (String[] t : new String[][] {{"1001", "audio"}, {"1001", "video"}, {"2002", "audio"}}) {
            List<Slice> there = present(t[0], Track.valueOf(t[1].toUpperCase(java.util.Locale.ROOT)));
            long bytes = 0;
            for (Slice s : there) {
                bytes += Files.size(dir.resolve(s.file()));
            }
            JsonNode track = track(t[0], t[1]);
            assertThat(track.path("slices").asInt()).as(t[0] + " " + t[1]).isEqualTo(there.size());
            assertThat(track.path("bytes").asLong()).isEqualTo(bytes);
            assertThat(track.path("seconds").asDouble()).isCloseTo(there.stream().mapToDouble(Slice::seconds).sum(),
                    within(0.002 * there.size()));
            assertThat(track.path("containers").toString()).isEqualTo("[\"ts\"]");
        }
        assertThat(track("1001", "video").path("codecs").toString()).isEqualTo("[\"h264\"]");
        assertThat(track("2002", "audio").path("codecs").toString()).isEqualTo("[\"aac\"]");
        assertThat(output("1001")).isEqualTo(cloud.key() + "__uid_s_1001_" + cloud.utc(0) + "_av.mp4");
        assertThat(output("2002")).isEqualTo(cloud.key() + "__uid_s_2002_" + cloud.utc(0.4) + ".m4a");
        assertThat(text).contains("recording " + cloud.key() + " (sid " + cloud.spec().sid() + ", cname room): finished")
                .contains("clock zero " + cloud.zero()).contains("-> " + output("1001") + " (av, ");
    }

    @Test
    void theFailoverItsPlaylistsAndTheHoleItLeftAreShown() {
        JsonNode audio = track("1001", "audio");
        String first = cloud.playlist("1001", Track.AUDIO);
        assertThat(audio.at("/playlists/0/file").asText()).isEqualTo(first);
        assertThat(audio.at("/playlists/0/ended").asBoolean()).isFalse();
        assertThat(audio.at("/playlists/1/file").asText()).isEqualTo("bak0_" + first);
        assertThat(audio.at("/playlists/1/recorder").asText()).isEqualTo("bak0");
        Slice resumed = cloud.slices("1001", Track.AUDIO).stream()
                .filter(s -> s.recorder() == 1 && s.state() == SliceState.PRESENT).findFirst()
                .orElseThrow();
        CloudFolder.Span lost = cloud.lost("1001", Track.AUDIO).get(0);
        JsonNode failover = event(audio, "failover");
        JsonNode hole = event(audio, "hole");
        assertThat(failover.path("at").asDouble()).isCloseTo(resumed.start(), within(0.001));
        assertThat(hole.path("at").asDouble()).isCloseTo(lost.start(), within(0.002));
        assertThat(hole.path("seconds").asDouble()).isCloseTo(lost.end() - lost.start(), within(0.004));
        assertThat(audio.at("/runs/1/opens").asText()).isEqualTo("failover");
        assertThat(text).contains("playlist bak0_" + first + " (failover bak0, ")
                .containsPattern("hole \\d+\\.\\d{3}-\\d+\\.\\d{3} s \\(" + String.format(java.util.Locale.ROOT,
                        "%.3f", hole.path("seconds").asDouble()).replace(".", "\\.") + " s\\): no media until bak0_.*: "
                        + "failover");
        assertThat(diagnostics()).contains("CLOUD_FAILOVER", "CLOUD_SLICE_MISSING", "CLOUD_PLAYLIST_CHOSEN");
    }

    @Test
    void theMissingSliceAndWhatItCostsAreNamed() {
        Slice gone = cloud.slices("1001", Track.VIDEO).stream().filter(s -> s.state() == SliceState.MISSING)
                .findFirst().orElseThrow();
        JsonNode video = track("1001", "video");
        assertThat(video.path("missing")).hasSize(1);
        JsonNode m = video.at("/missing/0");
        assertThat(m.path("file").asText()).isEqualTo(gone.file());
        assertThat(m.path("problem").asText()).isEqualTo("not in the folder");
        assertThat(m.path("at").asDouble()).isCloseTo(gone.start(), within(0.001));
        assertThat(m.path("seconds").asDouble()).isCloseTo(gone.seconds(), within(0.001));
        assertThat(m.path("output").asText()).isEqualTo(output("1001"));
        assertThat(event(video, "hole").path("seconds").asDouble()).isCloseTo(gone.seconds(), within(0.004));
        assertThat(text).contains("missing slice " + gone.file() + " (" + cloud.playlist("1001", Track.VIDEO))
                .contains(String.format(java.util.Locale.ROOT, "not in the folder; costs %.3f s of video at %.3f s in %s",
                        m.path("seconds").asDouble(), m.path("at").asDouble(), output("1001")));
    }

    @Test
    void anEmptySliceIsToldApartFromAnAbsentOne() {
        Slice empty = cloud.slices("2002", Track.AUDIO).stream().filter(s -> s.state() == SliceState.EMPTY)
                .findFirst().orElseThrow();
        JsonNode m = track("2002", "audio").at("/missing/0");
        assertThat(m.path("file").asText()).isEqualTo(empty.file());
        assertThat(m.path("problem").asText()).isEqualTo("empty (0 bytes)");
        assertThat(m.path("seconds").asDouble()).isCloseTo(empty.seconds(), within(0.001));
        assertThat(m.path("output").asText()).isEqualTo(output("2002"));
        assertThat(text).contains("missing slice " + empty.file() + " (" + tie + " line ");
    }

    @Test
    void theRotationIsGivenAsTaggedAndAsTheTurnThatMakesItUpright() {
        JsonNode rotations = track("1001", "video").path("rotations");
        assertThat(rotations).hasSize(1);
        assertThat(rotations.at("/0/at").asDouble()).isCloseTo(4.6, within(0.001));
        assertThat(rotations.at("/0/utc").asText()).isEqualTo(cloud.utc(4.6));
        assertThat(rotations.at("/0/degrees").asInt()).isEqualTo(90);
        assertThat(rotations.at("/0/clockwise").asInt()).isEqualTo(90);
        assertThat(text).contains("rotation at 4.600 s: ROTATE=90 (320x240), turned 90° clockwise to upright");
    }

    @Test
    void theUploadFailureCopyReadIsTheFullestWithTheHighestIndexOnATie() {
        JsonNode read = track("2002", "audio").at("/playlists/0");
        String copies = tie.replace("_3.m3u8", "");
        assertThat(read.path("file").asText()).isEqualTo(tie);
        assertThat(read.path("chosenBecause").asText()).isEqualTo("read of 3 copies: it has the higher index on a tie "
                + "(3, not 1)");
        List<String> notRead = new ArrayList<>();
        read.path("notRead").forEach(c -> notRead.add(c.path("file").asText() + ": " + c.path("why").asText()));
        int all = cloud.slices("2002", Track.AUDIO).size(); // the copies list the empty slice too
        assertThat(notRead).containsExactly(copies + "_1.m3u8: the copy read has the higher index on a tie (3, not 1)",
                copies + "_2.m3u8: the copy read lists more slices (" + all + ", not " + all / 2 + ")");
        assertThat(text).contains("not read: " + copies + "_2.m3u8 (");
    }

    @Test
    void inspectWritesNothingAndTheHtmlPageDrawsTheSameFacts() throws IOException {
        Path page = tmp.resolve("page.html");
        ConvertCliTest.Run html = ConvertCliTest.run("inspect", dir.toString(), "--html", page.toString());

        assertThat(html.exit()).as(html.err()).isZero();
        assertThat(page).content().contains("Agora Cloud Recording").contains("data-uid=\"1001\"")
                .contains(output("1001")).contains("hole ").contains("class=\"span rotation deg90\"");
        assertThat(ConvertCliTest.hashes(dir)).as("inputs untouched, nothing written beside them").isEqualTo(before);
    }

    private static JsonNode event(JsonNode track, String kind) {
        for (JsonNode e : track.path("events")) {
            if (e.path("kind").asText().equals(kind)) {
                return e;
            }
        }
        throw new AssertionError("no " + kind + " event in " + track);
    }

    private static List<String> diagnostics() {
        List<String> codes = new ArrayList<>();
        json.path("diagnostics").forEach(d -> codes.add(d.path("code").asText()));
        return codes;
    }
}
