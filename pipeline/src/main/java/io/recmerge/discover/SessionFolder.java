package io.recmerge.discover;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a recording session folder holds, before anything is parsed.
 *
 * @param metadataFiles the {@code uid_*.txt} files, in name order (uid, then wall-clock stamp)
 * @param recordingDone whether the recorder wrote {@code recording2-done.txt}
 * @param recorderLog {@code recording_sys.log} (or an older SDK's {@code recording.log})
 */
public record SessionFolder(Path dir, List<Path> metadataFiles, boolean recordingDone,
                            Optional<Path> recorderLog) {

    public static final String DONE_MARKER = "recording2-done.txt";

    public SessionFolder {
        Objects.requireNonNull(dir, "dir");
        metadataFiles = List.copyOf(metadataFiles);
        Objects.requireNonNull(recorderLog, "recorderLog");
    }

    public String name() {
        return dir.getFileName() == null ? dir.toString() : dir.getFileName().toString();
    }
}
