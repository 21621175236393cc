package io.recmerge.inspect;

import io.recmerge.plan.RotationSpan;
import io.recmerge.report.Manifest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What the HTML page of a session folder shows, per user, on the session clock: the media pieces as
 * bars, the spans between them (lead-in, gaps, rotations), the points where something changes or
 * went wrong, the planned output window, and upright stills. Pure data; {@link HtmlPage} draws it.
 */
public record SessionPage(String title, String state, List<Diag> sessionDiagnostics, List<UserRow> users) {

    public SessionPage {
        sessionDiagnostics = List.copyOf(sessionDiagnostics);
        users = List.copyOf(users);
    }

    /** @param track "audio" or "video" */
    public record Bar(String track, String file, double start, double end, String label) { }

    /** @param kind "lead-in", "gap" or "rotation" */
    public record Span(String kind, double start, double end, String label) { }

    /** A point in time: a codec or size change, or a diagnostic pinned at the piece it is about. */
    public record Marker(String kind, double time, String label) { }

    public record Window(String file, String kind, String strategy, double start, double end) { }

    /** An upright still; {@code jpeg} is empty when no frame could be decoded there. */
    public record Thumb(String caption, double time, Optional<byte[]> jpeg) { }

    /** @param at the session time it is pinned at, when the diagnostic names a piece of the user */
    public record Diag(String severity, String code, String message, Optional<Double> at) { }

    public record UserRow(String uid, String metadata, double end, List<Bar> bars, List<Span> spans,
                          List<Marker> markers, Optional<Window> output, List<Thumb> thumbs, List<Diag> diagnostics) {
        public UserRow {
            bars = List.copyOf(bars);
            spans = List.copyOf(spans);
            markers = List.copyOf(markers);
            thumbs = List.copyOf(thumbs);
            diagnostics = List.copyOf(diagnostics);
        }
    }

    /** Makes a still: file, seconds on its own timeline, clockwise turn to upright. */
    @FunctionalInterface
    public interface Stills {
        Optional<byte[]> still(Path file, double at, int clockwise);

        Stills NONE = (file, at, clockwise) -> Optional.empty();
    }

    public static SessionPage of(Inspection inspection, Stills stills) {
        Path dir = Path.of(inspection.session().dir());
        List<UserRow> users = inspection.users().stream()
                .map(u -> user(u, userDiagnostics(inspection, u), dir, stills)).toList();
        List<Diag> general = inspection.diagnostics().stream().filter(d -> d.uid().isEmpty())
                .map(d -> new Diag(d.severity(), d.code(), d.message(), Optional.empty())).toList();
        return new SessionPage(inspection.session().name(), inspection.recording().state(), general, users);
    }

    private static List<Manifest.DiagnosticEntry> userDiagnostics(Inspection inspection, Inspection.User u) {
        return inspection.diagnostics().stream().filter(d -> d.uid().map(u.uid()::equals).orElse(false))
                .filter(d -> d.file().map(f -> belongs(f, u)).orElse(true)).toList();
    }

    /** A diagnostic of the uid belongs to this user session when it names one of its files or outputs. */
    private static boolean belongs(String file, Inspection.User u) {
        String base = u.metadata().replaceFirst("\\.txt$", "");
        return file.equals(u.metadata()) || file.startsWith(base) || pieces(u).stream().anyMatch(p -> p.file().equals(file))
                || u.output().map(o -> o.file().equals(file)).orElse(false);
    }

    private static List<Inspection.Piece> pieces(Inspection.User u) {
        List<Inspection.Piece> all = new ArrayList<>(u.video());
        all.addAll(u.audio());
        return all;
    }

    private static UserRow user(Inspection.User u, List<Manifest.DiagnosticEntry> found, Path dir, Stills stills) {
        List<Bar> bars = new ArrayList<>();
        u.video().forEach(p -> bars.add(bar("video", p)));
        u.audio().forEach(p -> bars.add(bar("audio", p)));
        List<Span> spans = new ArrayList<>(Timeline.leadIn(u));
        spans.addAll(Timeline.gaps(u));
        u.video().forEach(p -> p.rotations().forEach(r -> spans.add(new Span("rotation", r.start(), r.end(),
                r.degrees() + "°"))));
        List<Marker> markers = new ArrayList<>(Timeline.changes(u.video()));
        List<Diag> diags = found.stream().map(d -> new Diag(d.severity(), d.code(), d.message(), pinned(d, u))).toList();
        diags.stream().filter(d -> d.at().isPresent())
                .forEach(d -> markers.add(new Marker("diagnostic " + d.severity(), d.at().get(), d.code())));
        Optional<Window> window = u.output().map(o -> new Window(o.file(), o.kind(), o.strategy(), o.sessionOffset(),
                o.sessionOffset() + o.duration()));
        double end = bars.stream().mapToDouble(Bar::end).max().orElse(1);
        end = Math.max(end, window.map(Window::end).orElse(0.0));
        return new UserRow(u.uid(), u.metadata(), end, bars, spans, markers, window, thumbs(u, dir, stills), diags);
    }

    private static Bar bar(String track, Inspection.Piece p) {
        String label = p.file() + " · " + p.codec() + p.size().map(s -> " " + s).orElse("")
                + String.format(Locale.ROOT, " · %.3f–%.3f s", p.start(), p.start() + p.duration());
        return new Bar(track, p.file(), p.start(), p.start() + p.duration(), label);
    }

    private static Optional<Double> pinned(Manifest.DiagnosticEntry d, Inspection.User u) {
        return d.file().flatMap(f -> pieces(u).stream().filter(p -> p.file().equals(f)).findFirst())
                .map(Inspection.Piece::start);
    }

    /** A still at the start of each video piece and at the start of each later rotation span. */
    private static List<Thumb> thumbs(Inspection.User u, Path dir, Stills stills) {
        List<Thumb> out = new ArrayList<>();
        for (Inspection.Piece p : u.video()) {
            List<RotationSpan> spans = p.rotations().isEmpty()
                    ? List.of(new RotationSpan(p.start(), p.start() + p.duration(), 0)) : p.rotations();
            for (int i = 0; i < spans.size(); i++) {
                RotationSpan r = spans.get(i);
                // A frame a little inside the span: the first frame at a rotate event may still be the old one.
                double at = i == 0 ? p.start() : Math.min(r.start() + 0.1, r.end());
                String caption = String.format(Locale.ROOT, "%s at %.3f s (%s%d°)", p.file(), at,
                        i == 0 ? "start, " : "rotation ", r.degrees());
                out.add(new Thumb(caption, at, stills.still(dir.resolve(p.file()), at - p.start(), r.degrees())));
            }
        }
        out.sort(Comparator.comparingDouble(Thumb::time));
        return out;
    }
}
