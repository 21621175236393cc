package io.recmerge.testkit;

/** Where a marker's centroid lies inside the picture content; NONE when there is no marker. */
public enum Quadrant {
    TOP_LEFT, TOP_RIGHT, BOTTOM_LEFT, BOTTOM_RIGHT, NONE
}
