package io.recmerge.testkit;

import java.util.List;

/**
 * A whole session folder. {@code name} names the cache entry (and is handy as a folder name);
 * {@code done} writes the {@code recording2-done.txt} marker.
 */
public record SessionSpec(String name, List<UserSessionSpec> users, boolean done) {

    public SessionSpec {
        if (!name.matches("[A-Za-z0-9._-]+")) {
            throw new IllegalArgumentException("session name must be a plain folder name: " + name);
        }
        users = List.copyOf(users);
    }
}
