package io.recmerge.discover;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Lists a session folder: metadata files, the done marker, the recorder's log. Reads no content. */
public final class SessionScanner {

    /** {@code uid_<uid>_<stamp>.txt}; hidden crash-recovery copies start with a dot and are not listed. */
    public static final Pattern METADATA_NAME = Pattern.compile("uid_[^_/\\\\]+_[^/\\\\]+\\.txt");

    private SessionScanner() {
    }

    public static SessionFolder scan(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new IOException(Files.exists(dir)
                    ? dir + " is not a folder" : "the folder " + dir + " does not exist");
        }
        List<Path> metadata;
        try (Stream<Path> entries = Files.list(dir)) {
            metadata = entries
                    .filter(p -> METADATA_NAME.matcher(p.getFileName().toString()).matches())
                    .filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
                    .sorted()
                    .toList();
        }
        boolean done = Files.exists(dir.resolve(SessionFolder.DONE_MARKER));
        return new SessionFolder(dir, metadata, done, recorderLog(dir));
    }

    private static Optional<Path> recorderLog(Path dir) {
        return Stream.of("recording_sys.log", "recording.log")
                .map(dir::resolve)
                .filter(Files::isRegularFile)
                .findFirst();
    }
}
