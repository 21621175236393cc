package io.recmerge.container;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Child boxes inside an in-memory box body (32-bit sizes: what an index holds). */
final class Boxes {

    /**
     * A box body: {@code from} is the first byte after the 8-byte header (a full box's version and
     * flags come first in it), {@code to} the first byte after the box.
     */
    record Span(int from, int to) { }

    private Boxes() {
    }

    /** The boxes of this type directly inside [from, to); stops at the first malformed header. */
    static List<Span> children(ByteBuffer b, int from, int to, String type) {
        List<Span> found = new ArrayList<>();
        int pos = from;
        while (pos + 8 <= to) {
            long size = Integer.toUnsignedLong(b.getInt(pos));
            if (size < 8 || size > to - pos) {
                break;
            }
            if (fourCc(b, pos + 4).equals(type)) {
                found.add(new Span(pos + 8, (int) (pos + size)));
            }
            pos += (int) size;
        }
        return found;
    }

    static Optional<Span> child(ByteBuffer b, Span parent, String type) {
        return children(b, parent.from(), parent.to(), type).stream().findFirst();
    }

    static String fourCc(ByteBuffer b, int at) {
        byte[] type = new byte[4];
        for (int i = 0; i < 4; i++) {
            type[i] = b.get(at + i);
        }
        return new String(type, StandardCharsets.ISO_8859_1);
    }
}
