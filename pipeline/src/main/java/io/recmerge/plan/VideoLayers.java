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

    /** @param firstInput the index of the first of {@link StretchInputs#of}'s openings on the command line */
    static List<FilterChain> chains(OutputDraft d, int firstInput) {
        Canvas canvas = d.canvas().orElseThrow();
        double fps = d.fps().orElseThrow();
        List<FilterChain> chains = new ArrayList<>();
        chains.add(FilterChain.of(List.of(), List.of(Filter.of("color", "c", "black", "s", canvas.toString(),
                "r", Seconds.rate(fps), "d", Seconds.of(d.window().duration()))), "base"));
        List<Layer> layers = new ArrayList<>();
        int first = firstPiece(d.video());
        // Each piece has one input per rotation stretch (StretchInputs), in piece order; the layers
        // are stacked in time order (freeze gaps repeat a layer's last frame until the next one).
        int[] inputOf = new int[d.video().size()];
        for (int k = 0, input = firstInput; k < d.video().size(); k++) {
            inputOf[k] = input;
            input += Math.max(1, d.video().get(k).rotations().size());
        }
        for (int k : inTimeOrder(d.video())) {
            Optional<Double> freeze = k == first ? d.freezeUntil() : Optional.empty();
            chains.addAll(pieceChains(d.video().get(k), inputOf[k], "p" + k, d, freeze, layers));
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
     * One piece: each rotation span from its own opening (StretchInputs), shifted to its place,
     * trimmed, turned and fitted; the first span's opening also feeds the frozen first frame.
     * trim keeps [start, end), so a frame stamped exactly at a rotate event already belongs to the
     * new rotation.
     */
    private static List<FilterChain> pieceChains(MediaPiece piece, int input, String id, OutputDraft d,
                                                 Optional<Double> freeze, List<Layer> layers) {
        OutputWindow window = d.window();
        Canvas canvas = d.canvas().orElseThrow();
        List<RotationSpan> spans = piece.rotations();
        double shift = window.relative(piece.start());
        List<FilterChain> chains = new ArrayList<>();
        String firstBranch = input + ":v";
        if (freeze.isPresent()) {
            firstBranch = id + "s0";
            chains.add(new FilterChain(List.of(input + ":v"), List.of(Filter.of("setpts", "expr", setpts(shift)),
                    Filter.of("split", "outputs", 2)), List.of(firstBranch, id + "s1")));
            List<Filter> filters = new ArrayList<>(List.of(Filter.of("trim", "end_frame", 1),
                    Filter.of("setpts", "expr", "PTS-STARTPTS")));
            filters.addAll(Turns.filters(spans.get(0).degrees()));
            filters.addAll(fit(canvas));
            chains.add(FilterChain.of(List.of(id + "s1"), filters, id + "f"));
            layers.add(Layer.frozenUntil(id + "f", window.relative(freeze.get())));
        }
        for (int j = 0; j < spans.size(); j++) {
            List<Filter> filters = new ArrayList<>();
            if (j > 0) {
                filters.add(Filter.of("setpts", "expr", offset(StretchInputs.placeShift(piece, j) + shift)));
            } else if (freeze.isEmpty()) {
                filters.add(Filter.of("setpts", "expr", setpts(shift)));
            }
            double from = j == 0 ? Double.NEGATIVE_INFINITY : window.relative(spans.get(j).start());
            double to = j == spans.size() - 1 ? Double.POSITIVE_INFINITY : window.relative(spans.get(j).end());
            trim(from, to).ifPresent(filters::add);
            filters.addAll(Turns.filters(spans.get(j).degrees()));
            filters.addAll(fit(canvas));
            String layer = id + "l" + j;
            chains.add(FilterChain.of(List.of(j == 0 ? firstBranch : (input + j) + ":v"), filters, layer));
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

    /** A seeked opening: its timestamps already count from its seek point, so no STARTPTS. */
    private static String offset(double shift) {
        return shift < 0 ? "PTS-" + Seconds.of(-shift) + "/TB" : "PTS+" + Seconds.of(shift) + "/TB";
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
