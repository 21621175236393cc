package io.recmerge.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What an earlier finished run left in an output folder, read back from its manifest.json: enough
 * to decide whether a rerun has anything to do, without probing a single media file.
 *
 * @param fingerprint the input fingerprint it was made from (empty for manifests older than it)
 * @param files the output files it lists, relative to the folder
 * @param mediaSeconds the outputs' total duration
 */
public record PreviousRun(Path outputDir, Optional<String> fingerprint, int exitCode, List<String> files,
                          Manifest.Counts counts, double mediaSeconds, int warnings, int errors) {

    public PreviousRun {
        files = List.copyOf(files);
    }

    public static Optional<PreviousRun> in(Path outputDir) {
        return Json.readTree(outputDir.resolve(ManifestWriter.FILE_NAME)).filter(JsonNode::isObject)
                .map(root -> of(outputDir, root));
    }

    private static PreviousRun of(Path outputDir, JsonNode root) {
        List<String> files = new ArrayList<>();
        double seconds = 0;
        for (JsonNode out : root.path("outputs")) {
            files.add(out.path("file").asText());
            seconds += out.path("duration").asDouble();
        }
        JsonNode c = root.path("counts");
        Manifest.Counts counts = new Manifest.Counts(c.path("written").asInt(files.size()), c.path("partial").asInt(),
                c.path("failed").asInt(), c.path("refused").asInt());
        int warnings = 0;
        int errors = 0;
        for (JsonNode d : root.path("diagnostics")) {
            warnings += d.path("severity").asText().equals("warning") ? 1 : 0;
            errors += d.path("severity").asText().equals("error") ? 1 : 0;
        }
        JsonNode print = root.path("input").path("fingerprint");
        return new PreviousRun(outputDir, print.isTextual() ? Optional.of(print.asText()) : Optional.empty(),
                root.path("exitCode").asInt(-1), files, counts, seconds, warnings, errors);
    }

    /** Made from these very inputs, and every file it lists is still there. */
    public boolean matches(Manifest.Input input) {
        return fingerprint.filter(input.fingerprint()::equals).isPresent()
                && files.stream().allMatch(f -> !f.isEmpty() && Files.isRegularFile(outputDir.resolve(f)));
    }

    public boolean succeeded() {
        return exitCode == ExitCode.OK.code();
    }
}
