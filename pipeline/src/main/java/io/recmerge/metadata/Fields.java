package io.recmerge.metadata;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The {@code key=value} fields and bare flags after the event word; the first value of a key wins. */
final class Fields {

    private final Map<String, String> values = new HashMap<>();
    private final Set<String> flags = new HashSet<>();

    Fields(String[] tokens, int from) {
        for (int i = from; i < tokens.length; i++) {
            String token = tokens[i];
            int eq = token.indexOf('=');
            if (eq > 0) {
                values.putIfAbsent(token.substring(0, eq).toLowerCase(Locale.ROOT), token.substring(eq + 1));
            } else {
                flags.add(token.toLowerCase(Locale.ROOT));
            }
        }
    }

    boolean has(String key) {
        return values.containsKey(key);
    }

    Optional<String> value(String key) {
        return Optional.ofNullable(values.get(key));
    }

    /** A bare flag, or the same word written as {@code key=1}. */
    boolean flag(String name) {
        return flags.contains(name) || "1".equals(values.get(name)) || "true".equals(values.get(name));
    }
}
