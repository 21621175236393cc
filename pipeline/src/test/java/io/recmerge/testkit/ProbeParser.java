package io.recmerge.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/** Turns ffprobe's JSON ({@code -show_format -show_streams}) into {@link StreamFacts}. */
final class ProbeParser {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ProbeParser() {
    }

    static StreamFacts parse(String json) {
        try {
            JsonNode root = JSON.readTree(json);
            JsonNode format = root.path("format");
            List<StreamFacts.Stream> streams = new ArrayList<>();
            root.path("streams").forEach(s -> streams.add(stream(s)));
            return new StreamFacts(format.path("format_name").asText(""), number(format, "start_time"),
                    number(format, "duration"), streams);
        } catch (IOException e) {
            throw new UncheckedIOException("unreadable ffprobe JSON", e);
        }
    }

    private static StreamFacts.Stream stream(JsonNode s) {
        double duration = number(s, "duration");
        if (Double.isNaN(duration)) {
            duration = tagDuration(s.path("tags").path("DURATION").asText(""));
        }
        return new StreamFacts.Stream(s.path("index").asInt(), s.path("codec_type").asText(""),
                s.path("codec_name").asText(""), s.path("profile").asText(""), s.path("pix_fmt").asText(""),
                s.path("width").asInt(0), s.path("height").asInt(0), s.path("sample_rate").asInt(0),
                s.path("channels").asInt(0), number(s, "start_time"), duration, rotation(s));
    }

    /** ffprobe prints numbers as strings ("1.200000") and "N/A" when unknown. */
    private static double number(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            return Double.NaN;
        }
        try {
            return Double.parseDouble(v.asText());
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    private static OptionalDouble rotation(JsonNode s) {
        for (JsonNode sd : s.path("side_data_list")) {
            if ("Display Matrix".equals(sd.path("side_data_type").asText()) && sd.has("rotation")) {
                return OptionalDouble.of(sd.get("rotation").asDouble());
            }
        }
        return OptionalDouble.empty();
    }

    /** Matroska's "HH:MM:SS.nnnnnnnnn" DURATION tag; NaN when absent or odd. */
    static double tagDuration(String tag) {
        String[] p = tag.split(":");
        if (p.length != 3) {
            return Double.NaN;
        }
        try {
            return Integer.parseInt(p[0]) * 3600.0 + Integer.parseInt(p[1]) * 60.0 + Double.parseDouble(p[2]);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }
}
