package io.recmerge.cli;

import io.recmerge.inspect.CloudInspection;
import java.util.List;
import java.util.Locale;

/**
 * {@code recmerge inspect} of a cloud folder for people: per recording its clock and whether it
 * ended, per user each track (what is there, which playlists were read and why, runs, holes,
 * missing slices and what they cost, rotations) and the outputs convert would write, then every
 * diagnostic with its hint.
 */
final class CloudInspectText {

    private CloudInspectText() {
    }

    static String render(CloudInspection in) {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "cloud folder %s: %d recording(s) "
                + "(Agora Cloud Recording); times in seconds from each recording's clock zero%n", in.session().name(),
                in.recordings().size()));
        for (CloudInspection.Recording r : in.recordings()) {
            recording(r, out);
        }
        if (!in.diagnostics().isEmpty()) {
            out.append(String.format(Locale.ROOT, "%ndiagnostics (%d):%n", in.diagnostics().size()));
            in.diagnostics().forEach(d -> InspectText.diagnostic(d, out));
        }
        return out.toString();
    }

    private static void recording(CloudInspection.Recording r, StringBuilder out) {
        out.append(String.format(Locale.ROOT, "%nrecording %s (sid %s, cname %s): %s%n  clock zero %s (the earliest "
                        + "slice)%n", r.key(), r.sid(), r.cname(), r.state().equals("finished") ? "finished"
                        : "NOT finished (no #EXT-X-ENDLIST in " + String.join(", ", r.unfinishedPlaylists())
                        + "; still recording, or cut off: 'convert --force' converts what is there)", r.zeroUtc()));
        if (!r.state().equals("finished")) {
            r.idleSeconds().ifPresent(s -> out.append(String.format(Locale.ROOT,
                    "  none of its files changed for %d s%n", s)));
        }
        for (CloudInspection.User u : r.users()) {
            out.append(u.uid().isEmpty() ? "composite (one mixed track)\n" : "uid " + u.uid() + "\n");
            u.tracks().forEach(t -> track(t, out));
            u.segments().forEach(s -> segment(s, out));
        }
    }

    private static void track(CloudInspection.Track t, StringBuilder out) {
        out.append(String.format(Locale.ROOT, "  %s %s %s: %s, %.3f s, %d bytes, %.3f-%.3f s%n", t.type(),
                String.join("+", t.containers()), join(t.codecs(), "codec unknown") + (t.sizes().isEmpty() ? ""
                        : " " + String.join(",", t.sizes())), slices(t.slices()), t.seconds(), t.bytes(), t.start(),
                t.end()));
        for (CloudInspection.PlaylistRead p : t.playlists()) {
            out.append(String.format(Locale.ROOT, "    playlist %s (%s, %s, %.3f s, %s)%n", p.file(),
                    p.recorder().equals("first") ? "first recorder" : "failover " + p.recorder(), slices(p.slices()),
                    p.seconds(), p.ended() ? "ended" : "no #EXT-X-ENDLIST"));
            p.chosenBecause().ifPresent(why -> out.append("      ").append(why).append('\n'));
            p.notRead().forEach(c -> out.append(String.format(Locale.ROOT, "      not read: %s (%s, %.3f s): %s%n",
                    c.file(), slices(c.slices()), c.seconds(), c.why())));
        }
        out.append("    runs: ").append(String.join(", ", t.runs().stream().map(x -> String.format(Locale.ROOT,
                "%.3f-%.3f (%s, %s)", x.start(), x.end(), slices(x.slices()), x.opens())).toList())).append('\n');
        t.events().stream().filter(e -> !e.kind().equals("missing")).forEach(e -> out.append(e.kind().equals("hole")
                ? String.format(Locale.ROOT, "    hole %.3f-%.3f s (%.3f s): %s%n", e.at(), e.at() + e.seconds(),
                e.seconds(), e.detail()) : String.format(Locale.ROOT, "    %s at %.3f s: %s%n", e.kind(), e.at(),
                e.detail())));
        t.missing().forEach(m -> out.append(String.format(Locale.ROOT, "    missing slice %s (%s line %d): %s; "
                + "costs %.3f s of %s at %.3f s%s%n", m.file(), m.playlist(), m.line(), m.problem(), m.seconds(),
                t.type(), m.at(), m.output().map(o -> " in " + o).orElse(""))));
        t.rotations().forEach(x -> out.append(String.format(Locale.ROOT, "    rotation at %.3f s: ROTATE=%d "
                + "(%dx%d), turned %d° clockwise to upright%n", x.at(), x.degrees(), x.width(), x.height(),
                x.clockwise())));
    }

    private static void segment(CloudInspection.Segment s, StringBuilder out) {
        out.append(String.format(Locale.ROOT, "  segment %d: %.3f-%.3f s (%d audio, %d video run(s)) -> %s%n",
                s.index(), s.start(), s.end(), s.audioRuns(), s.videoRuns(), s.output().map(o -> String.format(
                        Locale.ROOT, "%s (%s, %s, from %.3f s for %.3f s)", o.file(), o.kind(), o.strategy(),
                        o.sessionOffset(), o.duration())).orElse("no output (see the diagnostics)")));
    }

    private static String slices(int n) {
        return n + (n == 1 ? " slice" : " slices");
    }

    private static String join(List<String> values, String none) {
        return values.isEmpty() ? none : String.join(",", values);
    }
}
