package io.recmerge.batch;

import io.recmerge.convert.ConvertListener;
import java.nio.file.Path;
import java.util.List;

/** Hears what a batch does, for the overall progress bar and the logs. Every method is optional. */
public interface BatchListener {

    BatchListener NONE = new BatchListener() { };

    /** The sessions this process will take (after the shard), in order. */
    default void found(List<Path> sessions, int skippedByShard) { }

    /** The listener for one session's stages, told from the job's own thread. */
    default ConvertListener session(Path relative) {
        return ConvertListener.NONE;
    }

    default void finished(SessionEntry entry) { }
}
