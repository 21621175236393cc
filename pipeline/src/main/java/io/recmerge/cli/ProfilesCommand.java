package io.recmerge.cli;

import io.recmerge.profile.Profile;
import io.recmerge.profile.ProfileCatalog;
import io.recmerge.profile.ProfileException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code recmerge profiles}: the built-in output profiles, as a table with a header. */
@Command(name = "profiles", mixinStandardHelpOptions = true, description = "List the built-in output profiles.")
final class ProfilesCommand implements Callable<Integer> {

    /** What the recorder writes: only these codecs can ever be stream-copied into an output. */
    private static final Set<String> RECORDER_VIDEO = Set.of("h264", "vp8");
    private static final Set<String> RECORDER_AUDIO = Set.of("aac");
    private static final String FORMAT = "%-15s %-6s %-6s %-6s %-24s %s%n";

    @Override
    public Integer call() {
        try {
            print(ProfileCatalog.load().builtIn().values(), System.out);
            return 0;
        } catch (ProfileException e) {
            System.err.println("recmerge: " + e.getMessage());
            return 1;
        }
    }

    static void print(Collection<Profile> profiles, PrintStream out) {
        out.printf(FORMAT, "NAME", "FILE", "VIDEO", "AUDIO", "STREAM COPY", "DESCRIPTION");
        for (Profile p : profiles) {
            out.printf(FORMAT, p.name(), "." + p.extension(), p.video().map(Profile.VideoCodec::codec).orElse("-"),
                    p.audio().map(Profile.AudioCodec::codec).orElse("-"), copies(p), p.description());
        }
        out.println("Use one with --profile NAME, or --profile FILE.json for a profile of your own.");
    }

    /**
     * Which tracks a recording can be copied into this profile without re-encoding: only tracks
     * whose codec the recorder writes, and only when the profile allows copying at all.
     */
    static String copies(Profile p) {
        List<String> tracks = new ArrayList<>();
        p.video().filter(v -> p.streamCopy() && RECORDER_VIDEO.contains(v.codec())).ifPresent(v -> tracks.add("video"));
        p.audio().filter(a -> p.streamCopy() && RECORDER_AUDIO.contains(a.codec())).ifPresent(a -> tracks.add("audio"));
        return tracks.isEmpty() ? "never (re-encodes)" : String.join("+", tracks) + " when it fits";
    }
}
