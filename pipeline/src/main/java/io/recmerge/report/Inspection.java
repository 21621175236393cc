package io.recmerge.report;

import io.recmerge.convert.SessionPlanner;
import io.recmerge.discover.SessionFolder;
import io.recmerge.plan.MediaPiece;
import io.recmerge.plan.RotationSpan;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/** What {@code recmerge inspect} reports: the session as recmerge reads it, without converting. */
public record Inspection(Manifest.Session session, List<User> users, List<Manifest.DiagnosticEntry> diagnostics) {

    public record User(String uid, String stamp, String metadata, List<Piece> audio, List<Piece> video,
                       Optional<Double> videoStartsLateBy, Optional<PlannedOutput> output) { }

    public record Piece(String file, double start, double duration, String codec, Optional<String> size,
                        List<RotationSpan> rotations) { }

    public record PlannedOutput(String file, String kind, String strategy, double sessionOffset, double duration) { }

    public static Inspection of(SessionFolder folder, SessionPlanner.SessionPlan plan) {
        List<User> users = plan.users().stream().map(Inspection::user).toList();
        return new Inspection(new Manifest.Session(folder.dir().toAbsolutePath().toString(), folder.name(),
                folder.recordingDone()), users, Reports.diagnostics(plan.diagnostics()));
    }

    private static User user(SessionPlanner.UserPlan u) {
        OptionalDouble audioStart = u.timeline().audio().stream().mapToDouble(MediaPiece::start).min();
        OptionalDouble videoStart = u.timeline().video().stream().mapToDouble(MediaPiece::start).min();
        Optional<Double> late = audioStart.isPresent() && videoStart.isPresent()
                && videoStart.getAsDouble() > audioStart.getAsDouble()
                ? Optional.of(round(videoStart.getAsDouble() - audioStart.getAsDouble())) : Optional.empty();
        return new User(u.timeline().uid(), u.timeline().stamp(), u.metadata().path().getFileName().toString(),
                u.timeline().audio().stream().map(Inspection::piece).toList(),
                u.timeline().video().stream().map(Inspection::piece).toList(), late,
                u.output().map(o -> new PlannedOutput(o.fileName(), o.kind().label(), o.plan().strategy(),
                        round(o.sessionOffset()), round(o.duration()))));
    }

    private static Piece piece(MediaPiece p) {
        Optional<String> size = p.width() > 0 ? Optional.of(p.width() + "x" + p.height()) : Optional.empty();
        return new Piece(p.name(), round(p.start()), round(p.duration()), p.codec(), size, p.rotations());
    }

    private static double round(double seconds) {
        return Math.round(seconds * 1000) / 1000.0;
    }
}
