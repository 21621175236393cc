package io.recmerge.cli;

import io.recmerge.inspect.Inspection;
import io.recmerge.report.Manifest;
import java.util.Locale;

/**
 * {@code recmerge inspect} for people: how the recording ended, each user's files and output,
 * then every diagnostic with its hint, the same list manifest.json gets.
 */
final class InspectText {

    private InspectText() {
    }

    static String render(Inspection in) {
        StringBuilder out = new StringBuilder();
        status(in, out);
        for (Inspection.User u : in.users()) {
            user(u, out);
        }
        if (!in.diagnostics().isEmpty()) {
            out.append(String.format(Locale.ROOT, "%ndiagnostics (%d):%n", in.diagnostics().size()));
            in.diagnostics().forEach(d -> diagnostic(d, out));
        }
        return out.toString();
    }

    private static void status(Inspection in, StringBuilder out) {
        Inspection.Recording r = in.recording();
        String state = switch (r.state()) {
            case "finished" -> "finished";
            case "crashed" -> "CRASHED (no recording2-done.txt, and crash signs; 'convert --force' converts what is there)";
            default -> "NOT finished (no recording2-done.txt; still recording?)";
        };
        out.append(String.format(Locale.ROOT, "session %s: recording %s%n", in.session().name(), state));
        if (r.channel().isPresent() || r.sdkVersion().isPresent()) {
            out.append("  ").append(r.channel().map(c -> "channel " + c).orElse("channel unknown"))
                    .append(r.sdkVersion().map(v -> ", recorded by Agora SDK " + v).orElse("")).append('\n');
        }
        r.crashSigns().forEach(sign -> out.append("  crash sign: ").append(sign).append('\n'));
        if (!in.session().recordingDone()) {
            r.idleSeconds().ifPresent(s -> out.append(String.format(Locale.ROOT,
                    "  nothing in the folder changed for %d s%n", s)));
        }
        r.leaves().forEach(l -> out.append(String.format(Locale.ROOT, "  the recorder left the channel with code %d: %s%n",
                l.code(), String.join(" + ", l.reasons()))));
    }

    private static void user(Inspection.User u, StringBuilder out) {
        out.append(String.format(Locale.ROOT, "uid %s (%s)%n", u.uid(), u.metadata()));
        u.audio().forEach(p -> out.append(piece("audio", p)));
        u.video().forEach(p -> out.append(piece("video", p)));
        if (u.audio().isEmpty() && u.video().isEmpty()) {
            out.append("  no usable audio or video file\n");
        }
        u.videoStartsLateBy().ifPresent(s -> out.append(String.format(Locale.ROOT,
                "  video starts %.3f s after the audio (the blank lead-in)%n", s)));
        u.output().ifPresent(o -> out.append(String.format(Locale.ROOT, "  -> %s (%s, %s, %.3f s)%n",
                o.file(), o.kind(), o.strategy(), o.duration())));
    }

    private static String piece(String kind, Inspection.Piece p) {
        String rotations = p.rotations().size() <= 1 && p.rotations().stream().allMatch(r -> r.degrees() == 0) ? ""
                : " rotations " + p.rotations().stream().map(r -> String.format(Locale.ROOT, "%.3f-%.3f:%d",
                        r.start(), r.end(), r.degrees())).toList();
        return String.format(Locale.ROOT, "  %s %-32s %s %s at %.3f s for %.3f s%s%n", kind, p.file(), p.codec(),
                p.size().orElse(""), p.start(), p.duration(), rotations);
    }

    /** Messages name their uid and file themselves (convert prints them the same way); --json has the fields. */
    static void diagnostic(Manifest.DiagnosticEntry d, StringBuilder out) {
        out.append(String.format(Locale.ROOT, "%s %s: %s%n  hint: %s%n", d.severity(), d.code(), d.message(),
                d.hint()));
    }
}
