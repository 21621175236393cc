package io.recmerge.cloud;

import io.recmerge.diag.Code;
import io.recmerge.diag.Diagnostic;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Which playlists make up one track: per recorder (the first, then {@code bak0_}, {@code bak1_},
 * ... after failovers) one playlist; of the upload-failure copies {@code _<tick>_<index>.m3u8} of
 * one recorder the one with the most slices (then the most listed seconds), the highest index on
 * a tie (the plain name counts as index -1). Pure.
 */
public final class PlaylistChoice {

    private static final Comparator<Playlist> BEST = Comparator
            .comparingInt((Playlist p) -> p.entries().size())
            .thenComparingDouble(Playlist::listedSeconds)
            .thenComparingInt(p -> p.name().copyIndex().orElse(-1));

    private PlaylistChoice() {
    }

    /** @param chain the chosen playlists in recorder order; {@code diagnostics} say what was chosen and why */
    public record Chain(List<Playlist> chain, List<Diagnostic> diagnostics) {
        public Chain {
            chain = List.copyOf(chain);
            diagnostics = List.copyOf(diagnostics);
        }
    }

    /** @param playlists all playlists of one track (one {@link CloudName#trackKey()}) */
    public static Chain of(List<Playlist> playlists) {
        Map<Integer, List<Playlist>> byRecorder = playlists.stream().collect(Collectors.groupingBy(
                p -> p.name().failover().orElse(-1), TreeMap::new, Collectors.toList()));
        List<Playlist> chain = new ArrayList<>();
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (List<Playlist> copies : byRecorder.values()) {
            Optional<Playlist> best = copies.stream().filter(p -> !p.entries().isEmpty()).max(BEST);
            copies.stream().filter(p -> p.entries().isEmpty()).forEach(p -> diagnostics.add(Diagnostic.of(
                    Code.CLOUD_PLAYLIST_EMPTY, p.name().name() + " names no slice; it was not used")
                    .uid(p.name().uid().orElse(null)).file(p.name().name()).build()));
            best.ifPresent(chain::add);
            if (best.isPresent() && copies.size() > 1) {
                diagnostics.add(chosen(best.get(), copies));
            }
        }
        return new Chain(chain, diagnostics);
    }

    private static Diagnostic chosen(Playlist best, List<Playlist> copies) {
        String others = copies.stream().filter(p -> p != best).map(PlaylistChoice::describe)
                .collect(Collectors.joining(", "));
        return Diagnostic.of(Code.CLOUD_PLAYLIST_CHOSEN, String.format(Locale.ROOT,
                "%s was read, the one with the most content of %d copies of the playlist; not read: %s",
                describe(best), copies.size(), others))
                .uid(best.name().uid().orElse(null)).file(best.name().name()).build();
    }

    private static String describe(Playlist p) {
        return String.format(Locale.ROOT, "%s (%d slices, %.1f s%s)", p.name().name(), p.entries().size(),
                p.listedSeconds(), p.ended() ? ", ended" : "");
    }
}
