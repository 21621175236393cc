package io.recmerge.plan;

import io.recmerge.diag.Code;
import io.recmerge.diag.Diagnostic;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * uid modes: all user sessions of one uid on one clock. Each metadata file has its own clock;
 * the wall-clock stamps in their names ({@code uid_<uid>_<yyyyMMddHHmmss[fraction]>.txt}) say
 * how far apart they started, so each session's pieces move by its distance from the first.
 */
public final class UidMerge {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

    private UidMerge() {
    }

    /** One timeline per uid, in order of first appearance; sessions sorted by stamp within it. */
    public static List<UserTimeline> byUid(List<UserTimeline> sessions) {
        Map<String, List<UserTimeline>> groups = new LinkedHashMap<>();
        for (UserTimeline t : sessions) {
            groups.computeIfAbsent(t.uid(), k -> new ArrayList<>()).add(t);
        }
        return groups.values().stream().map(UidMerge::merge).toList();
    }

    static UserTimeline merge(List<UserTimeline> sessions) {
        List<UserTimeline> ordered = new ArrayList<>(sessions);
        ordered.sort((a, b) -> a.stamp().compareTo(b.stamp()));
        UserTimeline first = ordered.get(0);
        OptionalDouble origin = seconds(first.stamp());
        List<MediaPiece> audio = new ArrayList<>();
        List<MediaPiece> video = new ArrayList<>();
        List<Diagnostic> diagnostics = new ArrayList<>();
        double fallbackOffset = 0;
        for (UserTimeline t : ordered) {
            OptionalDouble at = seconds(t.stamp());
            double offset = at.isPresent() && origin.isPresent() ? at.getAsDouble() - origin.getAsDouble() : fallbackOffset;
            if (at.isEmpty()) {
                diagnostics.add(Diagnostic.of(Code.METADATA_BAD_VALUE, t.baseName() + ": the stamp '" + t.stamp()
                        + "' is not yyyyMMddHHmmss; this session was placed right after the previous one")
                        .uid(t.uid()).hint("Without a wall-clock stamp the session cannot be placed by time; it "
                                + "was placed right after the previous session of the uid.").build());
            }
            t.audio().forEach(p -> audio.add(p.shifted(offset)));
            t.video().forEach(p -> video.add(p.shifted(offset)));
            diagnostics.addAll(t.diagnostics());
            fallbackOffset = Math.max(fallbackOffset, offset + end(t));
        }
        return new UserTimeline(first.uid(), first.stamp(), first.baseName(), audio, video, diagnostics);
    }

    private static double end(UserTimeline t) {
        return java.util.stream.Stream.concat(t.audio().stream(), t.video().stream())
                .mapToDouble(MediaPiece::end).max().orElse(0);
    }

    /** Wall-clock seconds of a stamp: 14 digits of date and time, then any digits of a fraction of a second. */
    static OptionalDouble seconds(String stamp) {
        if (stamp.length() < 14 || !stamp.chars().allMatch(Character::isDigit) || stamp.length() > 20) {
            return OptionalDouble.empty();
        }
        try {
            long whole = LocalDateTime.parse(stamp.substring(0, 14), STAMP).toEpochSecond(ZoneOffset.UTC);
            String fraction = stamp.substring(14);
            return OptionalDouble.of(whole + (fraction.isEmpty() ? 0 : Double.parseDouble("0." + fraction)));
        } catch (DateTimeParseException e) {
            return OptionalDouble.empty();
        }
    }
}
