package io.recmerge.metadata;

import static org.assertj.core.api.Assertions.assertThat;

import io.recmerge.diag.Diagnostic;
import io.recmerge.plan.Canvas;
import io.recmerge.plan.Gaps;
import io.recmerge.plan.LeadingBlank;
import io.recmerge.plan.MediaPiece;
import io.recmerge.plan.Mode;
import io.recmerge.plan.PlanRequest;
import io.recmerge.plan.PlannedOutput;
import io.recmerge.plan.Planner;
import io.recmerge.plan.TimelineBuilder;
import io.recmerge.plan.UserTimeline;
import io.recmerge.probe.MediaFacts;
import io.recmerge.probe.StreamFacts;
import io.recmerge.profile.Profile;
import io.recmerge.profile.ProfileCatalog;
import io.recmerge.profile.ProfileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A seeded fuzz loop over metadata lines (docs/testing.md, tier 3, run as a pure test): valid files are
 * mutated the ways real and hostile files go wrong, and the parser, the timeline builder and the
 * planner must answer with diagnostics or nothing, never with an exception. A failure names the
 * seed, the round and the text, so it can be replayed.
 */
class MetadataFuzzTest {

    private static final long SEED = 0x5EC0_2026_1123L;
    private static final int ROUNDS = 500;
    private static final Path DIR = Path.of("/rec/20261123/fuzz_101500");
    private static final Set<Integer> QUARTER_TURNS = Set.of(0, 90, 180, 270);

    private static final String A = "uid_7_20261123101500.aac";
    private static final String A2 = "uid_7_20261123101500_2.aac";
    private static final String V = "uid_7_20261123101500_1.mp4";
    private static final String W = "uid_7_20261123101500_2.webm";
    private static final String T = "uid_7_20261123101500_3.ts";

    private static final List<String> VALID = List.of(
            "0.000 " + A + " create",
            "0.000 " + A + " info channels=1",
            "0.120 " + V + " create",
            "1.200 " + V + " info width=640 height=480 rotation=0",
            "3.000 " + V + " rotate rotation=90",
            "5.000 " + V + " rotate rotation=180",
            "6.400 " + V + " rotate rotation=270",
            "8.000 " + V + " close",
            "8.100 " + W + " create",
            "8.900 " + W + " info width=320 height=240 rotation=90 codecswitch",
            "12.000 " + W + " close",
            "new session started",
            "12.500 " + A2 + " create",
            "12.500 " + A2 + " info channels=2",
            "13.000 " + T + " create",
            "13.400 " + T + " info width=1280 height=720 rotation=0",
            "20.000 " + A + " close",
            "20.000 " + A2 + " close");

    private static final List<String> HOSTILE = List.of("../x.mp4", "a/b.mp4", "a\\b.mp4", "a\u0000b.mp4",
            ".uid_7.mp4", "-i.mp4", "..", "/etc/passwd", "x\u001b[2J.aac", "y\u007f.webm", "z".repeat(300) + ".mp4");
    private static final List<String> NUMBERS = List.of("-1", "-0.001", "NaN", "Infinity", "1e308", "abc",
            "99999999999.999", "10000000.000", "0", "", "-90", "450", "45", "2147483648", "9".repeat(40),
            "0.0000001", "3.5", "16384", "16385", "1,5");
    private static final List<String> EVENTS = List.of("create", "info", "rotate", "close", "mute", "unmute",
            "leave", "INFO", "rotate2", "", "codecswitch");
    private static final String JUNK = "\u0000\u0001\u0007\t\r\u001b\u007f \u00e9\u2028\uFEFF\uFFFD=/.\\-";

    private static Profile mp4;
    private static Profile m4a;
    private static Profile webm;

    @BeforeAll
    static void profiles() throws ProfileException {
        ProfileCatalog catalog = ProfileCatalog.load();
        mp4 = catalog.resolve("mp4-h264-aac");
        m4a = catalog.resolve("m4a-aac");
        webm = catalog.resolve("webm-vp9-opus");
    }

    @Test
    void fuzzedMetadataNeverThrowsAndOnlyYieldsSaneEventsAndPrintableMessages() {
        Random random = new Random(SEED);
        for (int round = 0; round < ROUNDS; round++) {
            String text = mutate(random);
            MetadataFile meta = parseOrFail(round, text);
            checkEvents(round, text, meta);
        }
    }

