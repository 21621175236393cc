package io.recmerge.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;

/**
 * Damages a written (private, {@link RecordingFactory#write}) session folder the ways a crashed
 * recorder, a wrong encryption password or a hostile sender does. Never use it on a cached folder.
 * Randomness is seeded, so a damaged folder is the same on every run.
 */
public final class Damage {

    private Damage() {
    }

    /** Every line naming {@code from} names {@code to} instead (a crashed recorder's .ts in place of its .mp4). */
    public static void renameInMetadata(Path metadata, String from, String to) {
        rewrite(metadata, text -> text.replace(from, to));
    }

    /** Removes every {@code close} line: the recorder died before closing its files. */
    public static void dropCloseLines(Path metadata) {
        rewrite(metadata, text -> text.lines().filter(l -> !l.strip().endsWith(" close")).map(l -> l + "\n")
                .collect(Collectors.joining()));
    }

    /** Appends raw lines (junk, hostile names, absurd numbers) to a metadata file. */
    public static void appendLines(Path metadata, List<String> lines) {
        rewrite(metadata, text -> text + String.join("\n", lines) + "\n");
    }

    /** Moves the metadata into its hidden copy {@code .uid_….txt} and leaves the visible file empty. */
    public static void emptyWithHiddenCopy(Path metadata) {
        try {
            Files.copy(metadata, metadata.resolveSibling("." + metadata.getFileName()));
            Files.write(metadata, new byte[0]);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes {@code recording_sys.log} with these lines. */
    public static Path recorderLog(Path dir, List<String> lines) {
        return write(dir.resolve("recording_sys.log"), (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
    }

    /** Cuts an MP4 just before its index (moov), as a recorder that died while writing leaves it. */
    public static void cutBeforeIndex(Path mp4) {
        byte[] bytes = read(mp4);
        int moov = box(bytes, "moov");
        if (moov < 0) {
            throw new IllegalArgumentException(mp4 + " has no moov box to cut before");
        }
        write(mp4, java.util.Arrays.copyOf(bytes, moov));
    }

    /**
     * Replaces the media payload with random bytes and keeps the container intact, the way a
     * recorder with a wrong encryption password writes it: MP4 mdat body, or every ADTS frame's
     * payload (headers kept, so the file still parses as AAC).
     */
    public static void scramblePayload(Path file, long seed) {
        byte[] bytes = read(file);
        Random random = new Random(seed);
        if (bytes.length > 1 && (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xf0) == 0xf0) {
            scrambleAdts(bytes, random);
        } else {
            int mdat = box(bytes, "mdat");
            if (mdat < 0) {
                throw new IllegalArgumentException(file + " is neither ADTS nor an MP4 with an mdat box");
            }
            int end = (int) Math.min(bytes.length, mdat + Integer.toUnsignedLong(ByteBuffer.wrap(bytes, mdat, 4).getInt()));
            randomize(bytes, mdat + 8, end, random);
        }
        write(file, bytes);
    }

    /**
     * Damages the last {@code fraction} of an MP4's media data, as a transfer error or a disk fault
     * does: the container and the first part of the media stay intact.
     */
    public static void scrambleTail(Path mp4, double fraction, long seed) {
        byte[] bytes = read(mp4);
        int mdat = box(bytes, "mdat");
        if (mdat < 0) {
            throw new IllegalArgumentException(mp4 + " has no mdat box");
        }
        int end = (int) Math.min(bytes.length, mdat + Integer.toUnsignedLong(ByteBuffer.wrap(bytes, mdat, 4).getInt()));
        randomize(bytes, end - (int) ((end - mdat - 8) * fraction), end, new Random(seed));
        write(mp4, bytes);
    }

    /** Replaces the whole file with random bytes. */
    public static void randomBytes(Path file, int length, long seed) {
        byte[] bytes = new byte[length];
        new Random(seed).nextBytes(bytes);
        write(file, bytes);
    }

    /** Writes arbitrary text under a media name (a crafted playlist or concat list). */
    public static Path text(Path file, String text) {
        return write(file, text.getBytes(StandardCharsets.UTF_8));
    }

    private static void scrambleAdts(byte[] b, Random random) {
        int pos = 0;
        while (pos + 7 <= b.length && (b[pos] & 0xff) == 0xff && (b[pos + 1] & 0xf0) == 0xf0) {
            int length = ((b[pos + 3] & 0x03) << 11) | ((b[pos + 4] & 0xff) << 3) | ((b[pos + 5] & 0xe0) >> 5);
            int header = (b[pos + 1] & 0x01) == 1 ? 7 : 9;
            if (length < header) {
                break;
            }
            randomize(b, pos + header, Math.min(b.length, pos + length), random);
            pos += length;
        }
    }

    private static void randomize(byte[] bytes, int from, int to, Random random) {
        for (int i = from; i < to; i++) {
            bytes[i] = (byte) random.nextInt(256);
        }
    }

    /** Offset of the first top-level box of this type, or -1. */
    private static int box(byte[] bytes, String type) {
        long pos = 0;
        while (pos + 8 <= bytes.length) {
            long size = Integer.toUnsignedLong(ByteBuffer.wrap(bytes, (int) pos, 4).getInt());
            if (new String(bytes, (int) pos + 4, 4, StandardCharsets.ISO_8859_1).equals(type)) {
                return (int) pos;
            }
            if (size < 8) {
                return -1;
            }
            pos += size;
        }
        return -1;
    }

    private static void rewrite(Path file, java.util.function.UnaryOperator<String> edit) {
        write(file, edit.apply(new String(read(file), StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path write(Path file, byte[] bytes) {
        try {
            return Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
