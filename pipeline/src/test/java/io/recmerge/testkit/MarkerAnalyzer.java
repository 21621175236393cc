package io.recmerge.testkit;

/**
 * Finds the picture content (non-black box) of a frame and the red marker inside it. Padding is
 * black and the kit's content is dark grey, so "non-black" (any channel > 25) separates them even
 * after lossy encoding; a row or column belongs to the content when at least 10% of its pixels do,
 * which ignores ringing along the content's edges.
 */
final class MarkerAnalyzer {

    static final int NON_BLACK = 25;
    static final double LINE_FRACTION = 0.10;
    /** A marker must cover at least this share of the content box (the generated one covers 4%). */
    static final double MIN_RED_FRACTION = 0.005;

    private MarkerAnalyzer() {
    }

    static MarkerReport analyze(RgbFrame f) {
        int[] rows = new int[f.height()];
        int[] cols = new int[f.width()];
        for (int y = 0; y < f.height(); y++) {
            for (int x = 0; x < f.width(); x++) {
                if (Math.max(f.r(x, y), Math.max(f.g(x, y), f.b(x, y))) > NON_BLACK) {
                    rows[y]++;
                    cols[x]++;
                }
            }
        }
        int[] ys = span(rows, f.width());
        int[] xs = span(cols, f.height());
        if (ys == null || xs == null) {
            return new MarkerReport(f.width(), f.height(), 0, 0, 0, 0, Quadrant.NONE, 0);
        }
        return redQuadrant(f, xs[0], ys[0], xs[1] - xs[0] + 1, ys[1] - ys[0] + 1);
    }

    /** First and last index whose count reaches LINE_FRACTION of the line length, or null. */
    private static int[] span(int[] counts, int lineLength) {
        int min = Math.max(1, (int) Math.ceil(LINE_FRACTION * lineLength));
        int first = -1;
        int last = -1;
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] >= min) {
                first = first < 0 ? i : first;
                last = i;
            }
        }
        return first < 0 ? null : new int[] {first, last};
    }

    private static MarkerReport redQuadrant(RgbFrame f, int x0, int y0, int w, int h) {
        long sx = 0;
        long sy = 0;
        int n = 0;
        for (int y = y0; y < y0 + h; y++) {
            for (int x = x0; x < x0 + w; x++) {
                if (f.r(x, y) > 150 && f.g(x, y) < 80 && f.b(x, y) < 80) {
                    sx += x;
                    sy += y;
                    n++;
                }
            }
        }
        Quadrant q = Quadrant.NONE;
        if (n > 0 && n >= MIN_RED_FRACTION * w * h) {
            boolean left = (double) sx / n < x0 + w / 2.0;
            boolean top = (double) sy / n < y0 + h / 2.0;
            q = top ? (left ? Quadrant.TOP_LEFT : Quadrant.TOP_RIGHT) : (left ? Quadrant.BOTTOM_LEFT : Quadrant.BOTTOM_RIGHT);
        }
        return new MarkerReport(f.width(), f.height(), x0, y0, w, h, q, n);
    }
}
