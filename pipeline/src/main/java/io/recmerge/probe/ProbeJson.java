package io.recmerge.probe;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/** Reads ffprobe's {@code -print_format json} output into records. Pure: text in, records out. */
final class ProbeJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ProbeJson() {
    }

    static MediaFacts parse(Path file, String json) throws IOException {
        JsonNode root = JSON.readTree(json);
        JsonNode format = root.path("format");
        List<StreamFacts> streams = new ArrayList<>();
        for (JsonNode s : root.path("streams")) {
            streams.add(stream(s));
        }
        return new MediaFacts(file, format.path("format_name").asText(""), decimal(format, "duration"),
                decimal(format, "start_time"), streams);
    }

    private static StreamFacts stream(JsonNode s) {
        return new StreamFacts(s.path("index").asInt(), s.path("codec_type").asText(""),
                s.path("codec_name").asText("unknown"), text(s, "profile"), text(s, "pix_fmt"),
                s.path("width").asInt(0), s.path("height").asInt(0), rate(s.path("avg_frame_rate").asText("")),
                s.path("sample_rate").asInt(0), s.path("channels").asInt(0), decimal(s, "start_time"),
                decimal(s, "duration"), rotation(s), integer(s, "nb_read_packets"));
    }

    private static Optional<String> text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() || v.asText().isEmpty() ? Optional.empty() : Optional.of(v.asText());
    }

    /** ffprobe prints numbers as strings ("10.005000") and "N/A" when it does not know. */
    static OptionalDouble decimal(JsonNode node, String field) {
        try {
            Optional<String> t = text(node, field);
            if (t.isEmpty()) {
                return OptionalDouble.empty();
            }
            double v = Double.parseDouble(t.get());
            return Double.isFinite(v) ? OptionalDouble.of(v) : OptionalDouble.empty();
        } catch (NumberFormatException e) {
            return OptionalDouble.empty();
        }
    }

    private static OptionalInt integer(JsonNode node, String field) {
        OptionalDouble v = decimal(node, field);
        return v.isPresent() ? OptionalInt.of((int) v.getAsDouble()) : OptionalInt.empty();
    }

    /** "15/1" -> 15.0; "0/0" (unknown) -> empty. */
    static OptionalDouble rate(String text) {
        int slash = text.indexOf('/');
        try {
            double num = Double.parseDouble(slash < 0 ? text : text.substring(0, slash));
            double den = slash < 0 ? 1 : Double.parseDouble(text.substring(slash + 1));
            return den > 0 && num > 0 ? OptionalDouble.of(num / den) : OptionalDouble.empty();
        } catch (NumberFormatException e) {
            return OptionalDouble.empty();
        }
    }

    /** The display matrix, from side data ("rotation": -90) or the legacy "rotate" tag. */
    private static OptionalInt rotation(JsonNode s) {
        for (JsonNode side : s.path("side_data_list")) {
            if (side.has("rotation")) {
                return OptionalInt.of(side.path("rotation").asInt());
            }
        }
        JsonNode tag = s.path("tags").get("rotate");
        return tag == null ? OptionalInt.empty() : OptionalInt.of(-tag.asInt());
    }
}
