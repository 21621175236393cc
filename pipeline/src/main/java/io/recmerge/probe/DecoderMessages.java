package io.recmerge.probe;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Which lines of a decode run's stderr are decoder errors. The null output's muxer also logs at
 * error level: a clean VP8 WebM whose decoded frames repeat a timestamp makes it print
 * "[null @ 0x…] Application provided invalid, non monotonically increasing dts to muxer in stream 0:
 * 9 >= 9", which says nothing about the file's decodability. Lines of the output side (the
 * {@code null} muxer, {@code out#} contexts) and messages about the muxer are therefore not counted.
 */
final class DecoderMessages {

    /** ffmpeg 8 puts "[ctx @ 0x…] " prefixes before a message; the first names who logged it. */
    private static final Pattern OUTPUT_SIDE = Pattern.compile("^\\[(null|out#[^\\]]*) @ 0x[0-9a-f]+\\].*");

    private DecoderMessages() {
    }

    /** The decoder errors among {@code lines}, minus those containing one of {@code expected}. */
    static List<String> errors(List<String> lines, List<String> expected) {
        return lines.stream().filter(DecoderMessages::isDecoderError)
                .filter(l -> expected.stream().noneMatch(l::contains)).toList();
    }

    static boolean isDecoderError(String line) {
        String l = line.strip();
        return !l.isEmpty() && !OUTPUT_SIDE.matcher(l).matches() && !l.contains("to muxer");
    }
}
