package io.recmerge.cloud;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The hidden folder in the output folder where a run's MPEG-TS slices are joined: slices of one
 * run continue each other's packets and timestamps, so their bytes one after the other are one
 * MPEG-TS stream the whitelisted mpegts demuxer reads (no HLS or concat demuxer needed). WebM
 * slices are linked (copied where links cannot be made). Removed when the conversion ends.
 */
public final class CloudWork {

    public static final String FOLDER = ".recmerge-cloud";

    private CloudWork() {
    }

    public static Path folder(Path outputDir) {
        return outputDir.resolve(FOLDER);
    }

    /** Writes the run's slices one after another into {@code target} (a TS whose streams are not known to be split). */
    static void join(CloudTrack.Run run, Path target) throws IOException {
        Files.createDirectories(target.getParent());
        try (OutputStream out = Files.newOutputStream(target)) {
            for (CloudTrack.Slice s : run.slices()) {
                Files.copy(s.file(), out);
            }
        }
    }

    /** The slice itself under {@code target}: a hard link, or a copy on another file system. */
    static void place(CloudTrack.Slice slice, Path target) throws IOException {
        Files.createDirectories(target.getParent());
        Files.deleteIfExists(target);
        try {
            Files.createLink(target, slice.file());
        } catch (IOException | UnsupportedOperationException e) {
            if (e instanceof FileAlreadyExistsException) {
                throw (IOException) e;
            }
            Files.copy(slice.file(), target);
        }
    }

    /** Removes the work folder; what cannot be removed stays (it is hidden and replaced next run). */
    public static void clean(Path outputDir) {
        Path dir = folder(outputDir);
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // left for the next run
        }
    }
}
