package io.recmerge.batch;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code --shard I/N}: this process takes the sessions whose relative path hashes to I modulo N
 * (I counts from 0, like a Kubernetes Indexed Job's JOB_COMPLETION_INDEX). The hash is SHA-256 of
 * the path with '/' separators, so every process, JVM and machine agrees without a coordinator,
 * and a session stays in its shard when others are added or removed.
 */
public record Shard(int index, int count) {

    private static final Pattern FORM = Pattern.compile("\\s*(\\d{1,6})\\s*/\\s*(\\d{1,6})\\s*");

    public static final Shard ALL = new Shard(0, 1);

    public Shard {
        if (count < 1 || index < 0 || index >= count) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "shard %d/%d: the index must be from 0 to %d", index, count, Math.max(0, count - 1)));
        }
    }

    /** "2/5"; the message says what was expected. */
    public static Shard parse(String text) {
        Matcher m = FORM.matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not INDEX/COUNT (e.g. 0/4: the first of four shards)");
        }
        return new Shard(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    public boolean takes(Path relativePath) {
        return count == 1 || bucket(relativePath, count) == index;
    }

    static int bucket(Path relativePath, int count) {
        String key = relativePath.toString().replace('\\', '/');
        byte[] hash = sha256(key.getBytes(StandardCharsets.UTF_8));
        long value = 0;
        for (int i = 0; i < 8; i++) {
            value = (value << 8) | (hash[i] & 0xff);
        }
        return (int) Math.floorMod(value, (long) count);
    }

    private static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    @Override
    public String toString() {
        return index + "/" + count;
    }
}
