package io.recmerge.testkit;

import java.nio.file.Path;
import java.util.List;

/**
 * A written session folder and its ground truth (derived from the spec, so a cached folder has
 * the same truth as a freshly generated one). All truth times are on the metadata file's clock.
 */
public record GeneratedSession(Path dir, SessionSpec spec) {

    /** A file of the session folder. */
    public Path file(String fileName) {
        return dir.resolve(fileName);
    }

    /** The user sessions (metadata files) of a uid, in spec order. */
    public List<UserSessionSpec> users(String uid) {
        return spec.users().stream().filter(u -> u.uid().equals(uid)).toList();
    }

    /** The first user session of a uid; throws if there is none. */
    public UserSessionSpec user(String uid) {
        return users(uid).stream().findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no user " + uid + " in " + spec.name()));
    }

    /** Beep session times of the uid's first user session. */
    public List<Double> beeps(String uid) {
        return user(uid).beeps();
    }

    /** Flash session times (snapped to the frame grid) of the uid's first user session. */
    public List<Double> flashes(String uid) {
        return user(uid).flashes();
    }

    /** Rotation spans of the uid's first user session. */
    public List<RotationSpan> rotationSpans(String uid) {
        return user(uid).rotationSpans();
    }
}
