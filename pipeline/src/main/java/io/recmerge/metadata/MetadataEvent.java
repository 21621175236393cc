package io.recmerge.metadata;

import java.util.OptionalInt;

/**
 * One line of a {@code uid_*.txt} metadata file. Times are seconds on this metadata file's own
 * clock (the session clock of the user session).
 */
public sealed interface MetadataEvent permits MetadataEvent.FileEvent, MetadataEvent.SessionBreak {

    double time();

    /** An event about one media file. */
    sealed interface FileEvent extends MetadataEvent
            permits Create, Info, Rotate, Close {
        String file();
    }

    /** The recorder opened a media file. */
    record Create(double time, String file) implements FileEvent { }

    /**
     * Stream parameters. Audio: {@code channels}. Video: size and rotation; its time is when the
     * first (I-)frame was written, i.e. where the video file's own t=0 sits.
     */
    record Info(double time, String file, OptionalInt channels, OptionalInt width, OptionalInt height,
                OptionalInt rotation, boolean codecSwitch) implements FileEvent {

        public boolean isVideo() {
            return width.isPresent() || height.isPresent() || rotation.isPresent();
        }
    }

    /** From this time on, frames must be turned {@code degrees} clockwise to be upright. */
    record Rotate(double time, String file, int degrees) implements FileEvent { }

    /** The recorder closed the file. Missing after a crash. */
    record Close(double time, String file) implements FileEvent { }

    /** A {@code new session started} line: a boundary between user sessions in one file. */
    record SessionBreak(double time) implements MetadataEvent { }
}
