package io.recmerge.plan;

import io.recmerge.engine.Filter;
import io.recmerge.engine.FilterChain;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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
        List<Layer> layers = new ArrayList<>();
        int first = firstPiece(d.video());
        for (int k : inTimeOrder(d.video())) {
            Optional<Double> freeze = k == first ? d.freezeUntil() : Optional.empty();
            chains.addAll(pieceChains(d.video().get(k), firstInput + k, "p" + k, d, freeze, layers));
        }
        String below = "base";
        for (int i = 0; i < layers.size(); i++) {
            boolean last = i == layers.size() - 1;
            List<Filter> filters = new ArrayList<>(List.of(layers.get(i).overlay()));
            if (last) {
                filters.add(Filter.of("format", "pix_fmts", "yuv420p"));
            }
            String out = last ? OUT : "o" + i;
            chains.add(FilterChain.of(List.of(below, layers.get(i).label()), filters, out));
            below = out;
        }
        return chains;
    }

    /**
     * Layers are stacked in time order, so under {@code --gaps freeze} a later piece covers the
     * frozen last frame of the one before it.
     */
    private static List<Integer> inTimeOrder(List<MediaPiece> video) {
        List<Integer> order = new ArrayList<>();
        for (int k = 0; k < video.size(); k++) {
            order.add(k);
        }
        order.sort(java.util.Comparator.comparingDouble(k -> video.get(k).start()));
        return order;
    }

    /** A layer and how it is laid over what is below it. */
    private record Layer(String label, Filter overlay) {
        /** Black where the layer has ended; under freeze its last frame stays until a later layer covers it. */
        static Layer timed(String label, boolean freezeAfterEnd) {
            return new Layer(label, freezeAfterEnd ? Filter.of("overlay", "eof_action", "repeat", "repeatlast", 1)
                    : Filter.of("overlay", "eof_action", "pass", "repeatlast", 0));
        }

        /** The frozen first frame: one frame, repeated after it ends, shown only before the video starts. */
        static Layer frozenUntil(String label, double relativeEnd) {
            return new Layer(label, Filter.of("overlay", "eof_action", "repeat", "repeatlast", 1,
                    "enable", "lt(t," + Seconds.of(relativeEnd) + ")"));
        }
    }

    private static int firstPiece(List<MediaPiece> video) {
        int first = 0;
        for (int k = 1; k < video.size(); k++) {
            if (video.get(k).start() < video.get(first).start()) {
                first = k;
            }
        }
        return first;
    }

    /**
     * One piece: shifted to its place, split per rotation span (plus a branch for the frozen first
     * frame), each span trimmed, turned and fitted. trim keeps [start, end), so a frame stamped
     * exactly at a rotate event already belongs to the new rotation.
     */
    private static List<FilterChain> pieceChains(MediaPiece piece, int input, String id, OutputDraft d,
                                                 Optional<Double> freeze, List<Layer> layers) {
        OutputWindow window = d.window();
        Canvas canvas = d.canvas().orElseThrow();
        List<RotationSpan> spans = piece.rotations();
        int branchCount = spans.size() + (freeze.isPresent() ? 1 : 0);
        boolean split = branchCount > 1;
        Filter place = Filter.of("setpts", "expr", setpts(window.relative(piece.start())));
        List<FilterChain> chains = new ArrayList<>();
        List<String> branches = new ArrayList<>();
        for (int j = 0; j < branchCount; j++) {
            branches.add(split ? id + "s" + j : input + ":v");
        }
        if (split) {
            chains.add(new FilterChain(List.of(input + ":v"),
                    List.of(place, Filter.of("split", "outputs", branchCount)), branches));
        }
        if (freeze.isPresent()) {
            List<Filter> filters = new ArrayList<>(List.of(Filter.of("trim", "end_frame", 1),
                    Filter.of("setpts", "expr", "PTS-STARTPTS")));
            filters.addAll(Turns.filters(spans.get(0).degrees()));
            filters.addAll(fit(canvas));
            chains.add(FilterChain.of(List.of(branches.get(spans.size())), filters, id + "f"));
            layers.add(Layer.frozenUntil(id + "f", window.relative(freeze.get())));
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
            layers.add(Layer.timed(layer, d.freezeGaps()));
        }
        return chains;
    }

    /** An unbounded side adds no option. */
    private static Optional<Filter> trim(double start, double end) {
        List<Object> kv = new ArrayList<>();
        if (start > Double.NEGATIVE_INFINITY) {
            kv.addAll(List.of("start", Seconds.of(start)));
        }
        if (end < Double.POSITIVE_INFINITY) {
            kv.addAll(List.of("end", Seconds.of(end)));
        }
        return kv.isEmpty() ? Optional.empty() : Optional.of(Filter.of("trim", kv.toArray()));
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
