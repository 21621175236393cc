package io.recmerge.cloud;

import io.recmerge.diag.Code;
import io.recmerge.diag.Diagnostic;
import io.recmerge.metadata.FileNames;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a cloud playlist leniently: standard HLS tags it does not need are skipped, Agora's
 * {@code #EXTINF:<seconds>} without the trailing comma is read like the standard form, and every
 * line it cannot use becomes a {@link Code#CLOUD_PLAYLIST_LINE} diagnostic. Pure: text in, playlist out.
 */
public final class PlaylistParser {

    private static final Set<String> IGNORED = Set.of("#EXTM3U", "#EXT-X-VERSION", "#EXT-X-MEDIA-SEQUENCE",
            "#EXT-X-TARGETDURATION", "#EXT-X-PLAYLIST-TYPE", "#EXT-X-ALLOW-CACHE", "#EXT-X-INDEPENDENT-SEGMENTS",
            "#EXT-X-PROGRAM-DATE-TIME");

    private final CloudName name;
    private final List<Playlist.Entry> entries = new ArrayList<>();
    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private Optional<Double> duration = Optional.empty();
    private boolean discontinuity;
    private Optional<Instant> start = Optional.empty();
    private boolean started;
    private List<Playlist.RotateTag> rotations = new ArrayList<>();
    private boolean ended;

    private PlaylistParser(CloudName name) {
        this.name = name;
    }

    public static Playlist parse(CloudName name, String text) {
        PlaylistParser p = new PlaylistParser(name);
        String[] lines = text.split("\r?\n|\r", -1);
        for (int i = 0; i < lines.length; i++) {
            p.line(lines[i].strip(), i + 1);
        }
        return new Playlist(name, p.entries, p.ended, p.diagnostics);
    }

    private void line(String line, int number) {
        if (line.isEmpty()) {
            return;
        }
        if (!line.startsWith("#")) {
            slice(line, number);
            return;
        }
        int colon = line.indexOf(':');
        String tag = colon < 0 ? line : line.substring(0, colon);
        String value = colon < 0 ? "" : line.substring(colon + 1);
        switch (tag) {
            case "#EXTINF" -> duration = seconds(value, number);
            case "#EXT-X-DISCONTINUITY" -> discontinuity = true;
            case "#EXT-X-ENDLIST" -> ended = true;
            case "#EXT-X-AGORA-TRACK-EVENT" -> trackEvent(attributes(value), number);
            case "#EXT-X-AGORA-ROTATE" -> rotate(attributes(value), number);
            default -> {
                if (!IGNORED.contains(tag) && !(tag.startsWith("#") && !tag.startsWith("#EXT"))) {
                    problem(number, "the tag " + FileNames.printable(tag, 60) + " is not known; it was ignored");
                }
            }
        }
    }

    private void slice(String file, int number) {
        if (file.contains("/") || file.contains("\\") || file.contains("..") || file.contains("?")) {
            problem(number, "the slice " + FileNames.printable(file, 120)
                    + " is not a plain file name in the folder; it was not used");
        } else {
            Optional<CloudName> slice = CloudName.parse(file).filter(n -> !n.isPlaylist());
            if (slice.isEmpty()) {
                problem(number, "the slice " + FileNames.printable(file, 120)
                        + " is not named <track>_<yyyyMMddHHmmssSSS>.ts|.webm, so it cannot be placed by time; "
                        + "it was not used");
            } else {
                // a START without a readable TIME still starts the stream: at the slice's own time
                Optional<Instant> at = started ? start.or(() -> slice.get().utc()) : Optional.empty();
                entries.add(new Playlist.Entry(file, slice, duration, discontinuity, at, rotations, number));
            }
        }
        duration = Optional.empty();
        discontinuity = false;
        start = Optional.empty();
        started = false;
        rotations = new ArrayList<>();
    }

    private Optional<Double> seconds(String value, int number) {
        String digits = value.contains(",") ? value.substring(0, value.indexOf(',')) : value;
        try {
            double d = Double.parseDouble(digits.strip());
            if (d >= 0 && Double.isFinite(d)) {
                return Optional.of(d);
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problem(number, "#EXTINF:" + FileNames.printable(value, 40) + " is not a duration in seconds");
        return Optional.empty();
    }

    private void trackEvent(Map<String, String> a, int number) {
        Optional<Instant> time = CloudName.utc(a.get("TIME"));
        if (!"START".equals(a.get("EVENT"))) {
            problem(number, "#EXT-X-AGORA-TRACK-EVENT with EVENT=" + FileNames.printable(
                    String.valueOf(a.get("EVENT")), 30) + " is not known; it was ignored");
        } else if (time.isEmpty()) {
            problem(number, "#EXT-X-AGORA-TRACK-EVENT has no TIME=yyyyMMddHHmmssSSS; the slice's own time was used");
            started = true;
        } else {
            started = true;
            start = time;
        }
    }

    private void rotate(Map<String, String> a, int number) {
        Optional<Instant> time = CloudName.utc(a.get("TIME"));
        Optional<Integer> degrees = integer(a.get("ROTATE")).filter(CloudRotation::isQuarterTurn);
        if (time.isEmpty() || degrees.isEmpty()) {
            problem(number, "#EXT-X-AGORA-ROTATE needs ROTATE=0|90|180|270 and TIME=yyyyMMddHHmmssSSS (got ROTATE="
                    + FileNames.printable(String.valueOf(a.get("ROTATE")), 20) + ", TIME="
                    + FileNames.printable(String.valueOf(a.get("TIME")), 30) + "); it was ignored");
            return;
        }
        rotations.add(new Playlist.RotateTag(integer(a.get("WIDTH")).orElse(0), integer(a.get("HEIGHT")).orElse(0),
                degrees.get(), time.get()));
    }

    /** {@code KEY=value,KEY=value}; keys upper-cased, quotes around values dropped. */
    static Map<String, String> attributes(String value) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String part : value.split(",")) {
            int eq = part.indexOf('=');
            if (eq > 0) {
                out.put(part.substring(0, eq).strip().toUpperCase(Locale.ROOT),
                        part.substring(eq + 1).strip().replace("\"", ""));
            }
        }
        return out;
    }

    private static Optional<Integer> integer(String s) {
        try {
            return s == null ? Optional.empty() : Optional.of(Integer.parseInt(s.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private void problem(int number, String what) {
        diagnostics.add(Diagnostic.of(Code.CLOUD_PLAYLIST_LINE, name.name() + " line " + number + ": " + what)
                .file(name.name()).build());
    }
}
