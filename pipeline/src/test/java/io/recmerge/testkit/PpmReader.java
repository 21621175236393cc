package io.recmerge.testkit;

import java.util.Arrays;

/** Reads one binary PPM (P6, maxval 255): ffmpeg's ppm encoder gives the frame size for free. */
final class PpmReader {

    private PpmReader() {
    }

    static RgbFrame read(byte[] ppm) {
        int[] pos = {0};
        String magic = token(ppm, pos);
        int width = Integer.parseInt(token(ppm, pos));
        int height = Integer.parseInt(token(ppm, pos));
        int maxval = Integer.parseInt(token(ppm, pos));
        if (!"P6".equals(magic) || maxval != 255) {
            throw new IllegalArgumentException("not an 8-bit P6 PPM: " + magic + " maxval " + maxval);
        }
        int start = pos[0] + 1; // exactly one whitespace byte after maxval
        int len = width * height * 3;
        if (ppm.length < start + len) {
            throw new IllegalArgumentException("truncated PPM");
        }
        return new RgbFrame(width, height, Arrays.copyOfRange(ppm, start, start + len));
    }

    /** Next whitespace-separated header token; leaves pos on the byte after it. */
    private static String token(byte[] b, int[] pos) {
        int i = pos[0];
        while (i < b.length && Character.isWhitespace(b[i])) {
            i++;
        }
        int s = i;
        while (i < b.length && !Character.isWhitespace(b[i])) {
            i++;
        }
        pos[0] = i;
        return new String(b, s, i - s, java.nio.charset.StandardCharsets.US_ASCII);
    }
}
