package io.recmerge.inspect;

import io.recmerge.cloud.Playlist;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Which upload-failure copy ({@code _<tick>_<index>.m3u8}) of each playlist was read and why: the
 * one with the most slices, then the most listed seconds, the highest index on a tie (the plain name
 * counts as the lowest), as the cloud reader chooses. Pure.
 */
final class CloudCopies {

    private CloudCopies() {
    }

    /**
     * @param chain the playlists that were read, in recorder order
     * @param all every playlist of the track in the folder
     */
    static List<CloudInspection.PlaylistRead> of(List<Playlist> chain, List<Playlist> all) {
        return chain.stream().map(read -> {
            List<Playlist> others = all.stream().filter(p -> p.name().failover().equals(read.name().failover())
                    && !p.name().name().equals(read.name().name())).toList();
            Optional<String> because = others.stream().filter(p -> !p.entries().isEmpty())
                    .max(Comparator.comparingInt((Playlist p) -> p.entries().size())
                            .thenComparingDouble(Playlist::listedSeconds))
                    .map(runnerUp -> "read of " + (others.size() + 1) + " copies: it " + advantage(read, runnerUp))
                    .or(() -> others.isEmpty() ? Optional.empty()
                            : Optional.of("the other copies name no slice"));
            return new CloudInspection.PlaylistRead(read.name().name(), recorder(read), read.entries().size(),
                    CloudTrackFacts.round(read.listedSeconds()), read.ended(), because,
                    others.stream().map(o -> copy(read, o)).toList());
        }).toList();
    }

    private static CloudInspection.Copy copy(Playlist read, Playlist other) {
        String why = other.entries().isEmpty() ? "it names no slice" : "the copy read " + advantage(read, other);
        return new CloudInspection.Copy(other.name().name(), other.entries().size(),
                CloudTrackFacts.round(other.listedSeconds()), other.ended(), why);
    }

    /** What {@code read} has over {@code other}, in the order the choice weighs it. */
    private static String advantage(Playlist read, Playlist other) {
        if (read.entries().size() != other.entries().size()) {
            return String.format(Locale.ROOT, "lists more slices (%d, not %d)", read.entries().size(),
                    other.entries().size());
        }
        if (Math.abs(read.listedSeconds() - other.listedSeconds()) > 1e-9) {
            return String.format(Locale.ROOT, "lists more seconds (%.3f s, not %.3f s)", read.listedSeconds(),
                    other.listedSeconds());
        }
        return "has the higher index on a tie (" + index(read) + ", not " + index(other) + ")";
    }

    private static String index(Playlist p) {
        return p.name().copyIndex().isPresent() ? String.valueOf(p.name().copyIndex().getAsInt()) : "the plain name";
    }

    private static String recorder(Playlist p) {
        return p.name().failover().isPresent() ? "bak" + p.name().failover().getAsInt() : "first";
    }
}
