package io.recmerge.discover;

import io.recmerge.metadata.MetadataEvent;
import io.recmerge.metadata.MetadataFile;
import io.recmerge.metadata.MetadataParser;
import io.recmerge.container.Mp4Boxes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The recording FAQ's signs that the recorder crashed, read from the folder without running
 * ffmpeg: metadata without {@code close} lines, video still in MPEG-TS (never converted to MP4),
 * MP4 files without their index, and {@code MediaFile} without {@code ~MediaFile} in the log.
 * A recording still in progress shows the first two as well, so {@code idle} (how long nothing in
 * the folder has changed) goes with them: the user can tell a live recording from a dead one.
 */
public record CrashSigns(List<String> signs, Optional<Duration> idle) {

    private static final int NAMES_SHOWN = 3;

    public CrashSigns {
        signs = List.copyOf(signs);
    }

    public boolean any() {
        return !signs.isEmpty();
    }

    /** The signs in one sentence, with how long the folder has been idle. */
    public String summary() {
        String text = String.join("; ", signs);
        return idle.map(d -> text + "; nothing in the folder changed for " + human(d)).orElse(text);
    }

    public static CrashSigns of(SessionFolder folder, Optional<RecorderLog> log) throws IOException {
        List<Path> files = regularFiles(folder.dir());
        List<String> signs = new ArrayList<>();
        List<String> unclosed = unclosed(folder);
        if (!unclosed.isEmpty()) {
            signs.add(count(unclosed.size(), "media file") + " without a close line in the metadata " + names(unclosed));
        }
        List<String> ts = files.stream().map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".ts")).toList();
        if (!ts.isEmpty()) {
            signs.add(count(ts.size(), "video file") + " still in MPEG-TS, never converted to MP4 " + names(ts));
        }
        List<String> noIndex = withoutIndex(files);
        if (!noIndex.isEmpty()) {
            signs.add(count(noIndex.size(), "MP4 file") + " without an index (moov) " + names(noIndex));
        }
        log.filter(RecorderLog::hasCrashSignature).ifPresent(l -> signs.add(l.file().getFileName() + " opens "
                + l.openWriterNames() + " (" + l.mediaFileLines() + " open line(s)) without a ~"
                + l.openWriters().get(0) + " after the last one"));
        return new CrashSigns(signs, idle(files));
    }

    private static List<String> unclosed(SessionFolder folder) {
        List<String> names = new ArrayList<>();
        for (Path file : folder.metadataFiles()) {
            MetadataFile meta = MetadataParser.parse(file);
            for (String media : meta.mediaFiles()) {
                boolean closed = meta.events().stream().anyMatch(e -> e instanceof MetadataEvent.Close c
                        && c.file().equals(media));
                if (!closed) {
                    names.add(media);
                }
            }
        }
        return names;
    }

    private static List<String> withoutIndex(List<Path> files) {
        List<String> names = new ArrayList<>();
        for (Path p : files) {
            String name = p.getFileName().toString();
            try {
                List<String> boxes = name.endsWith(".mp4") ? Mp4Boxes.topLevel(p) : List.of();
                if (!boxes.isEmpty() && boxes.get(0).equals("ftyp") && !boxes.contains("moov")) {
                    names.add(name);
                }
            } catch (IOException e) {
                // unreadable: the probe stage reports it with the reason
            }
        }
        return names;
    }

    private static List<Path> regularFiles(Path dir) throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)).sorted()
                    .collect(Collectors.toList());
        }
    }

    private static Optional<Duration> idle(List<Path> files) {
        Optional<Instant> newest = files.stream().map(CrashSigns::modified).flatMap(Optional::stream)
                .max(Instant::compareTo);
        return newest.map(t -> Duration.between(t, Instant.now())).filter(d -> !d.isNegative());
    }

    private static Optional<Instant> modified(Path p) {
        try {
            FileTime t = Files.getLastModifiedTime(p, LinkOption.NOFOLLOW_LINKS);
            return Optional.of(t.toInstant());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static String count(int n, String what) {
        return n + " " + what + (n == 1 ? "" : "s");
    }

    private static String names(List<String> names) {
        String shown = names.stream().limit(NAMES_SHOWN).collect(Collectors.joining(", "));
        return "(" + shown + (names.size() > NAMES_SHOWN ? ", …" : "") + ")";
    }

    static String human(Duration d) {
        long s = d.toSeconds();
        if (s < 120) {
            return s + " s";
        }
        if (s < 7200) {
            return s / 60 + " min";
        }
        return String.format(Locale.ROOT, "%d h %d min", s / 3600, s % 3600 / 60);
    }
}
