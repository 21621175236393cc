package io.recmerge.batch;

import io.recmerge.convert.ConvertSettings;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * One thing a batch converts: an on-premise session folder, or one Agora Cloud Recording (the files
 * of a folder that share one {@code <sid>_<cname>}, {@code cloudKey}). A cloud recording is listed as
 * {@code <rel>/<sid>_<cname>} and converted into {@code OUT/<rel>/<sid>_<cname>/} whether its folder
 * holds one recording or several: Agora uploads every recording of a file name prefix into one
 * folder, so a folder gains recordings over time, and a name that changed when the second one came
 * would move the first one's outputs, its shard and its resume fingerprint.
 */
public record Source(Path dir, Optional<String> cloudKey) {

    public Source {
        Objects.requireNonNull(dir, "dir");
        Objects.requireNonNull(cloudKey, "cloudKey");
    }

    public static Source session(Path dir) {
        return new Source(dir, Optional.empty());
    }

    public static Source cloud(Path dir, String key) {
        return new Source(dir, Optional.of(key));
    }

    /** The path the report lists, the shard hashes and OUT mirrors. */
    public Path relative(Path root) {
        Path folder = root.relativize(dir);
        return cloudKey.map(folder::resolve).orElse(folder);
    }

    /** {@link #relative} with '/' separators, "." for ROOT itself. */
    public String name(Path root) {
        String name = relative(root).toString().replace('\\', '/');
        return name.isEmpty() ? "." : name;
    }

    /** The batch's options for this source: a cloud recording's conversion takes only its own files. */
    ConvertSettings settings(ConvertSettings each) {
        return cloudKey.map(key -> each.withSelect(each.select().withRecording(key))).orElse(each);
    }
}