    /**
     * The whole pure chain on fuzzed input, with one known crash taken out of the input (rotate
     * events of one file at the same time; see the disabled test below) so the rest keeps being
     * covered until it is fixed.
     */
    @Test
    void fuzzedMetadataNeverBreaksTheTimelineOrThePlannerApartFromTheKnownSameTimeRotateBug() {
        Random random = new Random(SEED);
        for (int round = 0; round < ROUNDS; round++) {
            String text = mutate(random);
            MetadataFile meta = withoutSameTimeRotates(parseOrFail(round, text));
            planOrFail(round, text, meta, random);
        }
    }

    @Test
    void fuzzedMetadataNeverBreaksTheTimelineOrThePlanner() {
        Random random = new Random(SEED);
        for (int round = 0; round < ROUNDS; round++) {
            String text = mutate(random);
            planOrFail(round, text, parseOrFail(round, text), random);
        }
    }

    private static MetadataFile parseOrFail(int round, String text) {
        try {
            return MetadataParser.parse(DIR.resolve("uid_7_20261123101500.txt"), "7", "20261123101500", text);
        } catch (RuntimeException e) {
            throw new AssertionError(replay(round, text) + " parse threw " + e, e);
        }
    }

    private static void checkEvents(int round, String text, MetadataFile meta) {
        for (MetadataEvent e : meta.events()) {
            String where = replay(round, text) + " event " + e;
            assertThat(Double.isFinite(e.time()) && e.time() >= 0 && e.time() <= 1e7).as(where).isTrue();
            if (e instanceof MetadataEvent.FileEvent f) {
                assertThat(FileNames.problem(f.file())).as(where).isEmpty();
            }
            if (e instanceof MetadataEvent.Rotate r) {
                assertThat(QUARTER_TURNS).as(where).contains(r.degrees());
            }
            if (e instanceof MetadataEvent.Info i) {
                i.rotation().ifPresent(deg -> assertThat(QUARTER_TURNS).as(where).contains(deg));
                i.width().ifPresent(w -> assertThat(w).as(where).isBetween(16, 16384));
                i.height().ifPresent(h -> assertThat(h).as(where).isBetween(16, 16384));
                i.channels().ifPresent(c -> assertThat(c).as(where).isBetween(1, 8));
            }
        }
        for (int i = 1; i < meta.events().size(); i++) {
            assertThat(meta.events().get(i).time()).as(replay(round, text) + " events in time order")
                    .isGreaterThanOrEqualTo(meta.events().get(i - 1).time());
        }
        for (Diagnostic d : meta.diagnostics()) {
            assertThat(d.message()).as(replay(round, text) + " printable message")
                    .doesNotContainPattern("[\\x00-\\x1f\\x7f]");
            d.file().ifPresent(f -> assertThat(FileNames.problem(f)).as(replay(round, text) + " " + d).isEmpty());
        }
    }

    private static void planOrFail(int round, String text, MetadataFile meta, Random random) {
        Map<String, MediaFacts> facts = facts(meta, random);
        PlanRequest request = request(random);
        try {
            UserTimeline timeline = withAudibleStarts(TimelineBuilder.build(meta, facts), random);
            Optional<PlannedOutput> out = Planner.plan(timeline, request);
            boolean carried = !timeline.audio().isEmpty() && request.mode() != Mode.UID_VIDEO
                    || !timeline.video().isEmpty() && request.profile().video().isPresent()
                    && request.mode() != Mode.UID_AUDIO;
            assertThat(out.isPresent()).as(replay(round, text) + " an output exactly when the profile can carry a piece")
                    .isEqualTo(carried);
            out.ifPresent(o -> checkPlan(round, text, timeline, o));
        } catch (RuntimeException e) {
            throw new AssertionError(replay(round, text) + " facts " + facts.keySet() + " threw " + e, e);
        }
    }

    private static void checkPlan(int round, String text, UserTimeline timeline, PlannedOutput out) {
        String where = replay(round, text);
        assertThat(out.duration()).as(where).isPositive().isFinite();
        assertThat(out.sessionOffset()).as(where).isGreaterThanOrEqualTo(0).isFinite();
        List<String> pieces = new ArrayList<>();
        timeline.audio().stream().map(MediaPiece::name).forEach(pieces::add);
        timeline.video().stream().map(MediaPiece::name).forEach(pieces::add);
        assertThat(pieces).as(where).containsAll(out.sources());
        assertThat(out.plan().command().args()).as(where).allSatisfy(arg -> assertThat(arg)
                .doesNotContain("Infinity").doesNotContain("NaN").doesNotContainPattern("[\\x00-\\x1f]"));
        assertThat(out.finalFile().getParent()).as(where).isEqualTo(DIR.resolve("converted"));
    }

