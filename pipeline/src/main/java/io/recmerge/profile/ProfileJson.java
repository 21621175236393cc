package io.recmerge.profile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Reads one profile JSON file, with messages that name the file and the field at fault. */
final class ProfileJson {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> CONTAINERS = Set.of("mp4", "mov", "ipod", "webm", "matroska", "mpegts");

    private ProfileJson() {
    }

    static Profile read(InputStream in, String source) throws ProfileException {
        JsonNode root;
        try {
            root = JSON.readTree(in);
        } catch (IOException e) {
            throw new ProfileException("profile " + source + " is not valid JSON: " + e.getMessage().lines().findFirst().orElse(""));
        }
        try {
            String container = required(root, "container", source);
            if (!CONTAINERS.contains(container)) {
                throw new ProfileException("profile " + source + ": container '" + container + "' is not one of "
                        + CONTAINERS);
            }
            String extension = required(root, "extension", source);
            if (!extension.matches("[a-z0-9]{1,8}")) {
                // The extension becomes part of an output file name: nothing that could leave the folder.
                throw new ProfileException("profile " + source + ": 'extension' '" + extension
                        + "' is not 1-8 lowercase letters or digits");
            }
            Profile profile = new Profile(required(root, "name", source), root.path("description").asText(""),
                    container, extension, root.path("streamCopy").asBoolean(false),
                    optionalText(root, "audioOnlyProfile"), video(root.get("video"), source),
                    audio(root.get("audio"), source), strings(root.path("muxerOptions")));
            checkOptions(profile, source);
            return profile;
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new ProfileException("profile " + source + ": " + e.getMessage());
        }
    }

    /** Everything of a profile that reaches the ffmpeg command line, checked against what is allowed. */
    private static void checkOptions(Profile p, String source) throws ProfileException {
        if (p.video().isPresent()) {
            Profile.VideoCodec v = p.video().get();
            ProfileOptions.name(v.codec(), "video.codec", source);
            ProfileOptions.name(v.encoder(), "video.encoder", source);
            ProfileOptions.name(v.pixelFormat(), "video.pixelFormat", source);
            ProfileOptions.check(v.options(), ProfileOptions.Scope.VIDEO, p.container(), source);
        }
        if (p.audio().isPresent()) {
            Profile.AudioCodec a = p.audio().get();
            ProfileOptions.name(a.codec(), "audio.codec", source);
            ProfileOptions.name(a.encoder(), "audio.encoder", source);
            ProfileOptions.check(a.options(), ProfileOptions.Scope.AUDIO, p.container(), source);
        }
        ProfileOptions.check(p.muxerOptions(), ProfileOptions.Scope.MUXER, p.container(), source);
    }

    private static Optional<Profile.VideoCodec> video(JsonNode node, String source) throws ProfileException {
        if (node == null || node.isNull()) {
            return Optional.empty();
        }
        return Optional.of(new Profile.VideoCodec(required(node, "codec", source), required(node, "encoder", source),
                node.path("pixelFormat").asText("yuv420p"), strings(node.path("options"))));
    }

    private static Optional<Profile.AudioCodec> audio(JsonNode node, String source) throws ProfileException {
        if (node == null || node.isNull()) {
            return Optional.empty();
        }
        return Optional.of(new Profile.AudioCodec(required(node, "codec", source), required(node, "encoder", source),
                node.path("sampleRate").asInt(48000), strings(node.path("options"))));
    }

    private static String required(JsonNode node, String field, String source) throws ProfileException {
        JsonNode v = node.get(field);
        if (v == null || !v.isTextual() || v.asText().isBlank()) {
            throw new ProfileException("profile " + source + ": '" + field + "' is missing or not a string");
        }
        return v.asText();
    }

    private static Optional<String> optionalText(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || !v.isTextual() ? Optional.empty() : Optional.of(v.asText());
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(v -> out.add(v.asText()));
        return out;
    }
}
