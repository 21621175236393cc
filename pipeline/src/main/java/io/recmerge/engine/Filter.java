package io.recmerge.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One filter of a filter graph, e.g. {@code overlay=eof_action=pass}. Values are escaped once, here,
 * for both levels of ffmpeg's filter syntax: the option level ({@code :} separates options) and the
 * graph level ({@code , ; [ ]} separate filters and chains). Expressions such as
 * {@code between(t,3,4)} contain commas and would otherwise split the chain.
 */
public record Filter(String name, List<Arg> args) {

    private static final Pattern IDENT = Pattern.compile("[a-z][a-z0-9_]*");

    public record Arg(String key, String value) {
        public Arg {
            Objects.requireNonNull(value, "value");
            if (key != null && !IDENT.matcher(key).matches()) {
                throw new IllegalArgumentException("filter option key '" + key + "' is not an identifier");
            }
        }

        String render() {
            return key == null ? escape(value) : key + "=" + escape(value);
        }
    }

    public Filter {
        if (!IDENT.matcher(name).matches()) {
            throw new IllegalArgumentException("filter name '" + name + "' is not an identifier");
        }
        args = List.copyOf(args);
    }

    public static Filter of(String name) {
        return new Filter(name, List.of());
    }

    /** Pairs of key, value: {@code Filter.of("pad", "w", "640", "h", "480")}. */
    public static Filter of(String name, Object... keyValues) {
        if (keyValues.length % 2 != 0) {
            throw new IllegalArgumentException("filter " + name + ": odd number of key/value items");
        }
        List<Arg> list = new ArrayList<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            list.add(new Arg((String) keyValues[i], String.valueOf(keyValues[i + 1])));
        }
        return new Filter(name, list);
    }

    public String render() {
        if (args.isEmpty()) {
            return name;
        }
        StringBuilder out = new StringBuilder(name).append('=');
        for (int i = 0; i < args.size(); i++) {
            out.append(i == 0 ? "" : ":").append(args.get(i).render());
        }
        return out.toString();
    }

    /**
     * The one escaping function. Level 1 (option values): backslash-escape {@code \ ' :}. Level 2
     * (graph): anything with a graph-special character is single-quoted; a quote inside becomes
     * {@code '\''} because quotes cannot nest.
     */
    static String escape(String value) {
        String level1 = value.replace("\\", "\\\\").replace("'", "\\'").replace(":", "\\:");
        if (level1.chars().noneMatch(c -> "[],;'\\ \t=".indexOf(c) >= 0)) {
            return level1;
        }
        return "'" + level1.replace("'", "'\\''") + "'";
    }
}
