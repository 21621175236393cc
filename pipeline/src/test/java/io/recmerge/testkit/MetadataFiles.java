package io.recmerge.testkit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a user session's metadata file on its own, for callers outside the kit that make the media
 * some other way (the benchmark writes realistic, high-bitrate media instead of the kit's).
 */
public final class MetadataFiles {

    private MetadataFiles() {
    }

    /** Writes {@code uid_<uid>_<stamp>.txt} of {@code user} into {@code dir}; returns its path. */
    public static Path write(UserSessionSpec user, Path dir) throws IOException {
        Path file = dir.resolve(user.metadataFileName());
        Files.writeString(file, MetadataWriter.render(user), StandardCharsets.UTF_8);
        return file;
    }
}
