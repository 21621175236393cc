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
 * <p>Layer timestamps are the exact session-relative times, not moved onto the canvas grid:
 * measured on ffmpeg 8.1, overlay shows a layer frame from the canvas tick nearest to its
 * timestamp (a frame stamped 1.62 s appears at the 1.600 s tick of a 15 fps canvas, one stamped
 * 1.56 s at the 1.533 s tick), so placement error is at most half an output frame.
 */
final class VideoLayers {

    static final String OUT = "vout";

    private VideoLayers() {
    }

    static List<FilterChain> chains(OutputDraft d, int firstInput) {
        Canvas canvas = d.canvas().orElseThrow();
        double fps = d.fps().orElseThrow();
        List<FilterChain> chains = new ArrayList<>();
        chains.add(FilterChain.of(List.of(), List.of(Filter.of("color", "c", "black", "s", canvas.toString(),
                "r", Seconds.rate(fps), "d", Seconds.of(d.window().duration()))), "base"));
        List<String> layers = new ArrayList<>();
        for (int k = 0; k < d.video().size(); k++) {
            chains.addAll(pieceChains(d.video().get(k), firstInput + k, "p" + k, d.window(), canvas, layers));
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
     * fitted. trim keeps [start, end), so a frame stamped exactly at a rotate event already
     * belongs to the new rotation.
     */
    private static List<FilterChain> pieceChains(MediaPiece piece, int input, String id, OutputWindow window,
                                                 Canvas canvas, List<String> layers) {
        List<RotationSpan> spans = piece.rotations();
        boolean split = spans.size() > 1;
        Filter place = Filter.of("setpts", "expr", setpts(window.relative(piece.start())));
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
            double from = j == 0 ? Double.NEGATIVE_INFINITY : window.relative(spans.get(j).start());
            double to = j == spans.size() - 1 ? Double.POSITIVE_INFINITY : window.relative(spans.get(j).end());
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
