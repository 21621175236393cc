package io.recmerge.engine;

import java.util.List;
import java.util.stream.Collectors;

/** A whole {@code -filter_complex} graph: chains joined by {@code ;}. */
public record FilterGraph(List<FilterChain> chains) {

    public FilterGraph {
        chains = List.copyOf(chains);
        if (chains.isEmpty()) {
            throw new IllegalArgumentException("a filter graph needs at least one chain");
        }
    }

    public String render() {
        return chains.stream().map(FilterChain::render).collect(Collectors.joining(";"));
    }
}
