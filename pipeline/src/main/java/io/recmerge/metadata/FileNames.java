package io.recmerge.metadata;

import java.util.Optional;

/**
 * Which names a metadata file may use for its media. The recorder writes plain names in its own
 * folder; anything that could reach another folder or confuse a terminal is refused unopened.
 */
public final class FileNames {

    static final int MAX_LENGTH = 255;

    private FileNames() {
    }

    /** Empty when the name is safe, else what is wrong with it. */
    public static Optional<String> problem(String name) {
        if (name.isEmpty()) {
            return Optional.of("the file name is empty");
        }
        if (name.length() > MAX_LENGTH) {
            return Optional.of("the file name is " + name.length() + " characters long (limit " + MAX_LENGTH + ")");
        }
        if (name.indexOf('/') >= 0 || name.indexOf('\\') >= 0) {
            return Optional.of("the file name contains a path separator");
        }
        if (name.contains("..")) {
            return Optional.of("the file name contains '..'");
        }
        if (name.chars().anyMatch(FileNames::invisible)) {
            return Optional.of("the file name contains a NUL or control character");
        }
        if (name.startsWith(".") || name.startsWith("-")) {
            return Optional.of("the file name starts with '" + name.charAt(0) + "'");
        }
        return Optional.empty();
    }

    /**
     * Control characters (C0, DEL, C1) and the invisible ones that can disguise a name in a
     * terminal: bidi overrides (U+202E), line/paragraph separators, zero-width characters.
     */
    static boolean invisible(int c) {
        int type = Character.getType(c);
        return Character.isISOControl(c) || type == Character.FORMAT || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR || c == 0xA0;
    }

    /** A name made safe to print in one line of a message (control characters shown as \\uXXXX). */
    public static String printable(String text, int max) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length() && out.length() < max; i++) {
            char c = text.charAt(i);
            out.append(invisible(c) ? String.format("\\u%04x", (int) c) : String.valueOf(c));
        }
        return text.length() > max ? out + "…" : out.toString();
    }
}
