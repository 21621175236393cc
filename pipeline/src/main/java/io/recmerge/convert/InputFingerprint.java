package io.recmerge.convert;

import io.recmerge.profile.Profile;
import io.recmerge.report.Manifest;
import io.recmerge.report.ToolVersion;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * What a session's outputs were made from, as one hash: the names, sizes and modification times of
 * the files in the session folder (not its subfolders, where the default output folder lives), the
 * options that shape the outputs, the resolved profile and the recmerge version. Only metadata is
 * read, so checking thousands of finished sessions takes seconds.
 */
public final class InputFingerprint {

    private InputFingerprint() {
    }

    public static Manifest.Input of(Path sessionDir, ConvertSettings settings, Profile profile) throws IOException {
        MessageDigest sha = sha256();
        line(sha, "recmerge " + ToolVersion.current());
        line(sha, "options " + settings.outputShapingKey());
        line(sha, "profile " + profile);
        int files = 0;
        long bytes = 0;
        Set<String> ours = InPlaceGuard.of(sessionDir, settings.outputDirFor(sessionDir)).ownFiles();
        for (Path p : files(sessionDir).stream().filter(p -> !ours.contains(p.getFileName().toString()))
                .filter(p -> ofSelectedRecording(p, settings)).toList()) {
            BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            line(sha, p.getFileName() + "\t" + a.size() + "\t" + a.lastModifiedTime().toMillis());
            files++;
            bytes += a.size();
        }
        return new Manifest.Input(HexFormat.of().formatHex(sha.digest()), files, bytes);
    }

    /**
     * Batch: a cloud recording converted on its own (one of several in a folder) is made
     * from its own files, so a new recording beside it does not make it look changed.
     */
    private static boolean ofSelectedRecording(Path p, ConvertSettings settings) {
        return settings.select().recording().map(key -> io.recmerge.cloud.CloudName.parse(p.getFileName().toString())
                .filter(n -> n.recordingKey().equals(key)).isPresent()).orElse(true);
    }

    private static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS) || Files.isSymbolicLink(p))
                    .sorted().toList();
        }
    }

    private static void line(MessageDigest sha, String text) {
        sha.update((text + "\n").getBytes(StandardCharsets.UTF_8));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
