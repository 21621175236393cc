package io.recmerge.discover;

import io.recmerge.diag.Diagnostic;
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
 * @param skipped entries named like metadata that were not listed (links, folders), one diagnostic each
 */
public record SessionFolder(Path dir, List<Path> metadataFiles, boolean recordingDone,
                            Optional<Path> recorderLog, List<Diagnostic> skipped) {

    public static final String DONE_MARKER = "recording2-done.txt";

    public SessionFolder {
        Objects.requireNonNull(dir, "dir");
        metadataFiles = List.copyOf(metadataFiles);
        Objects.requireNonNull(recorderLog, "recorderLog");
        skipped = List.copyOf(skipped);
    }

    public SessionFolder(Path dir, List<Path> metadataFiles, boolean recordingDone, Optional<Path> recorderLog) {
        this(dir, metadataFiles, recordingDone, recorderLog, List.of());
    }

    public String name() {
        return dir.getFileName() == null ? dir.toString() : dir.getFileName().toString();
    }
}
