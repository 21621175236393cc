package io.recmerge.inspect;

import io.recmerge.report.Manifest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The HTML page of a cloud folder, drawn like a session folder's: one timeline per segment (the
 * cloud's user session) with its slice runs as bars, holes as gaps, rotations, START, failover and
 * discontinuity as change lines, missing slices as problem dots, and the planned output window.
 * No stills: the joined slices exist only while inspect plans. Pure.
 */
public final class CloudPage {

    private CloudPage() {
    }

    public static SessionPage of(CloudInspection in) {
        List<SessionPage.UserRow> rows = new ArrayList<>();
        for (CloudInspection.Recording r : in.recordings()) {
            for (CloudInspection.User u : r.users()) {
                List<SessionPage.Diag> diags = in.diagnostics().stream().filter(d -> d.uid().orElse("").equals(u.uid())
                        && d.file().map(f -> f.contains(r.key())).orElse(true)).map(CloudPage::diag).toList();
                u.segments().forEach(s -> rows.add(row(r, u, s, diags)));
            }
        }
        List<SessionPage.Diag> general = in.diagnostics().stream().filter(d -> d.uid().isEmpty()).map(CloudPage::diag)
                .toList();
        String state = in.recordings().stream().map(r -> r.key() + " " + r.state()).reduce((a, b) -> a + ", " + b)
                .orElse("none");
        return new SessionPage(in.session().name() + " (Agora Cloud Recording)", state, general, rows);
    }

    private static SessionPage.UserRow row(CloudInspection.Recording r, CloudInspection.User u,
                                           CloudInspection.Segment s, List<SessionPage.Diag> diags) {
        List<SessionPage.Bar> bars = new ArrayList<>();
        List<SessionPage.Span> spans = new ArrayList<>();
        List<SessionPage.Marker> markers = new ArrayList<>();
        for (CloudInspection.Track t : u.tracks()) {
            String track = t.type().equals("video") ? "video" : "audio";
            t.runs().stream().filter(x -> within(x.start(), s)).forEach(x -> bars.add(new SessionPage.Bar(track,
                    x.slices() + " slices", x.start(), x.end(), String.format(Locale.ROOT, "%s %s · %d slices · "
                            + "%.3f–%.3f s (%s)", t.type(), String.join("+", t.containers()), x.slices(), x.start(),
                            x.end(), x.opens()))));
            for (CloudInspection.Event e : t.events()) {
                if (!within(e.at(), s)) {
                    continue;
                }
                switch (e.kind()) {
                    case "hole" -> spans.add(new SessionPage.Span("gap", e.at(), e.at() + e.seconds(),
                            String.format(Locale.ROOT, "hole %.3f s: %s", e.seconds(), e.detail())));
                    case "missing" -> markers.add(new SessionPage.Marker("diagnostic warning", e.at(), e.detail()));
                    default -> markers.add(new SessionPage.Marker("change", e.at(), e.kind() + ": " + e.detail()));
                }
            }
            rotations(t, s, spans);
        }
        Optional<SessionPage.Window> window = s.output().map(o -> new SessionPage.Window(o.file(), o.kind(),
                o.strategy(), o.sessionOffset(), o.sessionOffset() + o.duration()));
        double end = Math.max(s.end(), window.map(SessionPage.Window::end).orElse(0.0));
        String label = r.key() + " segment " + s.index() + s.output().map(o -> " → " + o.file()).orElse("");
        return new SessionPage.UserRow(u.uid().isEmpty() ? "mixed" : u.uid(), label, end, bars, spans, markers,
                window, List.of(), diags);
    }

    /** Each rotation holds from its time to the next one (or the track's end), clipped to the segment. */
    private static void rotations(CloudInspection.Track t, CloudInspection.Segment s, List<SessionPage.Span> spans) {
        for (int i = 0; i < t.rotations().size(); i++) {
            CloudInspection.Rotation x = t.rotations().get(i);
            double until = i + 1 < t.rotations().size() ? t.rotations().get(i + 1).at() : t.end();
            double from = Math.max(x.at(), s.start());
            double to = Math.min(until, s.end());
            if (to > from) {
                spans.add(new SessionPage.Span("rotation", from, to, x.clockwise() + "°"));
            }
        }
    }

    private static boolean within(double t, CloudInspection.Segment s) {
        return t >= s.start() - 1e-6 && t <= s.end() + 1e-6;
    }

    private static SessionPage.Diag diag(Manifest.DiagnosticEntry d) {
        return new SessionPage.Diag(d.severity(), d.code(), d.message(), Optional.empty());
    }
}