    /** Half the time, the silence analysis found sound somewhere in each audio piece (or none at all). */
    private static UserTimeline withAudibleStarts(UserTimeline t, Random random) {
        if (random.nextBoolean()) {
            return t;
        }
        List<MediaPiece> audio = t.audio().stream()
                .map(p -> p.withAudibleFrom(p.start() + random.nextDouble() * p.duration() * 1.2)).toList();
        return new UserTimeline(t.uid(), t.stamp(), t.baseName(), audio, t.video(), t.diagnostics());
    }

    /** Synthetic probe facts for the named files; some missing, some empty, some odd. */
    private static Map<String, MediaFacts> facts(MetadataFile meta, Random random) {
        Map<String, MediaFacts> facts = new HashMap<>();
        for (String name : meta.mediaFiles()) {
            int dice = random.nextInt(10);
            if (dice == 0) {
                continue; // not probed (missing or failed): already reported upstream
            }
            Path file = DIR.resolve(name);
            double seconds = dice == 1 ? 0 : random.nextDouble() * 30;
            OptionalDouble start = OptionalDouble.of(random.nextInt(4) == 0 ? random.nextDouble() : 0);
            boolean streamDuration = random.nextBoolean();
            StreamFacts stream;
            String format;
            if (name.endsWith(".aac") || dice == 2) {
                format = "aac";
                stream = new StreamFacts(0, "audio", "aac", Optional.of("LC"), Optional.of("fltp"), 0, 0,
                        OptionalDouble.empty(), random.nextBoolean() ? 48000 : 0, random.nextInt(3), start,
                        streamDuration ? OptionalDouble.of(seconds) : OptionalDouble.empty(), OptionalInt.empty(),
                        OptionalInt.empty());
            } else if (dice == 3) {
                format = "data";
                stream = new StreamFacts(0, "data", "bin", Optional.empty(), Optional.empty(), 0, 0,
                        OptionalDouble.empty(), 0, 0, start, OptionalDouble.of(seconds), OptionalInt.empty(),
                        OptionalInt.empty());
            } else {
                boolean webmFile = name.endsWith(".webm");
                format = webmFile ? "matroska,webm" : name.endsWith(".ts") ? "mpegts" : "mov,mp4,m4a,3gp,3g2,mj2";
                int w = random.nextInt(5) == 0 ? random.nextInt(2000) : 640;
                int h = random.nextInt(5) == 0 ? random.nextInt(2000) : 480;
                OptionalDouble fps = random.nextBoolean() ? OptionalDouble.of(1 + random.nextInt(240))
                        : OptionalDouble.empty();
                stream = new StreamFacts(0, "video", webmFile ? "vp8" : "h264", Optional.empty(),
                        random.nextBoolean() ? Optional.of("yuv420p") : Optional.empty(), w, h, fps, 0, 0, start,
                        streamDuration ? OptionalDouble.of(seconds) : OptionalDouble.empty(), OptionalInt.empty(),
                        OptionalInt.empty());
            }
            facts.put(name, new MediaFacts(file, format, OptionalDouble.of(seconds), OptionalDouble.of(0),
                    List.of(stream)));
        }
        return facts;
    }

    /** Every profile, mode, lead-in policy and gap choice, with and without --fps/--size. */
    private static PlanRequest request(Random random) {
        Path out = DIR.resolve("converted");
        Profile profile = List.of(mp4, mp4, webm, m4a).get(random.nextInt(4));
        Profile audioOnly = profile == mp4 ? m4a : profile;
        boolean forced = random.nextInt(4) == 0;
        return new PlanRequest(profile, audioOnly, out,
                forced ? OptionalDouble.of(5 + random.nextInt(116)) : OptionalDouble.empty(),
                forced ? Optional.of(new Canvas(2 + 2 * random.nextInt(960), 2 + 2 * random.nextInt(540)))
                        : Optional.empty(),
                pick(Mode.values(), random), pick(LeadingBlank.values(), random), pick(Gaps.values(), random));
    }

    private static <T> T pick(T[] values, Random random) {
        return values[random.nextInt(values.length)];
    }

