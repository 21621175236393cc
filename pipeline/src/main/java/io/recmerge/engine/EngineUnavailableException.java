package io.recmerge.engine;

/** ffmpeg cannot be used at all; the message is one line a user can act on. */
public final class EngineUnavailableException extends Exception {
    public EngineUnavailableException(String message) {
        super(message);
    }
}
