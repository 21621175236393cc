package io.recmerge.plan;

import io.recmerge.engine.Filter;
import io.recmerge.engine.FilterChain;
import java.util.ArrayList;
import java.util.List;

/**
 * The audio half of the graph: each piece loses its encoder priming, is delayed to its session
 * time by an exact number of samples, and the pieces are summed without level changes
 * ({@code normalize=0}: they do not overlap, so the sum is each piece as it was). Silence pads the
 * track to the output's full length.
 */
final class AudioMix {

    static final String OUT = "aout";

    private AudioMix() {
    }

    static List<FilterChain> chains(OutputDraft d, int firstInput) {
        int rate = d.profile().audio().orElseThrow().sampleRate();
        String layout = d.audio().stream().anyMatch(a -> a.channels() >= 2) ? "stereo" : "mono";
        List<FilterChain> chains = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (int k = 0; k < d.audio().size(); k++) {
            MediaPiece piece = d.audio().get(k);
            String label = "a" + k;
            chains.add(FilterChain.of(List.of((firstInput + k) + ":a"), piece(piece, d.window(), rate, layout), label));
            labels.add(label);
        }
        List<Filter> tail = new ArrayList<>();
        if (labels.size() > 1) {
            tail.add(Filter.of("amix", "inputs", labels.size(), "duration", "longest", "normalize", 0));
        } else {
            tail.add(Filter.of("anull"));
        }
        String total = Seconds.of(d.window().duration());
        tail.add(Filter.of("apad", "whole_dur", total));
        tail.add(Filter.of("atrim", "end", total));
        chains.add(FilterChain.of(labels, tail, OUT));
        return chains;
    }

    private static List<Filter> piece(MediaPiece piece, OutputWindow window, int rate, String layout) {
        double relative = window.relative(piece.start());
        double skip = piece.primingSeconds() + Math.max(0, -relative);
        List<Filter> filters = new ArrayList<>(List.of(Filter.of("asetpts", "expr", "PTS-STARTPTS")));
        if (skip > 0) {
            filters.add(Filter.of("atrim", "start", Seconds.of(skip)));
            filters.add(Filter.of("asetpts", "expr", "PTS-STARTPTS"));
        }
        if (piece.fromByte().isPresent()) {
            // One part of a damaged file: its decode runs on past the damage, the next part starts there.
            double kept = Math.max(0.001, piece.duration() - Math.max(0, -relative));
            filters.add(Filter.of("atrim", "end", Seconds.of(kept)));
        }
        filters.add(Filter.of("aresample", "osr", rate));
        filters.add(Filter.of("aformat", "sample_fmts", "fltp", "channel_layouts", layout));
        long delay = Math.round(Math.max(0, relative) * rate);
        if (delay > 0) {
            filters.add(Filter.of("adelay", "delays", delay + "S", "all", 1));
        }
        return filters;
    }
}
