package io.recmerge.cli;

import io.recmerge.profile.Profile;
import io.recmerge.profile.ProfileCatalog;
import io.recmerge.profile.ProfileException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code recmerge profiles}: the built-in output profiles. */
@Command(name = "profiles", mixinStandardHelpOptions = true, description = "List the built-in output profiles.")
final class ProfilesCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        try {
            for (Profile p : ProfileCatalog.load().builtIn().values()) {
                String tracks = p.video().map(v -> v.codec() + "+").orElse("") + p.audio().map(a -> a.codec()).orElse("");
                System.out.printf("%-16s %-5s %-10s %-9s %s%n", p.name(), p.extension(), tracks,
                        p.streamCopy() ? "copy-ok" : "re-encode", p.description());
            }
            return 0;
        } catch (ProfileException e) {
            System.err.println("recmerge: " + e.getMessage());
            return 1;
        }
    }
}
