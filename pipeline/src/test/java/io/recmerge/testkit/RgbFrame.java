package io.recmerge.testkit;

/** One decoded frame as packed RGB24, row-major. */
public record RgbFrame(int width, int height, byte[] rgb) {

    public int r(int x, int y) {
        return rgb[3 * (y * width + x)] & 0xff;
    }

    public int g(int x, int y) {
        return rgb[3 * (y * width + x) + 1] & 0xff;
    }

    public int b(int x, int y) {
        return rgb[3 * (y * width + x) + 2] & 0xff;
    }

    /** Full-range luma (BT.601 weights) of a pixel: black 0, white 255. */
    public double luma(int x, int y) {
        return 0.299 * r(x, y) + 0.587 * g(x, y) + 0.114 * b(x, y);
    }

    /** Mean full-range luma of the frame. */
    public double meanLuma() {
        double sum = 0;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                sum += luma(x, y);
            }
        }
        return sum / ((double) width * height);
    }
}
