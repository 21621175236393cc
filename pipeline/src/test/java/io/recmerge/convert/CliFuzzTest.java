package io.recmerge.convert;

import static org.assertj.core.api.Assertions.assertThat;

import io.recmerge.testkit.AudioSpec;
import io.recmerge.testkit.Container;
import io.recmerge.testkit.Damage;
import io.recmerge.testkit.GeneratedSession;
import io.recmerge.testkit.RecordingFactory;
import io.recmerge.testkit.SessionSpec;
import io.recmerge.testkit.UserSessionSpec;
import io.recmerge.testkit.VideoSpec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seeded fuzz rounds through the whole CLI on real folders (docs/testing.md, tier 3): metadata lines
 * mutated the ways crashed and hostile files go wrong, sometimes a damaged media file too. The
 * contract: exit 0, 2 or 3, no stack trace on the terminal, no partial file, inputs unchanged.
 * The parser/timeline/planner fuzz with hundreds of rounds is metadata/MetadataFuzzTest; this one
 * adds what only the real pipeline has (probe, decode check, render, verify, manifest, inspect).
 * A failure names the seed, the round and the mutations, so it can be replayed.
 */
class CliFuzzTest {

    private static final long SEED = 0x4EC0_2026_0404L;
    private static final int ROUNDS = 24;
    private static final String STAMP = "20261123101500";

    private static final List<String> TIMES = List.of("-1", "-0.001", "NaN", "Infinity", "1e308", "abc", "",
            "99999999999.999", "10000000.000", "9999999.000", "3600.000", "0", "0.0000001", "1,5", "2.5", "4.000");
    private static final List<String> VALUES = List.of("0", "-1", "99999", "16385", "1e308", "NaN", "45", "90",
            "180", "270", "-90", "450", "", "x", "2147483648");
    private static final List<String> EVENTS = List.of("mute", "unmute", "leave", "INFO", "Close", "rotate", "",
            "codecswitch", "create");
    private static final List<String> HOSTILE = List.of("../x.aac", "/etc/passwd", "a\\b.mp4", "a\u0000b.mp4",
            "x\u001b[2J.aac", ".hidden.mp4", "-i.mp4", "recording2-done.txt", "uid_2002_" + STAMP + ".mp4",
            "uid_1001_" + STAMP + ".txt", "..", "z".repeat(300) + ".aac", "nothere.mp4");

    @TempDir
    Path tmp;

    /** Two short A/V users, so that a round costs about a second. */
    static SessionSpec base() {
        return new SessionSpec("fuzz-cli", List.of(user("1001"), user("2002")), true);
    }

    private static UserSessionSpec user(String uid) {
        String base = UserSessionSpec.baseName(uid, STAMP);
        return UserSessionSpec.of(uid, STAMP, List.of(AudioSpec.mono(base + ".aac", 0, 3, List.of(1.2))),
                List.of(VideoSpec.of(base + ".mp4", Container.MP4_H264, 0.2, 0.4, 2.6, List.of(1.2))));
    }

    @Test
    void fuzzedFoldersNeverCrashTheCliNorLeavePartialFilesNorTouchTheInputs() throws Exception {
        Random random = new Random(SEED);
        for (int round = 0; round < ROUNDS; round++) {
            GeneratedSession s = RecordingFactory.write(base(), tmp.resolve("in" + round));
            List<String> applied = mutate(s, random);
            Map<String, String> before = ConvertCliTest.hashes(s.dir());
            Path out = tmp.resolve("out" + round);
            boolean inspect = round % 4 == 3;
            ConvertCliTest.Run run = inspect
                    ? ConvertCliTest.run("inspect", s.dir().toString(), "--json")
                    : ConvertCliTest.run("convert", s.dir().toString(), "-o", out.toString(), "--force");
            String where = "seed " + SEED + " round " + round + " " + applied + "\nstderr: " + run.err();
            System.out.printf("fuzz round %d: %s exit %d after %s%n", round, inspect ? "inspect" : "convert",
                    run.exit(), applied);

            assertThat(run.exit()).as(where).isIn(inspect ? List.of(0) : List.of(0, 2, 3));
            assertThat(run.err()).as(where).doesNotContain("Exception").doesNotContain("\tat ");
            assertThat(partialFiles(out)).as(where).isEmpty();
            assertThat(ConvertCliTest.hashes(s.dir())).as(where + " inputs unchanged").isEqualTo(before);
            if (!inspect && run.exit() != 3) {
                assertThat(run.out().lines()).as(where).isNotEmpty()
                        .allSatisfy(line -> assertThat(Path.of(line)).as(where).isRegularFile());
            }
        }
    }

