package io.recmerge.metadata;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which recording files a metadata file owns by their names, for files it does not name itself
 * (a crash cut it short). Two namings exist: {@code uid_<uid>_<stamp>[_n].<ext>}, the metadata's
 * own base name, and the SDK 2.x recorder's {@code <uid>_<stamp>.<ext>} without {@code uid_},
 * whose stamp is the file's own creation time ({@code 0_20190208084418569.aac} and
 * {@code 0_20190208084418974.mp4} beside {@code uid_0_20190208084418570.txt}): such a file belongs
 * to the metadata whose time span holds its stamp.
 */
public final class MediaNames {

    /** The recorder creates a file's metadata and the file itself within milliseconds of each other. */
    static final Duration SLACK = Duration.ofSeconds(1);
    private static final String EXTENSIONS = "\\.(aac|mp4|webm|ts)";
    /** yyyyMMddHHmmssSSS, as the 2.x recorder stamps its names. */
    private static final Pattern MS_STAMP = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})(\\d{2})(\\d{2})(\\d{2})(\\d{3})");

    private MediaNames() {
    }

    /** Whether {@code fileName} is one of the recording files of {@code meta}, judged by its name only. */
    public static boolean ownedBy(MetadataFile meta, String fileName) {
        if (fileName.matches(Pattern.quote(meta.baseName()) + "(_[0-9]+)?" + EXTENSIONS)) {
            return true;
        }
        Matcher m = Pattern.compile(Pattern.quote(meta.uid()) + "_([0-9]+)(_[0-9]+)?" + EXTENSIONS).matcher(fileName);
        return m.matches() && (m.group(1).equals(meta.stamp()) || withinSpan(meta, m.group(1)));
    }

    private static boolean withinSpan(MetadataFile meta, String stamp) {
        Optional<LocalDateTime> start = time(meta.stamp());
        Optional<LocalDateTime> file = time(stamp);
        if (start.isEmpty() || file.isEmpty()) {
            return false;
        }
        double last = meta.events().stream().mapToDouble(MetadataEvent::time).max().orElse(0);
        LocalDateTime end = start.get().plus(Duration.ofMillis(Math.round(last * 1000))).plus(SLACK);
        return !file.get().isBefore(start.get().minus(SLACK)) && !file.get().isAfter(end);
    }

    static Optional<LocalDateTime> time(String stamp) {
        Matcher m = MS_STAMP.matcher(stamp);
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDateTime.of(n(m, 1), n(m, 2), n(m, 3), n(m, 4), n(m, 5), n(m, 6),
                    n(m, 7) * 1_000_000));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static int n(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }
}
