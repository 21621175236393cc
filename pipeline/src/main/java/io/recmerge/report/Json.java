package io.recmerge.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;

/** The one JSON writer for machine output: Optional fields left out when empty, indented. */
public final class Json {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new Jdk8Module())
            .setSerializationInclusion(JsonInclude.Include.NON_ABSENT)
            .enable(SerializationFeature.INDENT_OUTPUT);

    private Json() {
    }

    /** The JSON tree of a file we wrote earlier (a manifest); empty when it is missing or unreadable. */
    public static java.util.Optional<com.fasterxml.jackson.databind.JsonNode> readTree(java.nio.file.Path file) {
        try {
            return java.nio.file.Files.isRegularFile(file)
                    ? java.util.Optional.of(MAPPER.readTree(file.toFile())) : java.util.Optional.empty();
        } catch (java.io.IOException e) {
            return java.util.Optional.empty();
        }
    }

    public static String write(Object value) throws JsonProcessingException {
        return MAPPER.writeValueAsString(value) + "\n";
    }
}
