package io.recmerge.discover;

import io.recmerge.diag.Code;
import io.recmerge.diag.Diagnostic;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
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
        List<Diagnostic> skipped;
        try (Stream<Path> entries = Files.list(dir)) {
            Map<Boolean, Set<Path>> byKind = entries.collect(Collectors.partitioningBy(
                    p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS), Collectors.toSet()));
            Set<Path> all = byKind.get(true);
            metadata = all.stream().filter(p -> isMetadata(p) || isOrphanCopy(p, all))
                    .sorted(Comparator.comparing(SessionScanner::visibleName))
                    .toList();
            skipped = byKind.get(false).stream().filter(SessionScanner::isMetadata).sorted()
                    .map(SessionScanner::notAFile).toList();
        }
        boolean done = Files.exists(dir.resolve(SessionFolder.DONE_MARKER));
        return new SessionFolder(dir, metadata, done, recorderLog(dir), skipped);
    }

    /** A link or folder named like metadata: never opened (a link may point anywhere), but said. */
    private static Diagnostic notAFile(Path p) {
        String name = p.getFileName().toString();
        String what = Files.isSymbolicLink(p) ? "a symbolic link" : Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)
                ? "a folder" : "not a regular file";
        return Diagnostic.of(Code.METADATA_NOT_A_FILE, name + " is " + what + ", not a metadata file; it was skipped")
                .file(name).build();
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
