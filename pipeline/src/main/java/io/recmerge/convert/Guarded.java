package io.recmerge.convert;

import io.recmerge.diag.Code;
import io.recmerge.diag.Diagnostic;
import io.recmerge.metadata.FileNames;
import io.recmerge.metadata.MetadataFile;
import io.recmerge.plan.Gaps;
import io.recmerge.plan.MediaPiece;
import io.recmerge.plan.PlanRequest;
import io.recmerge.plan.PlannedOutput;
import io.recmerge.plan.Planner;
import io.recmerge.plan.TimelineBuilder;
import io.recmerge.plan.UserTimeline;
import io.recmerge.probe.MediaFacts;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The pure stages run so that one user session's bad data cannot take the others down: an
 * unexpected exception becomes an {@link Code#INTERNAL_ERROR} diagnostic for that session, and a
 * plan that would fill a long stretch with nothing but black and silence (metadata times that
 * put files hours apart) is refused before ffmpeg spends hours rendering it.
 */
final class Guarded {

    /**
     * Within one user session the recorder leaves no stretch without audio and video longer than a
     * rejoin (about 15 s, docs/input-format.md); ten minutes of nothing is corrupt metadata, not a recording.
     */
    static final double MAX_EMPTY_SECONDS = 600;

    private Guarded() {
    }

    static UserTimeline timeline(MetadataFile meta, Map<String, MediaFacts> facts, List<Diagnostic> diagnostics) {
        try {
            return TimelineBuilder.build(meta, facts);
        } catch (RuntimeException e) {
            diagnostics.add(internal(meta.uid(), meta.baseName() + ".txt", "placing the files of "
                    + meta.baseName(), e));
            return new UserTimeline(meta.uid(), meta.stamp(), meta.baseName(), List.of(), List.of(), meta.diagnostics());
        }
    }

    static Optional<PlannedOutput> plan(UserTimeline timeline, PlanRequest request, List<Diagnostic> diagnostics) {
        Optional<PlannedOutput> output;
        try {
            output = timeline.isEmpty() ? Optional.empty() : Planner.plan(timeline, request);
        } catch (RuntimeException e) {
            diagnostics.add(internal(timeline.uid(), timeline.baseName() + ".txt", "planning " + timeline.baseName(), e));
            return Optional.empty();
        }
        // uid modes: hours between two sessions of a uid are real; each session was checked before merging.
        Optional<Diagnostic> implausible = request.mode().mergesUid() ? Optional.empty()
                : output.flatMap(o -> implausible(timeline, o));
        implausible.ifPresent(diagnostics::add);
        return implausible.isPresent() ? Optional.empty() : output;
    }

    /**
     * uid modes: a session whose own files leave more than {@link #MAX_EMPTY_SECONDS} empty is
     * left out of the merge (with the diagnostic), so the rest of the uid is still joined.
     */
    static boolean plausibleSession(UserTimeline session, PlanRequest request, List<Diagnostic> diagnostics) {
        List<MediaPiece> pieces = Stream.concat(session.audio().stream(), session.video().stream())
                .sorted(Comparator.comparingDouble(MediaPiece::start)).toList();
        if (pieces.isEmpty() || request.gaps() == Gaps.DROP) {
            return true;
        }
        double span = pieces.stream().mapToDouble(MediaPiece::end).max().orElseThrow() - pieces.get(0).start();
        double empty = span - covered(pieces);
        if (!(empty > MAX_EMPTY_SECONDS)) {
            return true;
        }
        diagnostics.add(Diagnostic.of(Code.TIMELINE_IMPLAUSIBLE, String.format(Locale.ROOT,
                "%s: its files leave %.1f s with neither audio nor video (limit %.0f s); it was left out of the "
                        + "uid's output (--gaps drop cuts empty time out)", session.baseName(), empty,
                MAX_EMPTY_SECONDS)).uid(session.uid()).file(session.baseName() + ".txt").build());
        return false;
    }

    /** The output's length beyond what its files cover, when that is more than {@link #MAX_EMPTY_SECONDS}. */
    static Optional<Diagnostic> implausible(UserTimeline timeline, PlannedOutput out) {
        List<MediaPiece> pieces = Stream.concat(timeline.audio().stream(), timeline.video().stream())
                .sorted(Comparator.comparingDouble(MediaPiece::start)).toList();
        double empty = out.duration() - covered(pieces);
        if (!(empty > MAX_EMPTY_SECONDS)) {
            return Optional.empty();
        }
        List<String> spans = new ArrayList<>();
        pieces.forEach(p -> spans.add(String.format(Locale.ROOT, "%s %.3f-%.3f s", p.name(), p.start(), p.end())));
        return Optional.of(Diagnostic.of(Code.TIMELINE_IMPLAUSIBLE, String.format(Locale.ROOT,
                "%s: the output would be %.1f s long, %.1f s of it with neither audio nor video (limit %.0f s): %s; "
                        + "nothing was made (--gaps drop cuts empty time out)", out.fileName(), out.duration(), empty,
                MAX_EMPTY_SECONDS, String.join(", ", spans))).uid(out.uid()).file(out.fileName()).build());
    }

    /** Seconds covered by at least one piece (the union of their intervals). */
    private static double covered(List<MediaPiece> sorted) {
        double total = 0;
        double reach = Double.NEGATIVE_INFINITY;
        for (MediaPiece p : sorted) {
            double from = Math.max(p.start(), reach);
            if (p.end() > from) {
                total += p.end() - from;
            }
            reach = Math.max(reach, p.end());
        }
        return total;
    }

    private static Diagnostic internal(String uid, String file, String what, RuntimeException e) {
        org.slf4j.LoggerFactory.getLogger(Guarded.class).debug("internal error " + what, e);
        // The message, not the exception's class name: users get a sentence, RECMERGE_LOG_LEVEL=DEBUG the trace.
        String why = e.getMessage() == null ? "no detail" : FileNames.printable(e.getMessage(), 200);
        return Diagnostic.of(Code.INTERNAL_ERROR, "internal error while " + what + ": " + why
                + "; this user session was skipped").uid(uid).file(file).build();
    }
}
