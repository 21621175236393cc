package io.recmerge.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.stream.Stream;

/**
 * Writes recording session folders that carry their own ground truth (beeps, flashes, a red
 * marker in the top-left of the upright picture), see docs/testing.md.
 *
 * <p>Caching: with the system property {@code recmerge.testCache} (set by the pipeline pom to
 * {@code target/test-media}) each distinct spec is generated once into
 * {@code <cache>/<name>-<hash of spec>} and reused. {@link #cached(SessionSpec)} hands out that
 * shared folder: tests MUST NOT modify it (no new files, no deletes, no outputs inside it; use
 * {@code -o} to a temp dir, or {@link #write(SessionSpec, Path)} to get a private copy).
 */
public final class RecordingFactory {

    /** Bump when the generated media change, so stale cache entries are not reused. */
    static final String GENERATOR_VERSION = "1";
    public static final String CACHE_PROPERTY = "recmerge.testCache";
    public static final String DONE_MARKER = "recording2-done.txt";

    private static final Object LOCK = new Object();

    private RecordingFactory() {
    }

    /**
     * Writes the session into {@code dir} (created if needed; existing files of the same names are
     * overwritten). With a cache configured this is a copy of the cached folder. The copy is the
     * caller's to modify.
     */
    public static GeneratedSession write(SessionSpec spec, Path dir) {
        try {
            Files.createDirectories(dir);
            if (System.getProperty(CACHE_PROPERTY) != null) {
                copyFiles(cached(spec).dir(), dir);
            } else {
                generate(spec, dir);
            }
            return new GeneratedSession(dir, spec);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The shared, generated-once folder for this spec (under {@code recmerge.testCache}, else under
     * {@code java.io.tmpdir/recmerge-test-media}). Read-only by contract: do not modify it.
     */
    public static GeneratedSession cached(SessionSpec spec) {
        return new GeneratedSession(cacheEntry(spec.name() + "-" + hash(spec), dir -> {
            try {
                generate(spec, dir);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }), spec);
    }

    /**
     * The cache folder {@code entry}, made by {@code generator} (into an empty folder) the first
     * time it is asked for; read-only by contract afterwards. For other generated fixtures of the kit.
     */
    static Path cacheEntry(String entry, java.util.function.Consumer<Path> generator) {
        Path target = cacheRoot().resolve(entry);
        synchronized (LOCK) {
            if (!Files.isDirectory(target)) {
                generateAtomically(entry, generator, target);
            }
        }
        return target;
    }

    /** Generates into a scratch folder beside the target, then renames: a half-written entry is never seen. */
    private static void generateAtomically(String entry, java.util.function.Consumer<Path> generator, Path target) {
        Path tmp = null;
        try {
            Files.createDirectories(target.getParent());
            tmp = Files.createTempDirectory(target.getParent(), ".tmp-" + entry + "-");
            generator.accept(tmp);
            makeReadable(tmp);
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
            tmp = null;
        } catch (IOException e) {
            // Another JVM (parallel fork) may have won the race (rename onto a non-empty folder fails);
            // its entry is complete because it only appears by rename.
            if (!Files.isDirectory(target)) {
                throw new UncheckedIOException("cannot create cache entry " + target, e);
            }
        } finally {
            deleteTree(tmp);
        }
    }

    private static void generate(SessionSpec spec, Path dir) throws IOException {
        for (UserSessionSpec user : spec.users()) {
            for (AudioSpec a : user.audio()) {
                MediaWriter.writeAudio(a, dir.resolve(a.fileName()));
            }
            for (VideoSpec v : user.video()) {
                MediaWriter.writeVideo(v, dir.resolve(v.fileName()));
            }
            Files.writeString(dir.resolve(user.metadataFileName()), MetadataWriter.render(user),
                    StandardCharsets.UTF_8);
        }
        if (spec.done()) {
            Files.writeString(dir.resolve(DONE_MARKER), "", StandardCharsets.UTF_8);
        }
    }

    private static Path cacheRoot() {
        String configured = System.getProperty(CACHE_PROPERTY);
        Path root = configured != null ? Path.of(configured)
                : Path.of(System.getProperty("java.io.tmpdir"), "recmerge-test-media");
        return root.toAbsolutePath();
    }

    /** A short, stable hash of the spec (records have value-based toString) and the generator version. */
    static String hash(Object spec) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            byte[] d = md.digest((GENERATOR_VERSION + "|" + spec).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** createTempDirectory makes the folder owner-only (700); a cache entry is for everyone to read. */
    private static void makeReadable(Path dir) {
        try {
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        } catch (UnsupportedOperationException | IOException ignored) {
            // not a POSIX file system: the default permissions will do
        }
    }

    private static void copyFiles(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.list(from)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Files.copy(f, to.resolve(f.getFileName().toString()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    private static void deleteTree(Path dir) {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted((a, b) -> b.getNameCount() - a.getNameCount()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // best effort clean-up of a scratch folder
        }
    }
}
