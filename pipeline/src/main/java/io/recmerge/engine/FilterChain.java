package io.recmerge.engine;

import java.util.List;
import java.util.regex.Pattern;

/** {@code [in1][in2]filter1,filter2[out]}: a linear chain with labelled pads. */
public record FilterChain(List<String> inputs, List<Filter> filters, List<String> outputs) {

    private static final Pattern LABEL = Pattern.compile("[A-Za-z0-9_:]+");

    public FilterChain {
        inputs = List.copyOf(inputs);
        filters = List.copyOf(filters);
        outputs = List.copyOf(outputs);
        if (filters.isEmpty()) {
            throw new IllegalArgumentException("a filter chain needs at least one filter");
        }
        inputs.forEach(FilterChain::checkLabel);
        outputs.forEach(FilterChain::checkLabel);
    }

    public static FilterChain of(List<String> inputs, List<Filter> filters, String output) {
        return new FilterChain(inputs, filters, List.of(output));
    }

    private static void checkLabel(String label) {
        if (!LABEL.matcher(label).matches()) {
            throw new IllegalArgumentException("pad label '" + label + "' has characters outside [A-Za-z0-9_:]");
        }
    }

    public String render() {
        StringBuilder out = new StringBuilder();
        inputs.forEach(l -> out.append('[').append(l).append(']'));
        for (int i = 0; i < filters.size(); i++) {
            out.append(i == 0 ? "" : ",").append(filters.get(i).render());
        }
        outputs.forEach(l -> out.append('[').append(l).append(']'));
        return out.toString();
    }
}
