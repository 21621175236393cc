package io.recmerge.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Fills in output sizes and quality after a case's last runs: recmerge's first output is found through
 * its manifest (file, sessionOffset, strategy); the reference's output starts at the session start.
 * In a batch only the first session is compared (they are all made from the same media).
 */
final class Qualities {

    private final Ssim ssim;
    private final CaseRunner runner;

    Qualities(Ssim ssim, CaseRunner runner) {
        this.ssim = ssim;
        this.runner = runner;
    }

    void fill(CaseResult r) throws IOException {
        BenchCase c = r.benchCase;
        for (Tool t : r.samples.keySet()) {
            long total = 0;
            for (Path f : CaseRunner.outputs(runner.outputDir(c, t))) {
                total += Files.size(f);
            }
            r.bytes.put(t, total);
        }
        r.quality.put(Tool.REMUX, CaseResult.Quality.copy());
        Path refOut = CaseRunner.outputs(runner.outputDir(c, Tool.REFERENCE)).get(0);
        r.quality.put(Tool.REFERENCE, CaseResult.Quality.measured(
                ssim.measure(refOut, Reference.start(c.user()), c.user(), c.dirs().get(0))));
        JsonNode first = firstManifestOutput(runner.outputDir(c, Tool.RECMERGE));
        r.recmergeStrategy = first.path("strategy").asText("?");
        if (r.recmergeStrategy.equals("copy")) {
            r.quality.put(Tool.RECMERGE, CaseResult.Quality.copy());
        } else {
            Path file = Path.of(first.path("_dir").asText()).resolve(first.path("file").asText());
            r.quality.put(Tool.RECMERGE, CaseResult.Quality.measured(
                    ssim.measure(file, first.path("sessionOffset").asDouble(), c.user(), c.dirs().get(0))));
        }
    }

    /** outputs[0] of the first manifest.json under {@code out} (sorted by path), with its folder in "_dir". */
    private static JsonNode firstManifestOutput(Path out) throws IOException {
        List<Path> manifests;
        try (Stream<Path> files = Files.walk(out)) {
            manifests = files.filter(f -> f.getFileName().toString().equals("manifest.json")).sorted().toList();
        }
        if (manifests.isEmpty()) {
            throw new IOException("recmerge wrote no manifest.json under " + out);
        }
        JsonNode root = new ObjectMapper().readTree(manifests.get(0).toFile());
        JsonNode output = root.path("outputs").path(0);
        if (!output.isObject()) {
            throw new IOException("no output in " + manifests.get(0) + ": " + root.path("diagnostics"));
        }
        ((com.fasterxml.jackson.databind.node.ObjectNode) output).put("_dir", manifests.get(0).getParent().toString());
        return output;
    }
}
