package io.recmerge.plan;

import io.recmerge.engine.Filter;
import io.recmerge.engine.FilterChain;
import java.util.ArrayList;
import java.util.List;

/**
 * The video half of the graph: a black canvas at the output rate, and one layer per rotation
 * segment of every video piece, overlaid in time order.
 *
 * <p>Why overlay and not concat: overlay shows, at each canvas frame, the layer frame current at
 * that time, so each layer lands where its timestamps say, and segment boundaries cannot drift.
 * {@code eof_action=pass} lets the canvas show through once a layer has ended (a gap is black).
 *
 * <p>Layer timestamps are moved half a frame earlier: overlay takes the latest layer frame at or
 * before each canvas tick, which would round every frame up to the next tick; the half frame
 * makes that rounding to the nearest tick instead (error at most half a frame).
 */
final class VideoLayers {

    static final String OUT = "vout";

    private VideoLayers() {
    }

    static List<FilterChain> chains(OutputDraft d, int firstInput) {
        Canvas canvas = d.canvas().orElseThrow();
        double fps = d.fps().orElseThrow();
        double halfFrame = 0.5 / fps;
        List<FilterChain> chains = new ArrayList<>();
        chains.add(FilterChain.of(List.of(), List.of(Filter.of("color", "c", "black", "s", canvas.toString(),
                "r", Seconds.rate(fps), "d", Seconds.of(d.window().duration()))), "base"));
        List<String> layers = new ArrayList<>();
        for (int k = 0; k < d.video().size(); k++) {
            chains.addAll(pieceChains(d.video().get(k), firstInput + k, "p" + k, d.window(), halfFrame, canvas,
                    layers));
        }
        String below = "base";
        for (int i = 0; i < layers.size(); i++) {
            boolean last = i == layers.size() - 1;
            List<Filter> filters = new ArrayList<>(List.of(Filter.of("overlay", "eof_action", "pass",
                    "repeatlast", 0)));
            if (last) {
                filters.add(Filter.of("format", "pix_fmts", "yuv420p"));
            }
            String out = last ? OUT : "o" + i;
            chains.add(FilterChain.of(List.of(below, layers.get(i)), filters, out));
            below = out;
        }
        return chains;
    }

    /**
     * One piece: shifted to its place, split per rotation span, each span trimmed, turned and
     * fitted. A span's bounds move by the same half frame as the timestamps, so a frame stamped
     * exactly at a rotate event already belongs to the new rotation.
     */
    private static List<FilterChain> pieceChains(MediaPiece piece, int input, String id, OutputWindow window,
                                                 double halfFrame, Canvas canvas, List<String> layers) {
        List<RotationSpan> spans = piece.rotations();
        boolean split = spans.size() > 1;
        Filter place = Filter.of("setpts", "expr", setpts(window.relative(piece.start()) - halfFrame));
        List<FilterChain> chains = new ArrayList<>();
        List<String> branches = new ArrayList<>();
        for (int j = 0; j < spans.size(); j++) {
            branches.add(split ? id + "s" + j : input + ":v");
        }
        if (split) {
            chains.add(new FilterChain(List.of(input + ":v"),
                    List.of(place, Filter.of("split", "outputs", spans.size())), branches));
        }
        for (int j = 0; j < spans.size(); j++) {
            List<Filter> filters = new ArrayList<>(split ? List.of() : List.of(place));
            double from = j == 0 ? Double.NEGATIVE_INFINITY : window.relative(spans.get(j).start()) - halfFrame;
            double to = j == spans.size() - 1 ? Double.POSITIVE_INFINITY
                    : window.relative(spans.get(j).end()) - halfFrame;
            trim(from, to).ifPresent(filters::add);
            filters.addAll(Turns.filters(spans.get(j).degrees()));
            filters.addAll(fit(canvas));
            String layer = id + "l" + j;
            chains.add(FilterChain.of(List.of(branches.get(j)), filters, layer));
            layers.add(layer);
        }
        return chains;
    }

    /** An unbounded side adds no option. */
    private static java.util.Optional<Filter> trim(double start, double end) {
        List<Object> kv = new ArrayList<>();
        if (start > Double.NEGATIVE_INFINITY) {
            kv.addAll(List.of("start", Seconds.of(start)));
        }
        if (end < Double.POSITIVE_INFINITY) {
            kv.addAll(List.of("end", Seconds.of(end)));
        }
        return kv.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(Filter.of("trim", kv.toArray()));
    }

    private static String setpts(double shift) {
        return shift < 0 ? "PTS-STARTPTS-" + Seconds.of(-shift) + "/TB" : "PTS-STARTPTS+" + Seconds.of(shift) + "/TB";
    }

    /** Scale into the canvas keeping the aspect ratio, then pad centred: never crop, never stretch. */
    static List<Filter> fit(Canvas canvas) {
        return List.of(
                Filter.of("scale", "w", canvas.width(), "h", canvas.height(), "force_original_aspect_ratio",
                        "decrease", "force_divisible_by", 2),
                Filter.of("pad", "w", canvas.width(), "h", canvas.height(), "x", "(ow-iw)/2", "y", "(oh-ih)/2",
                        "color", "black"),
                Filter.of("setsar", "r", 1));
    }
}
