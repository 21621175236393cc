package io.recmerge.inspect;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What the HTML page of a converted folder (one holding manifest.json) shows: each output with its
 * kind, duration, strategy and place on the session clock, a strip of stills across it, and the
 * manifest's diagnostics. The outputs are upright already, so the stills need no turn.
 */
public record ConvertedPage(String title, int exitCode, List<OutputRow> outputs, List<SessionPage.Diag> diagnostics) {

    public static final String MANIFEST = "manifest.json";
    /** Stills per output, spread evenly over it. */
    static final int STRIP = 5;

    public ConvertedPage {
        outputs = List.copyOf(outputs);
        diagnostics = List.copyOf(diagnostics);
    }

    public record OutputRow(String uid, String file, String kind, double duration, String strategy,
                            double sessionOffset, boolean present, List<SessionPage.Thumb> strip) {
        public OutputRow {
            strip = List.copyOf(strip);
        }
    }

    public static boolean isConvertedFolder(Path dir) {
        return Files.isRegularFile(dir.resolve(MANIFEST));
    }

    /** @throws IOException when manifest.json cannot be read or is not a recmerge manifest */
    public static ConvertedPage of(Path dir, SessionPage.Stills stills) throws IOException {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(dir.resolve(MANIFEST).toFile());
        } catch (IOException e) {
            throw new IOException(dir.resolve(MANIFEST) + " is not readable JSON: "
                    + String.valueOf(e.getMessage()).lines().findFirst().orElse(""));
        }
        if (!root.path("outputs").isArray()) {
            throw new IOException(dir.resolve(MANIFEST) + " has no \"outputs\" list; is it a recmerge manifest?");
        }
        List<OutputRow> outputs = new ArrayList<>();
        for (JsonNode o : root.path("outputs")) {
            outputs.add(output(dir, o, stills));
        }
        List<SessionPage.Diag> diagnostics = new ArrayList<>();
        for (JsonNode d : root.path("diagnostics")) {
            diagnostics.add(new SessionPage.Diag(d.path("severity").asText(), d.path("code").asText(),
                    who(d) + d.path("message").asText(),
                    Optional.empty()));
        }
        String name = root.path("session").path("name").asText(dir.getFileName() == null ? "" : dir.getFileName().toString());
        return new ConvertedPage(name, root.path("exitCode").asInt(-1), outputs, diagnostics);
    }

    /** Converted folders list every user's diagnostics together: say whose, unless the message does. */
    private static String who(JsonNode d) {
        String uid = d.path("uid").asText("");
        return uid.isEmpty() || d.path("message").asText().contains("uid " + uid) ? "" : "uid " + uid + ": ";
    }

    private static OutputRow output(Path dir, JsonNode o, SessionPage.Stills stills) {
        String file = o.path("file").asText();
        double duration = o.path("duration").asDouble();
        // The manifest names files relative to its folder; anything else is not shown.
        Path path = dir.resolve(file).normalize();
        boolean present = !file.isEmpty() && path.startsWith(dir.normalize()) && Files.isRegularFile(path);
        List<SessionPage.Thumb> strip = new ArrayList<>();
        boolean hasVideo = !o.path("video").isMissingNode() && !o.path("video").isNull();
        if (present && hasVideo && duration > 0) {
            for (int i = 0; i < STRIP; i++) {
                double at = duration * (i + 0.5) / STRIP;
                strip.add(new SessionPage.Thumb(String.format(Locale.ROOT, "%.1f s", at), at,
                        stills.still(path, at, 0)));
            }
        }
        return new OutputRow(o.path("uid").asText(), file, o.path("kind").asText(), duration,
                o.path("strategy").asText(), o.path("sessionOffset").asDouble(), present, strip);
    }
}
