package io.recmerge.convert;

import io.recmerge.diag.Code;
import io.recmerge.diag.Diagnostic;
import io.recmerge.diag.Severity;
import io.recmerge.discover.SessionFolder;
import io.recmerge.metadata.MediaNames;
import io.recmerge.metadata.MetadataFile;
import io.recmerge.plan.MediaPiece;
import io.recmerge.plan.PlannedOutput;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The recording FAQ's questions answered per user from what the earlier stages found: why only
 * audio, why is the recording split, why does the video start late, why WebM; and which outputs
 * are partial because some of the user's media could not be used. Pure: plans and diagnostics in,
 * diagnostics out.
 */
final class SessionFindings {

    /** A lead-in shorter than this is not worth a word (the recorder's usual jitter). */
    static final double LATE_SECONDS = 0.1;
    /** Media the metadata names that could not be used: an output without it is partial. */
    private static final Set<Code> LOST = Set.of(Code.MEDIA_MISSING, Code.PROBE_FAILED, Code.UNDECODABLE_MEDIA,
            Code.MP4_INDEX_MISSING, Code.METADATA_HOSTILE_NAME, Code.MEDIA_UNNAMED, Code.CLOUD_SLICE_MISSING);
    /** Media used whose sync cannot be vouched for (a damaged .aac whose loss could not be measured). */
    private static final Set<Code> UNCERTAIN = Set.of(Code.AUDIO_DAMAGE_UNMEASURED);
    /** The user session's plan was refused: its media are fine, but nothing was made of them. */
    private static final Set<Code> REFUSED = Set.of(Code.TIMELINE_IMPLAUSIBLE, Code.INTERNAL_ERROR,
            Code.OUTPUT_NAME_TAKEN);
    private static final Set<String> VIDEO_EXTENSIONS = Set.of("mp4", "webm", "ts", "mkv", "mov");

    private SessionFindings() {
    }

    /** Findings for every user plus the session's split users, in folder order. */
    static List<Diagnostic> of(SessionFolder folder, List<SessionPlanner.UserPlan> users, List<Diagnostic> found) {
        List<Diagnostic> out = new ArrayList<>();
        for (SessionPlanner.UserPlan user : users) {
            out.addAll(user(user));
            user.output().ifPresent(o -> partial(o, lostFiles(user, users, found, LOST),
                    lostFiles(user, users, found, UNCERTAIN)).ifPresent(out::add));
        }
        out.addAll(splitSessions(folder));
        return out;
    }

    /**
     * Why a user plan that got no output counts as a loss: media the metadata names could not be
     * used (the first such error), or the plan was refused (implausible times, an internal error).
     * Empty for a user whose files are merely empty: nothing was lost.
     */
    static java.util.Optional<Diagnostic> refusal(SessionPlanner.UserPlan user, SessionPlanner.SessionPlan plan) {
        if (user.output().isPresent()) {
            return java.util.Optional.empty();
        }
        String uid = user.timeline().uid();
        java.util.Optional<Diagnostic> refused = plan.diagnostics().stream()
                .filter(d -> REFUSED.contains(d.code()) && d.uid().map(uid::equals).orElse(false)
                        && d.file().map(f -> f.startsWith(user.timeline().baseName())
                                || f.startsWith(user.timeline().baseName().replaceFirst("^uid_", ""))).orElse(false))
                .findFirst();
        if (refused.isPresent()) {
            return refused;
        }
        List<String> lost = lostFiles(user, plan.users(), plan.diagnostics(), LOST);
        return plan.diagnostics().stream().filter(d -> d.severity() == Severity.ERROR && LOST.contains(d.code()))
                .filter(d -> d.file().map(lost::contains).orElse(false)).findFirst();
    }

    /**
     * The media files of the user's output that could not be used, or whose sync cannot be vouched
     * for (a damaged .aac whose loss could not be measured): the output is partial.
     */
    static List<String> missing(SessionPlanner.UserPlan user, SessionPlanner.SessionPlan plan) {
        List<String> files = new ArrayList<>(lostFiles(user, plan.users(), plan.diagnostics(), LOST));
        lostFiles(user, plan.users(), plan.diagnostics(), UNCERTAIN).stream().filter(f -> !files.contains(f))
                .forEach(files::add);
        return files;
    }

    private static List<Diagnostic> user(SessionPlanner.UserPlan user) {
        List<Diagnostic> out = new ArrayList<>();
        MetadataFile meta = user.metadata();
        String who = "uid " + user.timeline().uid() + " (" + meta.path().getFileName() + ")";
        List<String> videos = meta.mediaFiles().stream().filter(SessionFindings::isVideo).toList();
        if (videos.isEmpty() && !user.timeline().audio().isEmpty()) {
            out.add(finding(Code.AUDIO_ONLY, who + ": the metadata names no video file; the recorder received only "
                    + "audio from this user", user));
        }
        if (videos.size() > 1) {
            out.add(finding(Code.VIDEO_SPLIT, who + ": the video is split into " + videos.size() + " files "
                    + String.join(", ", videos), user));
        }
        late(user).ifPresent(late -> out.add(finding(Code.VIDEO_STARTS_LATE, String.format(Locale.ROOT,
                "%s: the video starts %.3f s after the audio (the blank lead-in)", who, late), user)));
        List<String> webm = user.timeline().video().stream().filter(SessionFindings::isVp8OrWebm)
                .map(MediaPiece::name).toList();
        if (!webm.isEmpty()) {
            out.add(finding(Code.WEBM_VIDEO, who + ": " + String.join(", ", webm) + " is VP8 video in WebM, written "
                    + "for a web client with codec vp8", user));
        }
        return out;
    }

