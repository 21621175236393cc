package io.recmerge.discover;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Lists a session folder: metadata files, the done marker, the recorder's log. Reads no content. */
public final class SessionScanner {

    /** {@code uid_<uid>_<stamp>.txt}; hidden crash-recovery copies start with a dot (see {@link #isOrphanCopy}). */
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
            Set<Path> all = entries.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
                    .collect(Collectors.toSet());
            metadata = all.stream().filter(p -> isMetadata(p) || isOrphanCopy(p, all))
                    .sorted(Comparator.comparing(SessionScanner::visibleName))
                    .toList();
        }
        boolean done = Files.exists(dir.resolve(SessionFolder.DONE_MARKER));
        return new SessionFolder(dir, metadata, done, recorderLog(dir));
    }

    private static boolean isMetadata(Path p) {
        return METADATA_NAME.matcher(p.getFileName().toString()).matches();
    }

    /**
     * A hidden copy {@code .uid_….txt} whose visible file is gone: the crash-recovery copy is then
     * the only metadata there is (the parser notes it). Copies beside their visible file are not
     * listed: the parser falls back to them itself when the visible one is empty.
     */
    private static boolean isOrphanCopy(Path p, Set<Path> all) {
        String name = p.getFileName().toString();
        return name.startsWith(".") && METADATA_NAME.matcher(name.substring(1)).matches()
                && !all.contains(p.resolveSibling(name.substring(1)));
    }

    private static String visibleName(Path p) {
        String name = p.getFileName().toString();
        return name.startsWith(".") ? name.substring(1) : name;
    }

    private static Optional<Path> recorderLog(Path dir) {
        return Stream.of("recording_sys.log", "recording.log")
                .map(dir::resolve)
                .filter(Files::isRegularFile)
                .findFirst();
    }
}
