package io.recmerge.testkit;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.ShortBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds beep onsets in mono s16le PCM: a 2 ms peak envelope; an onset is the first window above the
 * threshold after at least 200 ms of windows below it (the start of the file counts as quiet),
 * refined to the first sample above the threshold inside that window.
 */
final class BeepDetector {

    static final double WINDOW_SECONDS = 0.002;
    static final double MIN_QUIET_SECONDS = 0.2;

    private BeepDetector() {
    }

    static List<Double> onsets(byte[] pcm, int sampleRate, double thresholdFullScale) {
        ShortBuffer s = ByteBuffer.wrap(pcm).order(ByteOrder.LITTLE_ENDIAN).asShortBuffer();
        int threshold = (int) Math.round(thresholdFullScale * 32768);
        int window = (int) Math.round(WINDOW_SECONDS * sampleRate);
        long quietNeeded = Math.round(MIN_QUIET_SECONDS / WINDOW_SECONDS);
        long quietWindows = quietNeeded;
        List<Double> out = new ArrayList<>();
        for (int start = 0; start < s.limit(); start += window) {
            int first = firstAbove(s, start, Math.min(s.limit(), start + window), threshold);
            if (first < 0) {
                quietWindows++;
                continue;
            }
            if (quietWindows >= quietNeeded) {
                out.add((double) first / sampleRate);
            }
            quietWindows = 0;
        }
        return out;
    }

    /** Index of the first sample in [from, to) whose magnitude exceeds the threshold, or -1. */
    private static int firstAbove(ShortBuffer s, int from, int to, int threshold) {
        for (int i = from; i < to; i++) {
            if (Math.abs(s.get(i)) > threshold) {
                return i;
            }
        }
        return -1;
    }
}
