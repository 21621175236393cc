package io.recmerge.plan;

/** The output picture size; always even, as yuv420p and most H.264 decoders require. */
public record Canvas(int width, int height) {

    public Canvas {
        if (width < 2 || height < 2 || width % 2 != 0 || height % 2 != 0) {
            throw new IllegalArgumentException("canvas " + width + "x" + height + " is not even and >= 2");
        }
    }

    /** Rounds down to even sizes (a 321-pixel picture is scaled into 320, never stretched). */
    public static Canvas even(int width, int height) {
        return new Canvas(Math.max(2, width & ~1), Math.max(2, height & ~1));
    }

    public boolean isPortrait() {
        return height > width;
    }

    @Override
    public String toString() {
        return width + "x" + height;
    }
}
