package io.recmerge.container;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/** Walks the top-level boxes of an MP4 file (type names in file order) without reading their bodies. */
public final class Mp4Boxes {

    private static final int MAX_BOXES = 10_000;

    private Mp4Boxes() {
    }

    public static List<String> topLevel(Path file) throws IOException {
        List<String> types = new ArrayList<>();
        try (FileChannel in = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = in.size();
            long pos = 0;
            ByteBuffer header = ByteBuffer.allocate(16);
            while (pos + 8 <= size && types.size() < MAX_BOXES) {
                header.clear();
                in.read(header, pos);
                header.flip();
                long boxSize = Integer.toUnsignedLong(header.getInt());
                String type = new String(new byte[] {header.get(), header.get(), header.get(), header.get()},
                        StandardCharsets.ISO_8859_1);
                if (boxSize == 1 && header.remaining() >= 8) {
                    boxSize = header.getLong(); // 64-bit "largesize" follows the type
                } else if (boxSize == 0) {
                    boxSize = size - pos; // box runs to the end of the file
                }
                types.add(type);
                if (boxSize < 8 || boxSize > size - pos) {
                    break; // corrupt or truncated: what was read so far is the answer
                }
                pos += boxSize;
            }
        }
        return types;
    }

    /** Players can start before the whole file arrives only when the index (moov) precedes the media (mdat). */
    public static boolean isFaststart(Path file) throws IOException {
        List<String> types = topLevel(file);
        int moov = types.indexOf("moov");
        int mdat = types.indexOf("mdat");
        return moov >= 0 && (mdat < 0 || moov < mdat);
    }
}