    /** Keeps the first of several rotate events of one file at one time (the known bug's trigger). */
    private static MetadataFile withoutSameTimeRotates(MetadataFile meta) {
        Set<String> seen = new HashSet<>();
        List<MetadataEvent> kept = new ArrayList<>();
        for (MetadataEvent e : meta.events()) {
            if (!(e instanceof MetadataEvent.Rotate r) || seen.add(r.file() + "@" + r.time())) {
                kept.add(e);
            }
        }
        return new MetadataFile(meta.path(), meta.uid(), meta.stamp(), kept, meta.diagnostics());
    }

    // ---- mutations ----

    static String mutate(Random random) {
        List<String> lines = new ArrayList<>(VALID);
        int count = 1 + random.nextInt(6);
        for (int i = 0; i < count; i++) {
            int at = random.nextInt(lines.size());
            String line = lines.get(at);
            switch (random.nextInt(11)) {
                case 0 -> lines.set(at, line.substring(0, random.nextInt(line.length() + 1)));
                case 1 -> lines.set(at, insertJunk(line, random));
                case 2 -> lines.set(at, replaceField(line, 0, pick(NUMBERS, random)));
                case 3 -> lines.set(at, replaceValue(line, pick(NUMBERS, random), random));
                case 4 -> lines.set(at, replaceField(line, 2, pick(EVENTS, random)));
                case 5 -> lines.add(at, line);
                case 6 -> Collections.shuffle(lines, random);
                case 7 -> lines.set(at, replaceField(line, 1, pick(HOSTILE, random)));
                case 8 -> lines.add(at, random.nextBoolean() ? "new session started" : "");
                case 9 -> lines.add(at, sameTimeRotate(line, random));
                default -> lines.set(at, line + " " + pick(List.of("rotation=", "width=", "x=1", "=", "codecswitch",
                        "rotation=" + (90 * random.nextInt(9) - 360)), random));
            }
            if (lines.isEmpty()) {
                lines.add("");
            }
        }
        String separator = random.nextInt(4) == 0 ? "\r\n" : "\n";
        return String.join(separator, lines) + (random.nextBoolean() ? separator : "");
    }

    private static String pick(List<String> from, Random random) {
        return from.get(random.nextInt(from.size()));
    }

    private static String insertJunk(String line, Random random) {
        StringBuilder junk = new StringBuilder();
        for (int n = 1 + random.nextInt(4); n > 0; n--) {
            junk.append(random.nextInt(3) == 0 ? (char) random.nextInt(0x3000) : JUNK.charAt(random.nextInt(JUNK.length())));
        }
        int at = random.nextInt(line.length() + 1);
        return line.substring(0, at) + junk + line.substring(at);
    }

    private static String replaceField(String line, int index, String value) {
        String[] fields = line.split(" ", -1);
        if (fields.length <= index) {
            return line + " " + value;
        }
        fields[index] = value;
        return String.join(" ", fields);
    }

    /** Replaces the value of one key=value field (or appends one). */
    private static String replaceValue(String line, String value, Random random) {
        String[] fields = line.split(" ", -1);
        List<Integer> keyed = new ArrayList<>();
        for (int i = 3; i < fields.length; i++) {
            if (fields[i].indexOf('=') > 0) {
                keyed.add(i);
            }
        }
        if (keyed.isEmpty()) {
            return line + " " + pick(List.of("rotation", "width", "height", "channels"), random) + "=" + value;
        }
        int i = keyed.get(random.nextInt(keyed.size()));
        fields[i] = fields[i].substring(0, fields[i].indexOf('=') + 1) + value;
        return String.join(" ", fields);
    }

    /** A rotate of the video at the time of the given line: duplicates in time with other rotates. */
    private static String sameTimeRotate(String line, Random random) {
        String time = line.split(" ", -1)[0];
        return time + " " + (random.nextBoolean() ? V : W) + " rotate rotation=" + 90 * random.nextInt(4);
    }

    private static String replay(int round, String text) {
        return "seed " + SEED + " round " + round + " text <<" + FileNames.printable(text, 2000) + ">>";
    }

    @Test
    void theMutationsAreDeterministicForTheSeed() {
        Random a = new Random(SEED);
        Random b = new Random(SEED);
        for (int i = 0; i < 20; i++) {
            assertThat(mutate(a)).isEqualTo(mutate(b));
        }
    }
}
