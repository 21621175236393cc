package io.recmerge.verify;

/** The written file failed a check; the message states each failed check with its values. */
public final class VerificationException extends Exception {
    public VerificationException(String message) {
        super(message);
    }
}
