package io.recmerge.plan;

import java.util.List;
import java.util.Optional;

/**
 * The output canvas: the orientation that covers most of the output's time, at the largest
 * upright size of that orientation. Pictures of the other orientation are fitted inside it.
 */
final class Canvases {

    private Canvases() {
    }

    static Canvas choose(List<MediaPiece> video, Optional<Canvas> requested) {
        if (requested.isPresent()) {
            return requested.get();
        }
        double portrait = 0;
        double landscape = 0;
        for (MediaPiece p : video) {
            for (RotationSpan span : p.rotations()) {
                if (isPortrait(p, span)) {
                    portrait += span.duration();
                } else {
                    landscape += span.duration();
                }
            }
        }
        boolean wantPortrait = portrait > landscape;
        int width = 0;
        int height = 0;
        for (MediaPiece p : video) {
            for (RotationSpan span : p.rotations()) {
                if (isPortrait(p, span) == wantPortrait) {
                    width = Math.max(width, uprightWidth(p, span));
                    height = Math.max(height, uprightHeight(p, span));
                }
            }
        }
        return Canvas.even(width, height);
    }

    static int uprightWidth(MediaPiece p, RotationSpan span) {
        return span.swapsAxes() ? p.height() : p.width();
    }

    static int uprightHeight(MediaPiece p, RotationSpan span) {
        return span.swapsAxes() ? p.width() : p.height();
    }

    private static boolean isPortrait(MediaPiece p, RotationSpan span) {
        return uprightHeight(p, span) > uprightWidth(p, span);
    }
}
