package io.recmerge.convert;

/**
 * A session cannot be converted for a reason outside the recording: the folder is not a session,
 * the output folder is unusable or another run is writing into it. The message is one sentence for
 * the user, naming the path and the cause; the CLI exits 1. Nothing was created or written.
 */
public class SetupException extends Exception {

    public SetupException(String message) {
        super(message);
    }

    /** Another run holds the output folder's lock; the message names it. */
    public static final class Locked extends SetupException {
        public Locked(String message) {
            super(message);
        }
    }
}
