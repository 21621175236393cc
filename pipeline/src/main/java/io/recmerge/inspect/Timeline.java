package io.recmerge.inspect;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** The spans and change points of one user on the session clock, derived from the pieces. */
final class Timeline {

    /** Shorter holes are the recorder's rounding between files, not a user who left. */
    static final double MIN_GAP = 0.05;

    private Timeline() {
    }

    /** From the first audio sample to the first video frame, when the video starts later (the blank lead-in). */
    static List<SessionPage.Span> leadIn(Inspection.User u) {
        return u.videoStartsLateBy().filter(late -> late > 0).map(late -> {
            double videoStart = u.video().stream().mapToDouble(Inspection.Piece::start).min().orElseThrow();
            return List.of(new SessionPage.Span("lead-in", videoStart - late, videoStart,
                    String.format(Locale.ROOT, "lead-in %.3f s", late)));
        }).orElse(List.of());
    }

    /** Stretches inside the user's time with neither audio nor video. */
    static List<SessionPage.Span> gaps(Inspection.User u) {
        List<Inspection.Piece> all = new ArrayList<>(u.audio());
        all.addAll(u.video());
        all.sort(Comparator.comparingDouble(Inspection.Piece::start));
        List<SessionPage.Span> out = new ArrayList<>();
        double covered = all.isEmpty() ? 0 : all.get(0).start();
        for (Inspection.Piece p : all) {
            if (p.start() - covered > MIN_GAP) {
                out.add(new SessionPage.Span("gap", covered, p.start(),
                        String.format(Locale.ROOT, "gap %.3f s", p.start() - covered)));
            }
            covered = Math.max(covered, p.start() + p.duration());
        }
        return out;
    }

    /** Where the next video piece has another codec or picture size than the one before it. */
    static List<SessionPage.Marker> changes(List<Inspection.Piece> video) {
        List<Inspection.Piece> ordered = video.stream().sorted(Comparator.comparingDouble(Inspection.Piece::start)).toList();
        List<SessionPage.Marker> out = new ArrayList<>();
        for (int i = 1; i < ordered.size(); i++) {
            Inspection.Piece before = ordered.get(i - 1);
            Inspection.Piece now = ordered.get(i);
            List<String> what = new ArrayList<>();
            if (!before.codec().equals(now.codec())) {
                what.add("codec " + before.codec() + " → " + now.codec());
            }
            if (!before.size().equals(now.size())) {
                what.add("size " + before.size().orElse("?") + " → " + now.size().orElse("?"));
            }
            if (!what.isEmpty()) {
                out.add(new SessionPage.Marker("change", now.start(), String.join(", ", what)));
            }
        }
        return out;
    }
}