    private static OptionalDouble late(SessionPlanner.UserPlan user) {
        OptionalDouble audio = user.timeline().audio().stream().mapToDouble(MediaPiece::start).min();
        OptionalDouble video = user.timeline().video().stream().mapToDouble(MediaPiece::start).min();
        if (audio.isEmpty() || video.isEmpty() || video.getAsDouble() - audio.getAsDouble() < LATE_SECONDS) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(video.getAsDouble() - audio.getAsDouble());
    }

    private static java.util.Optional<Diagnostic> partial(PlannedOutput out, List<String> lost,
                                                          List<String> uncertain) {
        if (lost.isEmpty() && uncertain.isEmpty()) {
            return java.util.Optional.empty();
        }
        String without = lost.isEmpty() ? "" : " without " + String.join(", ", lost);
        String with = uncertain.isEmpty() ? "" : (lost.isEmpty() ? "" : " and") + " with "
                + String.join(", ", uncertain) + ", whose sync after a damaged stretch is uncertain";
        return java.util.Optional.of(Diagnostic.of(Code.OUTPUT_PARTIAL, out.fileName() + " is made" + without + with
                + " (see the diagnostics of those files)").uid(out.uid()).file(out.fileName()).build());
    }

    /**
     * The user's lost files: ERROR diagnostics of the same uid about a media file (a metadata line
     * refused for its name is about the .txt, not about media) whose owner is this user: the plan
     * whose metadata names it, else the one whose base name it starts with (a file the metadata
     * does not name; the SDK 2.x recorder's {@code <uid>_<stamp>} names by their stamp), else the
     * uid's first plan (uid modes keep only the first session's metadata).
     * In an audio-only (video-only) output of a user whose timeline still has video (audio), the
     * output's kind, not the loss, left that track out: not counted.
     */
    private static List<String> lostFiles(SessionPlanner.UserPlan user, List<SessionPlanner.UserPlan> all,
                                          List<Diagnostic> found, Set<Code> codes) {
        String uid = user.timeline().uid();
        List<SessionPlanner.UserPlan> same = all.stream().filter(u -> u.timeline().uid().equals(uid)).toList();
        return found.stream()
                .filter(d -> d.severity() == Severity.ERROR && codes.contains(d.code()))
                .filter(d -> d.uid().map(uid::equals).orElse(false) && d.file().isPresent())
                .map(d -> d.file().get()).filter(f -> isVideo(f) || isAudio(f)).distinct()
                .filter(f -> owner(f, same) == user)
                .filter(f -> user.output().map(o -> !leftOutByKind(f, user, o)).orElse(true))
                .toList();
    }

    private static SessionPlanner.UserPlan owner(String file, List<SessionPlanner.UserPlan> same) {
        return same.stream().filter(u -> u.metadata().mediaFiles().contains(file)).findFirst()
                .or(() -> same.stream().filter(u -> file.startsWith(u.metadata().baseName() + "_")
                        || file.startsWith(u.metadata().baseName() + ".") || MediaNames.ownedBy(u.metadata(), file))
                        .findFirst())
                .orElse(same.get(0));
    }

    private static boolean leftOutByKind(String file, SessionPlanner.UserPlan user, PlannedOutput out) {
        return isVideo(file) ? !out.kind().hasVideo() && !user.timeline().video().isEmpty()
                : !out.kind().hasAudio() && !user.timeline().audio().isEmpty();
    }

    /** uids with several metadata files: each is a user session of its own (left for more than ~15 s). */
    private static List<Diagnostic> splitSessions(SessionFolder folder) {
        Map<String, List<String>> byUid = new LinkedHashMap<>();
        for (Path file : folder.metadataFiles()) {
            String name = file.getFileName().toString().replaceFirst("^\\.", "");
            String uid = name.replaceFirst("^uid_([^_]+)_.*$", "$1");
            byUid.computeIfAbsent(uid, k -> new ArrayList<>()).add(name);
        }
        return byUid.entrySet().stream().filter(e -> e.getValue().size() > 1)
                .map(e -> Diagnostic.of(Code.SESSION_SPLIT, "uid " + e.getKey() + " has " + e.getValue().size()
                        + " user sessions: " + String.join(", ", e.getValue())).uid(e.getKey()).build())
                .collect(Collectors.toList());
    }

    private static boolean isVideo(String name) {
        int dot = name.lastIndexOf('.');
        return dot >= 0 && VIDEO_EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    private static boolean isAudio(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".aac") || lower.endsWith(".m4a");
    }

    private static boolean isVp8OrWebm(MediaPiece p) {
        return p.codec().equals("vp8") || p.container().contains("webm");
    }

    private static Diagnostic finding(Code code, String message, SessionPlanner.UserPlan user) {
        return Diagnostic.of(code, message).uid(user.timeline().uid())
                .file(user.metadata().path().getFileName().toString()).build();
    }
}
