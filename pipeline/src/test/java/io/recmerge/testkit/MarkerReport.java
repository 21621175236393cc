package io.recmerge.testkit;

/**
 * What one decoded frame shows: the frame size (after ffmpeg's display-matrix auto-rotation, i.e.
 * what a player shows), the bounding box of the non-black content inside it (padding is black),
 * and where the red marker sits within that content box.
 */
public record MarkerReport(int frameWidth, int frameHeight, int contentX, int contentY, int contentWidth,
                           int contentHeight, Quadrant quadrant, int redPixels) {

    /** Content taller than wide. */
    public boolean portrait() {
        return contentHeight > contentWidth;
    }

    /** Content wider than tall. */
    public boolean landscape() {
        return contentWidth > contentHeight;
    }

    /** True when the content does not fill the frame (letterbox or pillarbox padding). */
    public boolean padded() {
        return contentWidth < frameWidth || contentHeight < frameHeight;
    }
}
