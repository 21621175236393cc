package io.recmerge.convert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.recmerge.testkit.FfmpegTool;
import io.recmerge.testkit.MediaMeasure;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Damaged ADTS on the real ffmpeg: 800 bytes overwritten in the middle of an .aac. Without care the
 * sound after the damage plays early by the frames lost (ADTS has no timestamps); recmerge fills
 * the stretch with silence so every beep stays at its session time, and where the loss cannot be
 * measured it says so and marks the output partial (exit 2).
 */
class DamagedAudioTest {

    static final String BASE = "uid_1001_20261123101500";
    static final List<Double> BEEPS = List.of(1.0, 2.3, 3.7, 5.2, 6.6);
    static final double SECONDS = 8;
    /** One AAC frame at 48 kHz, plus the 2 ms of the beep detector's windows. */
    static final double ONE_FRAME = 1024.0 / 48000 + 0.002;

    @TempDir
    Path tmp;

    /** 1 kHz beeps over low noise (-34 dBFS: speech-like steady frame sizes), 8 s, 32 kbit/s ADTS. */
    private Path folder(String name, boolean noise) throws Exception {
        Path dir = Files.createDirectories(tmp.resolve(name));
        List<String> terms = new ArrayList<>();
        BEEPS.forEach(b -> terms.add(String.format(Locale.ROOT, "between(t\\,%.3f\\,%.3f)", b, b + 0.1)));
        String expr = "if(" + String.join("+", terms) + "\\,0.5*sin(2*PI*1000*t)\\,0)"
                + (noise ? "+0.02*(2*random(0)-1)" : "");
        FfmpegTool.ffmpeg(List.of("-filter_complex", "aevalsrc=exprs='" + expr + "':s=48000:d=" + SECONDS
                + ":c=mono[a]", "-map", "[a]", "-c:a", "aac", "-b:a", "32k", "-fflags", "+bitexact", "-f", "adts",
                "-y", dir.resolve(BASE + ".aac").toString()));
        Files.writeString(dir.resolve(BASE + ".txt"), "0.000 " + BASE + ".aac create\n0.000 " + BASE
                + ".aac info channels=1\n8.000 " + BASE + ".aac close\n", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("recording2-done.txt"), "");
        return dir;
    }

    /** Overwrites 800 bytes from {@code fraction} of the file on with seeded random bytes. */
    private static void damage(Path aac, double fraction) throws Exception {
        byte[] b = Files.readAllBytes(aac);
        byte[] junk = new byte[800];
        new Random(8).nextBytes(junk);
        System.arraycopy(junk, 0, b, (int) (b.length * fraction), junk.length);
        Files.write(aac, b);
    }

    @Test
    void silenceFillsTheDamagedStretchSoEveryBeepAfterItIsAtItsSessionTime() throws Exception {
        Path dir = folder("measured", true);
        Path aac = dir.resolve(BASE + ".aac");
        Path intact = Files.copy(aac, tmp.resolve("intact.aac"));
        damage(aac, 0.5);
        List<Double> raw = MediaMeasure.beepOnsets(aac);
        assertThat(raw.get(4) - 6.6).as("the symptom: played as is, the last beep comes early").isLessThan(-0.1);
        Path out = tmp.resolve("out");

        ConvertCliTest.Run run = ConvertCliTest.run("convert", dir.toString(), "-o", out.toString());

        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode manifest = new ObjectMapper().readTree(out.resolve("manifest.json").toFile());
        JsonNode damaged = diagnostic(manifest, "AUDIO_DAMAGED");
        String message = damaged.path("message").asText();
        System.out.println(message);
        java.util.regex.Matcher lost = java.util.regex.Pattern.compile("about (\\d+) frames").matcher(message);
        assertThat(lost.find()).as(message).isTrue();
        assertThat(Integer.parseInt(lost.group(1))).as("estimated vs true loss: the intact file's frames less the "
                + "damaged one's").isCloseTo(packets(intact) - packets(aac), within(1));
        JsonNode output = manifest.path("outputs").get(0);
        List<Double> heard = MediaMeasure.beepOnsets(out.resolve(output.path("file").asText()));
        double offset = output.path("sessionOffset").asDouble();
        System.out.printf(Locale.ROOT, "damaged .aac: raw beeps %s, output beeps %s (offset %.3f)%n", raw, heard, offset);
        assertThat(heard).hasSameSizeAs(BEEPS);
        for (int i = 0; i < BEEPS.size(); i++) {
            assertThat(heard.get(i)).as("beep %d at its session time", i).isCloseTo(BEEPS.get(i) - offset,
                    within(ONE_FRAME));
        }
    }

    @Test
    void aLossThatCannotBeMeasuredMarksTheOutputPartialAndExits2() throws Exception {
        Path dir = folder("unmeasured", false);
        Path aac = dir.resolve(BASE + ".aac");
        // Digital silence codes into frames of a few bytes, a beep into ~150: damage where one meets the other.
        damage(aac, 0.6);
        Path out = tmp.resolve("out");

        ConvertCliTest.Run run = ConvertCliTest.run("convert", dir.toString(), "-o", out.toString());

        assertThat(run.exit()).as(run.err()).isEqualTo(2);
        JsonNode manifest = new ObjectMapper().readTree(out.resolve("manifest.json").toFile());
        assertThat(diagnostic(manifest, "AUDIO_DAMAGE_UNMEASURED").path("message").asText())
                .contains(" bytes) after ").contains("too uncertain");
        assertThat(diagnostic(manifest, "OUTPUT_PARTIAL").path("message").asText())
                .contains("whose sync after a damaged stretch is uncertain");
        assertThat(manifest.path("outputs").get(0).path("partial").asBoolean()).isTrue();
    }

    private static int packets(Path aac) {
        FfmpegTool.Result r = FfmpegTool.ffprobe(List.of("-count_packets", "-show_entries", "stream=nb_read_packets",
                "-of", "csv=p=0", aac.toString()));
        return Integer.parseInt(new String(r.stdout(), StandardCharsets.UTF_8).strip());
    }

    private static JsonNode diagnostic(JsonNode manifest, String code) {
        for (JsonNode d : manifest.path("diagnostics")) {
            if (d.path("code").asText().equals(code)) {
                return d;
            }
        }
        throw new AssertionError("no " + code + " in " + manifest.path("diagnostics"));
    }
}
