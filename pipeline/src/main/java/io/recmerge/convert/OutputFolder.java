package io.recmerge.convert;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * The output folder of one run, checked up front and held by one writer at a time. The lock is an
 * OS file lock on {@code OUT/.recmerge.lock}: the kernel drops it when the holder dies (even on
 * kill -9), so a stale lock cannot block the next run. The file's text names the holder for the
 * message a second run prints; the file itself stays (deleting a lock file races with its next user).
 */
public final class OutputFolder implements AutoCloseable {

    public static final String LOCK_FILE = ".recmerge.lock";

    private final Path dir;
    private final FileChannel channel;
    private final FileLock lock;

    private OutputFolder(Path dir, FileChannel channel, FileLock lock) {
        this.dir = dir;
        this.channel = channel;
        this.lock = lock;
    }

    /** Creates the folder when needed and takes its lock. */
    public static OutputFolder acquire(Path dir, String holder) throws SetupException {
        Path abs = dir.toAbsolutePath().normalize();
        create(abs);
        FileChannel channel;
        try {
            channel = FileChannel.open(abs.resolve(LOCK_FILE), StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new SetupException(unwritable(abs, e));
        }
        try {
            FileLock lock = tryLock(channel);
            if (lock == null) {
                String other = holderOf(channel);
                channel.close();
                throw new SetupException.Locked("another recmerge run is writing into " + abs + " (" + other + "); wait for "
                        + "it to finish or choose another output folder with -o");
            }
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(holder.getBytes(StandardCharsets.UTF_8)), 0);
            return new OutputFolder(abs, channel, lock);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new SetupException(unwritable(abs, e));
        }
    }

    /** "pid 4242, since 2026-12-01T10:02:11Z: recmerge convert …" for the lock's text. */
    public static String holder(String command) {
        return String.format(Locale.ROOT, "pid %d, since %s: %s", ProcessHandle.current().pid(),
                Instant.now().truncatedTo(ChronoUnit.SECONDS), command);
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null; // held by this very JVM (another job of the same batch)
        }
    }

    private static String holderOf(FileChannel channel) {
        try {
            ByteBuffer text = ByteBuffer.allocate(1024);
            int n = channel.read(text, 0);
            String s = n <= 0 ? "" : new String(text.array(), 0, n, StandardCharsets.UTF_8).strip();
            return s.isEmpty() ? "its process id is not recorded" : s;
        } catch (IOException e) {
            return "its process id cannot be read";
        }
    }

    /** Checks OUT before anything is rendered: a file in the way, no rights, a read-only mount. */
    private static void create(Path dir) throws SetupException {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new SetupException("the output folder " + dir + " is a file, not a folder; choose another -o");
        }
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new SetupException("cannot create the output folder " + dir + ": " + cause(e));
        }
        if (!Files.isWritable(dir)) {
            throw new SetupException("the output folder " + dir + " is not writable by user "
                    + System.getProperty("user.name") + "; choose another -o or fix its permissions");
        }
    }

    private static String unwritable(Path dir, IOException e) {
        return "cannot write into the output folder " + dir + ": " + cause(e);
    }

    /** The cause in words: Java's exception messages are often just the path. */
    public static String cause(IOException e) {
        String reason = e instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason()
                : String.valueOf(e.getMessage());
        if (e instanceof AccessDeniedException || reason.contains("Permission denied")) {
            return "permission denied for user " + System.getProperty("user.name");
        }
        if (reason.contains("Read-only file system")) {
            return "it is on a read-only file system";
        }
        if (reason.contains("No space left")) {
            return "no space left on the device";
        }
        if (e instanceof java.nio.file.FileAlreadyExistsException || reason.contains("Not a directory")) {
            return "a file stands where a folder is needed (" + e.getMessage() + ")";
        }
        return reason;
    }

    public Path dir() {
        return dir;
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException ignored) {
            // Closing the channel below releases it as well.
        }
        closeQuietly(channel);
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException ignored) {
            // Nothing left to do: the kernel drops the lock with the descriptor.
        }
    }
}
