package io.recmerge.convert;

import static org.assertj.core.api.Assertions.assertThat;

import io.recmerge.cloud.CloudName;
import io.recmerge.diag.Code;
import io.recmerge.report.OutputOutcome;
import io.recmerge.report.SessionResult;
import io.recmerge.testkit.FfmpegTool;
import io.recmerge.testkit.GeneratedSession;
import io.recmerge.testkit.RecordingFactory;
import io.recmerge.testkit.SampleGenerator;
import io.recmerge.testkit.UserSessionSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Cloud recording folders cut from the test kit's on-premise media (beeps, flashes, a rotation):
 * every file becomes 3-second slices with Agora's names and tags on one UTC clock, converted and
 * measured like on-premise outputs.
 */
class CloudConvertTest {

    private static final Instant T0 = Instant.parse("2024-03-05T10:00:00Z");
    private static final String KEY = "sid42_room";

    @TempDir
    static Path tmp;
    private static Path cloud;
    private static GeneratedSession multi;

    @BeforeAll
    static void cutSlices() throws IOException {
        multi = RecordingFactory.cached(SampleGenerator.multiUser());
        cloud = Files.createDirectories(tmp.resolve("cloud"));
        for (UserSessionSpec u : multi.spec().users()) {
            audio(u);
            u.video().forEach(v -> track(u.uid(), "video", multi.file(v.fileName()), v.info(), "ts",
                    u.uid().equals("4004") ? 5.0 : -1));
        }
    }

    private static void audio(UserSessionSpec u) throws IOException {
        List<Slice> slices = track(u.uid(), "audio", multi.file(u.audio().get(0).fileName()), 0, "ts", -1);
        if (u.uid().equals("1001")) { // a failover: the first recorder's playlist is cut off, bak0_ goes on
            String name = KEY + "__uid_s_1001__uid_e_audio";
            List<Slice> rest = new ArrayList<>();
            for (Slice s : slices.subList(2, slices.size())) {
                Files.move(cloud.resolve(s.file()), cloud.resolve("bak0_" + s.file()));
                rest.add(new Slice("bak0_" + s.file(), s.start(), s.seconds()));
            }
            write(name + ".m3u8", slices.subList(0, 2), -1, false);
            write("bak0_" + name + ".m3u8", rest, -1, true);
        }
    }

    record Slice(String file, double start, double seconds) { }

    private static List<Slice> track(String uid, String type, Path source, double start, String ext, double rotateAt) {
        String name = KEY + "__uid_s_" + uid + "__uid_e_" + type;
        Path parts = tmp.resolve(name);
        try {
            Files.createDirectories(parts);
            FfmpegTool.ffmpeg(List.of("-v", "error", "-i", source.toString(), "-c", "copy", "-f", "segment",
                    "-segment_time", "3", "-segment_format", ext.equals("ts") ? "mpegts" : "webm",
                    "-segment_list", parts.resolve("list.csv").toString(), "-segment_list_type", "csv",
                    parts.resolve("%03d." + ext).toString()));
            List<Slice> slices = new ArrayList<>();
            for (String line : Files.readAllLines(parts.resolve("list.csv"))) {
                String[] f = line.split(",");
                double from = start + Double.parseDouble(f[1]);
                String file = name + "_" + CloudName.format(T0.plusMillis(Math.round(from * 1000))) + "." + ext;
                Files.copy(parts.resolve(f[0]), cloud.resolve(file));
                slices.add(new Slice(file, from, Double.parseDouble(f[2]) - Double.parseDouble(f[1])));
            }
            write(name + ".m3u8", slices, rotateAt, true);
            return slices;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void write(String playlist, List<Slice> slices, double rotateAt, boolean ended) throws IOException {
        StringBuilder s = new StringBuilder("#EXTM3U\n#EXT-X-VERSION:3\n#EXT-X-TARGETDURATION:4\n");
        for (int i = 0; i < slices.size(); i++) {
            Slice x = slices.get(i);
            if (i == 0 && !playlist.startsWith("bak")) {
                s.append("#EXT-X-AGORA-TRACK-EVENT:EVENT=START,TRACK_TYPE=AUDIO,TIME=").append(utc(x.start())).append('\n');
            }
            if (rotateAt >= 0 && x.start() <= rotateAt && rotateAt < x.start() + x.seconds()) {
                s.append("#EXT-X-AGORA-ROTATE:WIDTH=320,HEIGHT=240,ROTATE=90,TIME=").append(utc(rotateAt)).append('\n');
            }
            s.append(String.format(Locale.ROOT, "#EXTINF:%.3f%n%s%n", x.seconds(), x.file()));
        }
        Files.writeString(cloud.resolve(playlist), s + (ended ? "#EXT-X-ENDLIST\n" : ""));
    }

    private static String utc(double seconds) {
        return CloudName.format(T0.plusMillis(Math.round(seconds * 1000)));
    }

    @Test
    void everyUserIsWrittenInSyncOnTheRecordingsUtcClock() throws Exception {
        SessionResult result = Harness.convert(cloud, tmp.resolve("out"));
        assertThat(result.outcomes()).hasSize(3);
        assertThat(result.diagnostics()).anyMatch(d -> d.code() == Code.CLOUD_FAILOVER);
        for (OutputOutcome o : result.outcomes()) {
            assertThat(o).isInstanceOf(OutputOutcome.Written.class);
            OutputOutcome.Written w = (OutputOutcome.Written) o;
            Path file = tmp.resolve("out").resolve(w.plan().fileName());
            UserSessionSpec u = multi.user(w.plan().uid());
            if (u.video().isEmpty()) {
                OutputAssert.assertAudioOnly(file, w.plan().sessionOffset(), u.beeps());
            } else {
                OutputAssert.assertPlayableMp4(file, 15);
                OutputAssert.assertInSync(file, w.plan().sessionOffset(), u.beeps(), u.flashes(), 15);
            }
        }
        assertThat(tmp.resolve("out").resolve(".recmerge-cloud")).doesNotExist();
    }
}
