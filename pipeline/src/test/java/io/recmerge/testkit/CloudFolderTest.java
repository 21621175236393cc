package io.recmerge.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.recmerge.testkit.CloudFolder.Slice;
import io.recmerge.testkit.CloudFolder.SliceState;
import io.recmerge.testkit.CloudUser.FaultKind;
import io.recmerge.testkit.CloudUser.Track;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The cloud folder generator writes what its spec says, and its slices carry the truth it states. */
class CloudFolderTest {

    static CloudFolder folder;
    @TempDir
    static Path tmp;

    @BeforeAll
    static void generate() {
        folder = CloudFolder.builder("kit-cloud")
                .user(CloudUser.av("1001", 0, 7).withEvents(1.0, 2.9, 5.3).rotatedAt(4.0, 90).forceCutAt(4.6)
                        .withFault(Track.AUDIO, FaultKind.FAILOVER, 2, 1)
                        .withFault(Track.VIDEO, FaultKind.MISSING, 1).withUploadCopies(Track.VIDEO))
                .user(CloudUser.av("2002", 0.5, 5).vp8().interrupted(2.5, 3.5)
                        .withFault(Track.AUDIO, FaultKind.EMPTY, 0))
                .build();
    }

    @Test
    void namesTagsAndFaultsAreAsAgoraWritesThem() throws IOException {
        Path dir = folder.dir();
        String audio = Files.readString(dir.resolve(folder.playlist("1001", Track.AUDIO)));
        assertThat(audio).startsWith("#EXTM3U").contains("#EXT-X-AGORA-TRACK-EVENT:EVENT=START,TRACK_TYPE=AUDIO,TIME="
                + folder.utc(0)).doesNotContain("ENDLIST").containsPattern("#EXTINF:\\d+\\.\\d{3}\n");
        assertThat(dir.resolve("bak0_" + folder.playlist("1001", Track.AUDIO))).content().contains("#EXT-X-ENDLIST");
        assertThat(dir.resolve(folder.playlist("1001", Track.VIDEO))).doesNotExist();
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())
                    .filter(n -> n.matches(".*__uid_e_video_\\d{13}_[12]\\.m3u8"))).hasSize(2);
        }
        assertThat(folder.slices("1001", Track.AUDIO)).extracting(Slice::state).contains(SliceState.LOST);
        assertThat(folder.slices("1001", Track.AUDIO).get(3).file()).startsWith("bak0_" + folder.key());
        Slice missing = folder.slices("1001", Track.VIDEO).get(1);
        assertThat(dir.resolve(missing.file())).doesNotExist();
        assertThat(Files.size(dir.resolve(folder.slices("2002", Track.AUDIO).get(0).file()))).isZero();
        String vp8 = Files.readString(dir.resolve(folder.playlist("2002", Track.VIDEO)));
        assertThat(vp8).contains("#EXT-X-DISCONTINUITY").contains(".webm").contains("#EXT-X-ENDLIST");
        assertThat(vp8.split("EVENT=START", -1)).hasSize(3);
    }

    @Test
    void theRotationIsTaggedOnTheSliceItStartsIn() throws IOException {
        String copy = Files.readString(folder.dir().resolve(folder.key() + "__uid_s_1001__uid_e_video_"
                + folder.zero().toEpochMilli() + "_1.m3u8"));
        assertThat(copy).contains("#EXT-X-AGORA-ROTATE:WIDTH=320,HEIGHT=240,ROTATE=90,TIME=" + folder.utc(4.0));
        assertThat(folder.rotationSpans("1001")).extracting(RotationSpan::degrees).containsExactly(0, 90);
    }

    @Test
    void eachSliceStartsWhereItsNameSaysOnTheTracksOwnTimestamps() {
        for (Track t : List.of(Track.AUDIO, Track.VIDEO)) {
            List<Slice> present = folder.slices("1001", t).stream().filter(s -> s.state() == SliceState.PRESENT
                    && s.recorder() == 0).toList();
            double origin = firstPts(folder.dir().resolve(present.get(0).file()));
            for (Slice s : present) {
                assertThat(firstPts(folder.dir().resolve(s.file())) - origin).as(s.file())
                        .isCloseTo(s.start() - present.get(0).start(), within(0.002));
            }
        }
    }

    @Test
    void onlyTheForceCutSliceStartsWithoutAKeyFrame() {
        List<Slice> video = folder.slices("1001", Track.VIDEO);
        assertThat(video.stream().filter(s -> !s.keyFrame()).map(Slice::start).toList())
                .singleElement().satisfies(t -> assertThat(t).isCloseTo(4.6, within(0.07)));
        Slice cut = video.stream().filter(s -> !s.keyFrame()).findFirst().orElseThrow();
        assertThat(FfmpegTool.ffprobe(List.of("-select_streams", "v", "-show_entries", "packet=flags", "-of", "csv=p=0",
                folder.dir().resolve(cut.file()).toString())).stdoutText().strip()).doesNotStartWith("K");
    }

    @Test
    void theJoinedAudioSlicesCarryTheBeepsAtTheirTimes() throws IOException {
        List<Slice> first = folder.slices("1001", Track.AUDIO).stream().filter(s -> s.recorder() == 0).toList();
        Path joined = tmp.resolve("joined.ts");
        try (OutputStream out = Files.newOutputStream(joined)) {
            for (Slice s : first) {
                Files.copy(folder.dir().resolve(s.file()), out);
            }
        }
        List<Double> expected = new ArrayList<>(folder.beeps("1001").stream().filter(b -> b < first.get(1).end())
                .toList());
        assertThat(expected).containsExactly(1.0, 2.933333333);
        List<Double> heard = MediaMeasure.beepOnsets(joined);
        assertThat(heard).hasSize(2);
        for (int i = 0; i < 2; i++) {
            // The TS keeps the AAC priming frame, so the beep decodes one frame (21.3 ms) late.
            assertThat(heard.get(i)).isCloseTo(expected.get(i) + 1024 / 48000.0, within(0.01));
        }
        assertThat(folder.beeps("1001")).as("the beep in the failover's hole is gone").hasSize(2);
        assertThat(folder.flashes("1001")).as("the flash in the missing video slice is gone").hasSize(2);
    }

    private static double firstPts(Path slice) {
        String csv = FfmpegTool.ffprobe(List.of("-show_entries", "packet=pts_time", "-of", "csv=p=0",
                slice.toString())).stdoutText();
        return csv.lines().filter(l -> !l.isBlank() && !l.startsWith("N/A")).mapToDouble(l -> Double.parseDouble(
                l.replace(",", "").strip())).min().orElseThrow();
    }
}
