package io.recmerge.discover;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Finds the session folders under an archive root: every folder, at any depth, that directly holds
 * a {@code uid_*.txt} (or only its hidden crash copy). Symlinked folders are not followed (a link
 * loop or a link out of the archive must not make a batch wander), and output folders recmerge
 * wrote (holding manifest.json) are not descended into.
 */
public final class SessionFinder {

    private SessionFinder() {
    }

    /** Session folders under {@code root} (root itself included), in path order. */
    public static List<Path> find(Path root, Set<Path> skip) throws IOException {
        return find(root, skip, SessionFinder::holdsMetadata);
    }

    /**
     * The folders under {@code root} (root included) that {@code holdsRecording} accepts, in path
     * order: batch also takes Agora Cloud Recording folders (a test of the cloud package above this one).
     */
    public static List<Path> find(Path root, Set<Path> skip, Predicate<Path> holdsRecording) throws IOException {
        List<Path> found = new ArrayList<>();
        try {
            Files.walkFileTree(root, EnumSet.noneOf(FileVisitOption.class), Integer.MAX_VALUE,
                    new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                            if (!dir.equals(root) && (skip.contains(dir.toAbsolutePath().normalize())
                                    || Files.isRegularFile(dir.resolve("manifest.json")))) {
                                return FileVisitResult.SKIP_SUBTREE;
                            }
                            if (holdsRecording.test(dir)) {
                                found.add(dir);
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path file, IOException e) {
                            return FileVisitResult.CONTINUE; // an unreadable corner is not the archive's end
                        }
                    });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        found.sort(null);
        return found;
    }

    public static boolean holdsMetadata(Path dir) {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.anyMatch(p -> {
                String name = p.getFileName().toString();
                String visible = name.startsWith(".") ? name.substring(1) : name;
                return SessionScanner.METADATA_NAME.matcher(visible).matches()
                        && Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS);
            });
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * The sentence for a folder that is not a session: "no uid_*.txt in DIR", and where the
     * recordings are when they are below it (the user gave an archive's parent).
     */
    public static String notASession(Path dir) {
        return notASession(dir, SessionFinder::holdsMetadata);
    }

    /** The same, counting the subfolders {@code holdsRecording} accepts (cloud recording folders too). */
    public static String notASession(Path dir, Predicate<Path> holdsRecording) {
        int below;
        try {
            below = find(dir, Set.of(), holdsRecording).size();
        } catch (IOException e) {
            below = 0;
        }
        String head = "no uid_*.txt metadata files in " + dir;
        if (below > 0) {
            return head + " (" + below + (below == 1 ? " subfolder holds a recording" : " subfolders hold recordings")
                    + ": use 'recmerge batch " + dir + " -o OUT', or convert one of them)";
        }
        return head + ": it is not a recording session folder (a session folder holds uid_<uid>_<stamp>.txt files "
                + "beside the .aac and .mp4/.webm files the recorder wrote; an Agora Cloud Recording folder holds "
                + "<sid>_<cname>*.m3u8 playlists and their .ts/.webm slices)";
    }
}
