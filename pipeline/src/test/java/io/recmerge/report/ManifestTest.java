package io.recmerge.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.recmerge.diag.Code;
import io.recmerge.diag.Diagnostic;
import io.recmerge.diag.Severity;
import io.recmerge.metadata.MetadataEvent;
import io.recmerge.metadata.MetadataFile;
import io.recmerge.plan.Gaps;
import io.recmerge.plan.LeadingBlank;
import io.recmerge.plan.PlanRequest;
import io.recmerge.plan.PlannedOutput;
import io.recmerge.plan.Planner;
import io.recmerge.plan.TimelineBuilder;
import io.recmerge.probe.MediaFacts;
import io.recmerge.probe.StreamFacts;
import io.recmerge.profile.ProfileCatalog;
import io.recmerge.profile.ProfileException;
import io.recmerge.verify.OutputFacts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** manifest.json schema 1 (README.md, manifest.json): field names are a contract, so they are spelled out here. */
class ManifestTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private static Manifest.Output avOutput() {
        return new Manifest.Output("1001", "1001_20261123101500_av.mp4", "av", 1.2, 20.0, "copy", List.of(),
                List.of("uid_1001_20261123101500.aac", "uid_1001_20261123101500_1.mp4"), Optional.empty(), List.of(),
                Optional.of(new Manifest.Video("h264", 640, 480, 15.0, "yuv420p", 90)),
                Optional.of(new Manifest.Audio("aac", "LC", 48000, 1)));
    }

    private static Manifest manifest(List<Manifest.Output> outputs, List<Manifest.DiagnosticEntry> diagnostics,
                                     int exit) {
        return new Manifest(Manifest.SCHEMA, new Manifest.Tool("recmerge", "0.1.0", "8.1.2"),
                new Manifest.Session("/rec/20261123/room_101500_123", "room_101500_123", true), outputs, diagnostics,
                exit);
    }

    private static JsonNode parse(Manifest m) throws IOException {
        return JSON.readTree(ManifestWriter.toJson(m));
    }

    private static List<String> fields(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void theTopLevelHasTheSchema1FieldsInDesignOrder() throws IOException {
        JsonNode root = parse(manifest(List.of(avOutput()), List.of(), 0));

        assertThat(fields(root)).containsExactly("schema", "tool", "session", "outputs", "diagnostics", "exitCode",
                "counts");
        assertThat(root.get("schema").asInt()).isEqualTo(1);
        assertThat(root.get("exitCode").asInt()).isZero();
        assertThat(fields(root.get("tool"))).containsExactly("name", "version", "ffmpeg");
        assertThat(root.at("/tool/name").asText()).isEqualTo("recmerge");
        assertThat(root.at("/tool/ffmpeg").asText()).isEqualTo("8.1.2");
        assertThat(fields(root.get("session"))).containsExactly("dir", "name", "recordingDone");
        assertThat(root.at("/session/recordingDone").isBoolean()).isTrue();
        assertThat(root.at("/session/recordingDone").asBoolean()).isTrue();
        assertThat(root.at("/session/name").asText()).isEqualTo("room_101500_123");
    }

    @Test
    void anOutputCarriesItsPlacementStrategySourcesAndStreams() throws IOException {
        JsonNode out = parse(manifest(List.of(avOutput()), List.of(), 0)).at("/outputs/0");

        assertThat(fields(out)).containsExactly("uid", "file", "kind", "sessionOffset", "duration", "strategy",
                "sources", "video", "audio");
        assertThat(out.get("uid").asText()).isEqualTo("1001");
        assertThat(out.get("uid").isTextual()).isTrue();
        assertThat(out.get("file").asText()).isEqualTo("1001_20261123101500_av.mp4");
        assertThat(out.get("kind").asText()).isEqualTo("av");
        assertThat(out.get("sessionOffset").isNumber()).isTrue();
        assertThat(out.get("sessionOffset").asDouble()).isEqualTo(1.2);
        assertThat(out.get("duration").asDouble()).isEqualTo(20.0);
        assertThat(out.get("strategy").asText()).isEqualTo("copy");
        assertThat(out.get("sources")).extracting(JsonNode::asText)
                .containsExactly("uid_1001_20261123101500.aac", "uid_1001_20261123101500_1.mp4");
        assertThat(fields(out.get("video"))).containsExactly("codec", "width", "height", "fps", "pixelFormat",
                "rotation");
        assertThat(out.at("/video/width").asInt()).isEqualTo(640);
        assertThat(out.at("/video/rotation").asInt()).isEqualTo(90);
        assertThat(fields(out.get("audio"))).containsExactly("codec", "profile", "sampleRate", "channels");
        assertThat(out.at("/audio/sampleRate").asInt()).isEqualTo(48000);
    }

    @Test
    void reencodedTracksAFrozenLeadInAndDroppedGapsAppearOnlyWhenThereAreAny() throws IOException {
        Manifest.Output transcoded = new Manifest.Output("1001", "x_av.mp4", "av", 0.0, 20.0, "transcode",
                List.of("video", "audio"), List.of("a.aac", "v.webm"), Optional.of(1.2),
                List.of(new Manifest.Gap(5.0, 9.5)), Optional.empty(), Optional.empty());
        JsonNode out = parse(manifest(List.of(transcoded), List.of(), 0)).at("/outputs/0");

        assertThat(fields(out)).containsExactly("uid", "file", "kind", "sessionOffset", "duration", "strategy",
                "reencoded", "sources", "firstFrameFrozenFor", "gapsDropped");
        assertThat(out.get("reencoded")).extracting(JsonNode::asText).containsExactly("video", "audio");
        assertThat(out.get("firstFrameFrozenFor").asDouble()).isEqualTo(1.2);
        assertThat(fields(out.at("/gapsDropped/0"))).containsExactly("start", "end");
        assertThat(out.at("/gapsDropped/0/end").asDouble()).isEqualTo(9.5);
    }

    @Test
    void anAudioOnlyOutputLeavesTheVideoFieldOut() throws IOException {
        Manifest.Output audio = new Manifest.Output("0", "0_1.m4a", "audio", 0.0, 5.0, "copy", List.of(), List.of("uid_0_1.aac"),
                Optional.empty(), List.of(), Optional.empty(), Optional.of(new Manifest.Audio("aac", "LC", 48000, 2)));
        JsonNode out = parse(manifest(List.of(audio), List.of(), 0)).at("/outputs/0");

        assertThat(out.has("video")).isFalse();
        assertThat(out.get("video")).isNull();
        assertThat(out.has("audio")).isTrue();
    }

    @Test
    void diagnosticsCarryCodeSeverityUidFileMessageAndHint() throws IOException {
        Diagnostic d = Diagnostic.of(Code.UNDECODABLE_MEDIA, "uid_4004_1.mp4 does not decode").uid("4004")
                .file("uid_4004_1.mp4").build();
        JsonNode entry = parse(manifest(List.of(), Reports.diagnostics(List.of(d)), 3)).at("/diagnostics/0");

        assertThat(fields(entry)).containsExactly("code", "severity", "uid", "file", "message", "hint");
        assertThat(entry.get("code").asText()).isEqualTo("UNDECODABLE_MEDIA");
        assertThat(entry.get("severity").asText()).isEqualTo("error");
        assertThat(entry.get("uid").asText()).isEqualTo("4004");
        assertThat(entry.get("file").asText()).isEqualTo("uid_4004_1.mp4");
        assertThat(entry.get("message").asText()).isEqualTo("uid_4004_1.mp4 does not decode");
        assertThat(entry.get("hint").asText()).contains("aes-128-xts or aes-256-xts, in lowercase");
    }

    @Test
    void aDiagnosticWithoutUidOrFileLeavesThemOut() throws IOException {
        Diagnostic d = Diagnostic.of(Code.NO_METADATA, "no uid_*.txt files in /x").build();
        JsonNode entry = parse(manifest(List.of(), List.of(ManifestWriter.entry(d)), 3)).at("/diagnostics/0");

        assertThat(fields(entry)).containsExactly("code", "severity", "message", "hint");
        assertThat(entry.get("severity").asText()).isEqualTo("error");
    }

    @Test
    void severitiesAreLowercaseAndAnOverrideOrHintIsKept() {
        Diagnostic d = Diagnostic.of(Code.METADATA_BAD_LINE, "m").severity(Severity.INFO).hint("do this").build();
        Manifest.DiagnosticEntry e = ManifestWriter.entry(d);

        assertThat(e.severity()).isEqualTo("info");
        assertThat(e.hint()).isEqualTo("do this");
        assertThat(ManifestWriter.entry(Diagnostic.of(Code.METADATA_EMPTY, "m").hint(" ").build()).hint())
                .isEqualTo(Code.METADATA_EMPTY.defaultHint());
        assertThat(ManifestWriter.entry(Diagnostic.of(Code.METADATA_EMPTY, "m").build()).severity()).isEqualTo("warning");
    }

    @Test
    void emptyListsAreWrittenAsEmptyArrays() throws IOException {
        JsonNode root = parse(manifest(List.of(), List.of(), 3));

        assertThat(root.get("outputs").isArray()).isTrue();
        assertThat(root.get("outputs")).isEmpty();
        assertThat(root.get("diagnostics").isArray()).isTrue();
        assertThat(root.get("exitCode").asInt()).isEqualTo(3);
    }

    @Test
    void theJsonIsIndentedAndEndsWithANewline() throws IOException {
        String text = ManifestWriter.toJson(manifest(List.of(), List.of(), 0));

        assertThat(text).startsWith("{\n").endsWith("}\n").contains("\"schema\" : 1");
    }

    @Test
    void theManifestIsWrittenAtomicallyWithoutATempFileLeftBehind() throws IOException {
        Manifest m = manifest(List.of(avOutput()), List.of(), 0);
        Files.writeString(dir.resolve(ManifestWriter.FILE_NAME), "old");

        ManifestWriter.write(m, dir);

        assertThat(Files.readString(dir.resolve("manifest.json"))).isEqualTo(ManifestWriter.toJson(m));
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("manifest.json");
        }
    }

    /** A real plan through the public pipeline: audio from 0, the video's first frame at 1.2 (a lead-in). */
    private PlannedOutput plannedWithLeadIn(LeadingBlank policy) throws ProfileException {
        String aac = "uid_1001_1.aac";
        String mp4 = "uid_1001_1_1.mp4";
        MetadataFile meta = new MetadataFile(dir.resolve("uid_1001_1.txt"), "1001", "1", List.of(
                new MetadataEvent.Create(0, aac), new MetadataEvent.Create(0.1, mp4),
                new MetadataEvent.Info(1.2, mp4, OptionalInt.empty(), OptionalInt.of(640), OptionalInt.of(480),
                        OptionalInt.of(0), false),
                new MetadataEvent.Close(20, mp4), new MetadataEvent.Close(20, aac)), List.of());
        double decoded = 20 + 1024.0 / 48000;
        Map<String, MediaFacts> facts = Map.of(
                aac, new MediaFacts(dir.resolve(aac), "aac", OptionalDouble.of(decoded), OptionalDouble.of(0),
                        List.of(new StreamFacts(0, "audio", "aac", Optional.of("LC"), Optional.empty(), 0, 0,
                                OptionalDouble.empty(), 48000, 1, OptionalDouble.of(0), OptionalDouble.of(decoded),
                                OptionalInt.empty(), OptionalInt.empty()))),
                mp4, new MediaFacts(dir.resolve(mp4), "mov,mp4,m4a,3gp,3g2,mj2", OptionalDouble.of(18.8),
                        OptionalDouble.of(0), List.of(new StreamFacts(0, "video", "h264", Optional.of("High"),
                        Optional.of("yuv420p"), 640, 480, OptionalDouble.of(15), 0, 0, OptionalDouble.of(0),
                        OptionalDouble.of(18.8), OptionalInt.empty(), OptionalInt.empty()))));
        ProfileCatalog catalog = ProfileCatalog.load();
        PlanRequest defaults = PlanRequest.defaults(catalog.resolve("mp4-h264-aac"), catalog.resolve("m4a-aac"), dir);
        PlanRequest request = new PlanRequest(defaults.profile(), defaults.audioOnlyProfile(), dir, defaults.fps(),
                defaults.size(), defaults.mode(), policy, defaults.gaps());
        return Planner.plan(TimelineBuilder.build(meta, facts), request).orElseThrow();
    }

    /** Audio 0..4 s, then nobody for 2 s, then the video's first frame at 6 s (to 10 s). */
    private PlannedOutput audioThenLateVideo(LeadingBlank policy, Gaps gaps) throws ProfileException {
        String aac = "uid_1001_1.aac";
        String mp4 = "uid_1001_1_1.mp4";
        MetadataFile meta = new MetadataFile(dir.resolve("uid_1001_1.txt"), "1001", "1", List.of(
                new MetadataEvent.Create(0, aac), new MetadataEvent.Close(4, aac), new MetadataEvent.Create(5.9, mp4),
                new MetadataEvent.Info(6, mp4, OptionalInt.empty(), OptionalInt.of(640), OptionalInt.of(480),
                        OptionalInt.of(0), false),
                new MetadataEvent.Close(10, mp4)), List.of());
        double decoded = 4 + 1024.0 / 48000;
        Map<String, MediaFacts> facts = Map.of(
                aac, new MediaFacts(dir.resolve(aac), "aac", OptionalDouble.of(decoded), OptionalDouble.of(0),
                        List.of(new StreamFacts(0, "audio", "aac", Optional.of("LC"), Optional.empty(), 0, 0,
                                OptionalDouble.empty(), 48000, 1, OptionalDouble.of(0), OptionalDouble.of(decoded),
                                OptionalInt.empty(), OptionalInt.empty()))),
                mp4, new MediaFacts(dir.resolve(mp4), "mov,mp4,m4a,3gp,3g2,mj2", OptionalDouble.of(4),
                        OptionalDouble.of(0), List.of(new StreamFacts(0, "video", "h264", Optional.of("High"),
                        Optional.of("yuv420p"), 640, 480, OptionalDouble.of(15), 0, 0, OptionalDouble.of(0),
                        OptionalDouble.of(4), OptionalInt.empty(), OptionalInt.empty()))));
        ProfileCatalog catalog = ProfileCatalog.load();
        PlanRequest defaults = PlanRequest.defaults(catalog.resolve("mp4-h264-aac"), catalog.resolve("m4a-aac"), dir);
        PlanRequest request = new PlanRequest(defaults.profile(), defaults.audioOnlyProfile(), dir, defaults.fps(),
                defaults.size(), defaults.mode(), policy, gaps);
        return Planner.plan(TimelineBuilder.build(meta, facts), request).orElseThrow();
    }

    @Test
    void droppedGapsAreReportedInSessionTime() throws ProfileException {
        PlannedOutput plan = audioThenLateVideo(LeadingBlank.KEEP, Gaps.DROP);
        Manifest.Output out = Reports.output(plan, new OutputFacts(8, Optional.empty(), Optional.empty()));

        assertThat(plan.duration()).isEqualTo(8.0);
        assertThat(out.gapsDropped()).containsExactly(new Manifest.Gap(4.0, 6.0));
    }

    @Test
    void aFrozenLeadInIsReportedInOutputTimeWhenAGapInsideItWasDropped() throws ProfileException {
        PlannedOutput plan = audioThenLateVideo(LeadingBlank.AUTO, Gaps.DROP);
        Manifest.Output out = Reports.output(plan, new OutputFacts(8, Optional.empty(), Optional.empty()));

        assertThat(plan.droppedGaps()).hasSize(1);
        assertThat(out.firstFrameFrozenFor()).contains(4.0);
    }

    @Test
    void anOutputEntryTakesItsNumbersFromTheMeasuredFileRoundedToMilliseconds() throws ProfileException {
        PlannedOutput plan = plannedWithLeadIn(LeadingBlank.KEEP);
        OutputFacts facts = new OutputFacts(19.98765, Optional.of(new OutputFacts.Video("h264", 480, 640,
                14.99999, "yuv420p", -90)), Optional.of(new OutputFacts.Audio("aac", "LC", 48000, 1)));

        Manifest.Output out = Reports.output(plan, facts);

        assertThat(out.uid()).isEqualTo("1001");
        assertThat(out.file()).isEqualTo("1001_1_av.mp4");
        assertThat(out.kind()).isEqualTo("av");
        assertThat(out.sessionOffset()).isEqualTo(0.0);
        assertThat(out.duration()).isEqualTo(19.988);
        assertThat(out.strategy()).isEqualTo(plan.plan().strategy());
        assertThat(out.sources()).containsExactly("uid_1001_1.aac", "uid_1001_1_1.mp4");
        assertThat(out.firstFrameFrozenFor()).isEmpty();
        assertThat(out.gapsDropped()).isEmpty();
        // ffprobe's -90 (counter-clockwise display matrix) is the recording's 90 clockwise
        assertThat(out.video()).contains(new Manifest.Video("h264", 480, 640, 15.0, "yuv420p", 90));
        assertThat(out.audio()).contains(new Manifest.Audio("aac", "LC", 48000, 1));
    }

    @Test
    void theReencodedTracksFollowTheStrategy() throws ProfileException {
        OutputFacts none = new OutputFacts(10, Optional.empty(), Optional.empty());

        // keep: a black lead-in cannot be copied, the picture is rendered; the AAC beside it is copied
        Manifest.Output rendered = Reports.output(plannedWithLeadIn(LeadingBlank.KEEP), none);
        assertThat(rendered.strategy()).isEqualTo("transcode");
        assertThat(rendered.reencoded()).containsExactly("video");
        // trim: the video is copied, the audio cut at an AAC frame boundary and copied too
        Manifest.Output audioOnly = Reports.output(plannedWithLeadIn(LeadingBlank.TRIM), none);
        assertThat(audioOnly.strategy()).isEqualTo("copy");
        assertThat(audioOnly.reencoded()).isEmpty();
        // freeze: both copied, the first video packet moved to 0
        Manifest.Output copied = Reports.output(plannedWithLeadIn(LeadingBlank.FREEZE), none);
        assertThat(copied.strategy()).isEqualTo("copy");
        assertThat(copied.reencoded()).isEmpty();
    }

    @Test
    void aFrozenLeadInIsReportedAsSecondsFromTheOutputStart() throws ProfileException {
        PlannedOutput plan = plannedWithLeadIn(LeadingBlank.FREEZE);
        Manifest.Output out = Reports.output(plan, new OutputFacts(20, Optional.empty(), Optional.empty()));

        assertThat(out.sessionOffset()).isEqualTo(0.0);
        assertThat(out.firstFrameFrozenFor()).contains(1.2);
    }

    @Test
    void aTrimmedLeadInStartsTheOutputAtTheFirstFrame() throws ProfileException {
        PlannedOutput plan = plannedWithLeadIn(LeadingBlank.TRIM);
        Manifest.Output out = Reports.output(plan, new OutputFacts(18.8, Optional.empty(), Optional.empty()));

        // The start moves back to the AAC frame boundary before the first frame (1.2 s), which is
        // shown frozen for the 5 ms between, so the audio can be copied.
        assertThat(out.sessionOffset()).isEqualTo(1.195);
        assertThat(out.firstFrameFrozenFor()).contains(0.005);
    }
}
