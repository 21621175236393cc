package io.recmerge.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/** Walks the top-level boxes of an ISO-BMFF (MP4) file without parsing their contents. */
final class Mp4Boxes {

    private Mp4Boxes() {
    }

    /**
     * Top-level box types in file order. size 1 means a 64-bit size follows the type; size 0 means
     * "to the end of the file". Stops at the first box whose size cannot be right.
     */
    static List<String> topLevel(Path file) {
        List<String> types = new ArrayList<>();
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            long pos = 0;
            long end = ch.size();
            ByteBuffer head = ByteBuffer.allocate(16);
            while (pos + 8 <= end) {
                head.clear().limit(8);
                ch.read(head, pos);
                long size = Integer.toUnsignedLong(head.getInt(0));
                types.add(new String(head.array(), 4, 4, StandardCharsets.ISO_8859_1));
                long headerLen = 8;
                if (size == 1) {
                    head.clear().limit(8);
                    ch.read(head, pos + 8);
                    size = head.getLong(0);
                    headerLen = 16;
                } else if (size == 0) {
                    size = end - pos;
                }
                if (size < headerLen) {
                    break;
                }
                pos += size;
            }
            return types;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
