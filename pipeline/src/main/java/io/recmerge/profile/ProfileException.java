package io.recmerge.profile;

/** A profile that cannot be found or read; the message names the profile and the failed check. */
public final class ProfileException extends Exception {
    public ProfileException(String message) {
        super(message);
    }
}
