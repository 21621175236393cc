package io.recmerge.inspect;

import io.recmerge.convert.SessionPlanner;
import io.recmerge.diag.Diagnostic;
import io.recmerge.discover.SessionFolder;
import io.recmerge.discover.SessionStatus;
import io.recmerge.plan.MediaPiece;
import io.recmerge.plan.RotationSpan;
import io.recmerge.report.Manifest;
import io.recmerge.report.Reports;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * What {@code recmerge inspect} reports: the session as recmerge reads it, without converting. The
 * diagnostics are the list {@code convert} writes into manifest.json (status first, then the plan's).
 */
public record Inspection(Manifest.Session session, Recording recording, List<User> users,
                         List<Manifest.DiagnosticEntry> diagnostics) {

    /**
     * How the recording ended.
     *
     * @param state finished, crashed (no done marker and crash signs) or unfinished (still recording?)
     * @param idleSeconds how long nothing in the folder has changed
     * @param leaves the recorder log's leave codes, decoded
     * @param channel the channel name, when the recorder wrote metadata.txt (SDK 2.x)
     * @param sdkVersion the recorder's SDK version from its logs ("2.3.0 build 230")
     */
    public record Recording(String state, List<String> crashSigns, Optional<Long> idleSeconds, List<Leave> leaves,
                            Optional<String> channel, Optional<String> sdkVersion) { }

    /** One "leave channel with code:N" of the recorder log, with the reasons its bits stand for. */
    public record Leave(long code, List<String> reasons) { }

    public record User(String uid, String stamp, String metadata, List<Piece> audio, List<Piece> video,
                       Optional<Double> videoStartsLateBy, Optional<PlannedOutput> output) { }

    public record Piece(String file, double start, double duration, String codec, Optional<String> size,
                        List<RotationSpan> rotations) { }

    public record PlannedOutput(String file, String kind, String strategy, double sessionOffset, double duration) { }

    public static Inspection of(SessionFolder folder, SessionStatus status, SessionPlanner.SessionPlan plan) {
        List<User> users = plan.users().stream().map(Inspection::user).toList();
        List<Diagnostic> all = new ArrayList<>(status.diagnostics());
        all.addAll(plan.diagnostics());
        return new Inspection(new Manifest.Session(folder.dir().toAbsolutePath().toString(), folder.name(),
                folder.recordingDone()), recording(status), users, Reports.diagnostics(all));
    }

    private static Recording recording(SessionStatus status) {
        List<Leave> leaves = status.log().map(l -> l.leaves().stream().distinct()
                .map(c -> new Leave(c.value(), c.reasons())).toList()).orElse(List.of());
        return new Recording(status.state().label(), status.crash().signs(),
                status.crash().idle().map(Duration::toSeconds), leaves, status.recorder().channel(),
                status.recorder().sdkVersion());
    }

    private static User user(SessionPlanner.UserPlan u) {
        OptionalDouble audioStart = u.timeline().audio().stream().mapToDouble(MediaPiece::start).min();
        OptionalDouble videoStart = u.timeline().video().stream().mapToDouble(MediaPiece::start).min();
        Optional<Double> late = audioStart.isPresent() && videoStart.isPresent()
                && videoStart.getAsDouble() > audioStart.getAsDouble()
                ? Optional.of(round(videoStart.getAsDouble() - audioStart.getAsDouble())) : Optional.empty();
        return new User(u.timeline().uid(), u.timeline().stamp(), u.metadata().path().getFileName().toString(),
                u.timeline().audio().stream().map(Inspection::piece).toList(),
                u.timeline().video().stream().map(Inspection::piece).toList(), late, u.output().map(Inspection::planned));
    }

    static PlannedOutput planned(io.recmerge.plan.PlannedOutput o) {
        return new PlannedOutput(o.fileName(), o.kind().label(), o.plan().strategy(), round(o.sessionOffset()),
                round(o.duration()));
    }

    private static Piece piece(MediaPiece p) {
        Optional<String> size = p.width() > 0 ? Optional.of(p.width() + "x" + p.height()) : Optional.empty();
        return new Piece(p.name(), round(p.start()), round(p.duration()), p.codec(), size, p.rotations());
    }

    private static double round(double seconds) {
        return Math.round(seconds * 1000) / 1000.0;
    }
}