    /** Mutates the metadata files (always) and one media file (now and then); returns what was done. */
    private static List<String> mutate(GeneratedSession s, Random random) throws IOException {
        List<String> applied = new ArrayList<>();
        for (String uid : List.of("1001", "2002")) {
            if (uid.equals("1001") || random.nextBoolean()) {
                Path meta = s.file(UserSessionSpec.baseName(uid, STAMP) + ".txt");
                List<String> lines = new ArrayList<>(Files.readAllLines(meta, StandardCharsets.UTF_8));
                for (int n = 1 + random.nextInt(4); n > 0; n--) {
                    applied.add(uid + ":" + mutateLines(lines, random));
                }
                Files.writeString(meta, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
            }
        }
        if (random.nextInt(4) == 0) {
            applied.add(damageMedia(s, random));
        }
        return applied;
    }

    private static String mutateLines(List<String> lines, Random random) {
        if (lines.isEmpty()) {
            lines.add("");
        }
        int at = random.nextInt(lines.size());
        String line = lines.get(at);
        switch (random.nextInt(12)) {
            case 0 -> lines.set(at, line.substring(0, random.nextInt(line.length() + 1)));
            case 1 -> lines.set(at, junk(line, random));
            case 2 -> lines.set(at, field(line, 0, pick(TIMES, random)));
            case 3 -> lines.set(at, value(line, pick(VALUES, random), random));
            case 4 -> lines.set(at, field(line, 2, pick(EVENTS, random)));
            case 5 -> lines.add(at, line);
            case 6 -> Collections.shuffle(lines, random);
            case 7 -> lines.set(at, field(line, 1, pick(HOSTILE, random)));
            case 8 -> lines.add(at, random.nextBoolean() ? "new session started" : "0.500 " + line.split(" ", -1)[
                    Math.min(1, line.split(" ", -1).length - 1)] + " rotate rotation=" + 90 * random.nextInt(4));
            case 9, 10 -> lines.remove(at); // a crash cut a line (or the file) short
            default -> lines.clear();
        }
        return lines.isEmpty() ? "emptied" : "line " + at + " -> " + io.recmerge.metadata.FileNames.printable(
                lines.get(Math.min(at, lines.size() - 1)), 120);
    }

    private static String damageMedia(GeneratedSession s, Random random) throws IOException {
        String uid = random.nextBoolean() ? "1001" : "2002";
        Path file = s.file(UserSessionSpec.baseName(uid, STAMP) + (random.nextBoolean() ? ".mp4" : ".aac"));
        switch (random.nextInt(4)) {
            case 0 -> Files.write(file, new byte[0]);
            case 1 -> Damage.randomBytes(file, 1 + random.nextInt(20_000), random.nextLong());
            case 2 -> Damage.scramblePayload(file, random.nextLong());
            default -> Files.delete(file);
        }
        return "damaged " + file.getFileName();
    }

    private static String junk(String line, Random random) {
        String chars = "\u0000\u0001\u0007\t\r\u001b\u007f \u00e9\u202e\uFEFF\uFFFD=/.\\-";
        int at = random.nextInt(line.length() + 1);
        return line.substring(0, at) + chars.charAt(random.nextInt(chars.length())) + line.substring(at);
    }

    private static String field(String line, int index, String value) {
        String[] fields = line.split(" ", -1);
        if (fields.length <= index) {
            return line + " " + value;
        }
        fields[index] = value;
        return String.join(" ", fields);
    }

    /** Replaces the value of one key (the first value of a key wins), or appends the key. */
    private static String value(String line, String value, Random random) {
        String key = pick(List.of("rotation", "width", "height", "channels"), random);
        return line.contains(key + "=") ? line.replaceFirst(key + "=\\S*", key + "=" + value)
                : line + " " + key + "=" + value;
    }

    private static String pick(List<String> from, Random random) {
        return from.get(random.nextInt(from.size()));
    }

    private static List<String> partialFiles(Path out) throws IOException {
        if (!Files.exists(out)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(out)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".partial")).toList();
        }
    }
}
