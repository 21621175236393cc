package io.recmerge.convert;

import com.fasterxml.jackson.databind.JsonNode;
import io.recmerge.diag.Code;
import io.recmerge.diag.Diagnostic;
import io.recmerge.plan.PlannedOutput;
import io.recmerge.report.Json;
import io.recmerge.report.ManifestWriter;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * When the output folder is the recording folder itself (video-convert {@code --in-place}, or
 * {@code -o SESSION_DIR}), no output may take the name of a file already there that recmerge did
 * not write: the SDK 2.x recorder names its media {@code <uid>_<stamp>.mp4}, the converter script
 * writes {@code <uid>_<stamp>_av.mp4}, and a {@code -o NAME} can be anything. Such an output is
 * refused; files an earlier recmerge run listed in its manifest there are its own and replaced.
 */
final class InPlaceGuard {

    private final boolean inPlace;
    private final Path dir;
    private final Set<String> ours;

    private InPlaceGuard(boolean inPlace, Path dir, Set<String> ours) {
        this.inPlace = inPlace;
        this.dir = dir;
        this.ours = ours;
    }

    static InPlaceGuard of(Path sessionDir, Path outputDir) {
        Path a = sessionDir.toAbsolutePath().normalize();
        boolean same = a.equals(outputDir.toAbsolutePath().normalize());
        return new InPlaceGuard(same, a, same ? listed(a) : Set.of());
    }

    /**
     * What an earlier run wrote into the recording folder (outputs, the files beside them, the
     * manifest, the done marker, the lock): not inputs, so they do not change the input fingerprint.
     * Empty when the output folder is elsewhere.
     */
    Set<String> ownFiles() {
        if (!inPlace) {
            return Set.of();
        }
        Set<String> own = new HashSet<>(ours);
        own.add(ManifestWriter.FILE_NAME);
        own.add(io.recmerge.report.Reports.DONE_MARKER);
        own.add(OutputFolder.LOCK_FILE);
        return own;
    }

    /** The refusal of an output whose file (or a file beside it) would replace someone else's. */
    Optional<Diagnostic> refusal(PlannedOutput out, String metadataName) {
        if (!inPlace) {
            return Optional.empty();
        }
        List<String> names = new ArrayList<>(List.of(out.fileName()));
        names.addAll(out.companions().snapshots());
        out.companions().audio().ifPresent(names::add);
        return names.stream().filter(n -> !ours.contains(n) && Files.exists(dir.resolve(n), LinkOption.NOFOLLOW_LINKS))
                .findFirst().map(taken -> Diagnostic.of(Code.OUTPUT_NAME_TAKEN, out.fileName() + " was not written: "
                        + taken + " already exists in the recording folder " + dir + " and was not written by recmerge")
                        .uid(out.uid()).file(metadataName).build());
    }

    /** Every file a manifest.json in the folder names: outputs and the files beside them. */
    private static Set<String> listed(Path dir) {
        Set<String> names = new HashSet<>();
        Optional<JsonNode> root = Json.readTree(dir.resolve(ManifestWriter.FILE_NAME));
        for (JsonNode out : root.map(r -> r.path("outputs")).orElse(com.fasterxml.jackson.databind.node.MissingNode
                .getInstance())) {
            names.add(out.path("file").asText());
            out.path("snapshots").forEach(n -> names.add(n.asText()));
            if (out.path("audioFile").isTextual()) {
                names.add(out.path("audioFile").asText());
            }
        }
        return names;
    }
}
