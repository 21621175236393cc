package io.recmerge.plan;

import io.recmerge.profile.Profile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The pure heart of recmerge: a timeline and the user's choices in, the complete plan for its
 * output out. No I/O happens here, so every decision can be unit-tested.
 *
 * <p>Steps: what the output carries (kind: the pieces, the profile and the mode decide), which
 * stretch of session time it covers (lead-in policy, moved to an AAC frame boundary when that lets
 * the whole output be copied, then gaps), its frame rate and canvas, its name, then stream copy
 * when the inputs already fit, else one filter graph.
 */
public final class Planner {

    private Planner() {
    }

    /** Empty when the timeline has nothing the profile and mode can carry (inside the time window, if any). */
    public static Optional<PlannedOutput> plan(UserTimeline whole, PlanRequest request) {
        Optional<Interval> asked = request.select().window();
        UserTimeline timeline = new UserTimeline(whole.uid(), whole.stamp(), whole.baseName(),
                inside(whole.audio(), asked), inside(whole.video(), asked), whole.diagnostics());
        Optional<OutputKind> kind = kind(timeline, request);
        if (kind.isEmpty() || !request.select().selects(timeline.uid())) {
            return Optional.empty();
        }
        Profile profile = kind.get() == OutputKind.AUDIO ? request.audioOnlyProfile() : request.profile();
        Content c = new Content(timeline, request, kind.get(), profile, kind.get().hasAudio() ? timeline.audio()
                : List.of(), kind.get().hasVideo() ? timeline.video() : List.of());
        LeadIn exact = LeadIn.decide(request.leadingBlank(), c.audio(), c.video(),
                OutputWindow.covering(c.all()).start());
        Optional<PlannedOutput> framed = framed(exact, c).flatMap(leadIn -> place(c, leadIn))
                .filter(out -> out.plan() instanceof RenderPlan.StreamCopy copy && !copy.audioReencoded());
        return framed.isPresent() ? framed : place(c, exact);
    }

    /** What one output carries, settled before its time is placed. */
    private record Content(UserTimeline timeline, PlanRequest request, OutputKind kind, Profile profile,
                           List<MediaPiece> audio, List<MediaPiece> video) {
        List<MediaPiece> all() {
            List<MediaPiece> all = new ArrayList<>(audio);
            all.addAll(video);
            return all;
        }
    }

    /**
     * The lead-in moved to an AAC frame boundary, when it cuts audio that could then be copied
     * (AudioCopy); a time window always starts where asked. Used only when it makes the whole
     * output a copy: under a re-encoded video the move cannot stay exact, the picture is re-gridded
     * onto the output's frame ticks and the move takes them off the source's (measured on ffmpeg
     * 8.1: flashes 10.7 ms early, and a whole tick late under --gaps freeze, whose overlays repeat
     * their last frame), so there the cut audio is re-encoded, starting exactly where asked.
     */
    private static Optional<LeadIn> framed(LeadIn exact, Content c) {
        if (c.request().select().window().isPresent()) {
            return Optional.empty();
        }
        LeadIn moved = exact.startingAt(AudioCopy.frameStart(exact.start(), c.audio(), c.video(), c.profile()),
                c.video());
        return moved.equals(exact) ? Optional.empty() : Optional.of(moved);
    }

    private static Optional<PlannedOutput> place(Content c, LeadIn leadIn) {
        PlanRequest request = c.request();
        List<MediaPiece> all = c.all();
        Optional<OutputWindow> placed = window(all, leadIn, request);
        if (placed.isEmpty()) {
            return Optional.empty();
        }
        OutputWindow window = placed.get();
        Optional<Double> freezeUntil = leadIn.freezeUntil().filter(f -> f > window.start());
        Optional<Double> fps = c.video().isEmpty() ? Optional.empty()
                : Optional.of(FrameRates.choose(c.video(), request.fps()));
        Optional<Canvas> canvas = c.video().isEmpty() ? Optional.empty()
                : Optional.of(Canvases.choose(c.video(), request.size()));
        String name = name(c.timeline(), request, c.kind(), c.profile());
        Path temp = request.outputDir().resolve(OutputNames.temporary(name));
        OutputDraft draft = new OutputDraft(c.kind(), c.profile(), window, c.audio(), c.video(), fps, canvas, temp,
                freezeUntil, request.gaps() == Gaps.FREEZE);
        RenderPlan plan = StreamCopyPlanner.plan(draft, request).or(() -> SmartRenderPlanner.plan(draft, request))
                .orElseGet(() -> FilterGraphPlanner.plan(draft));
        List<String> sources = all.stream().map(MediaPiece::name).distinct().toList();
        return Optional.of(new PlannedOutput(c.timeline().uid(), name, c.kind(), window.start(), window.duration(),
                fps, canvas, sources, c.profile(), request.outputDir().resolve(name), temp, plan, window.dropped(),
                freezeUntil.map(window::relative),
                Companions.plan(request.extras(), name, c.kind(), lastFrame(draft))));
    }

    /** From the lead-in's start to the last piece's end, inside the time window, less dropped gaps. */
    private static Optional<OutputWindow> window(List<MediaPiece> all, LeadIn leadIn, PlanRequest request) {
        return OutputWindow.covering(all).startingAt(leadIn.start()).clippedTo(request.select().window())
                .map(w -> request.gaps() == Gaps.DROP ? w.droppingGaps(all) : w);
    }

    /** Output time of the last video frame: one frame before the picture ends (or the output does). */
    private static double lastFrame(OutputDraft d) {
        double end = d.video().stream().mapToDouble(v -> d.window().relative(v.end())).max().orElse(0);
        return Math.min(end, d.window().duration()) - d.frameSeconds();
    }

    /** The pieces that have media inside the window (all of them without one). */
    private static List<MediaPiece> inside(List<MediaPiece> pieces, Optional<Interval> window) {
        return window.map(w -> pieces.stream().filter(p -> p.end() > w.start() + 1e-6 && p.start() < w.end() - 1e-6)
                .toList()).orElse(pieces);
    }

    private static String name(UserTimeline timeline, PlanRequest request, OutputKind kind, Profile profile) {
        if (request.extras().name().isPresent()) {
            return OutputNames.custom(request.extras().name().get(), profile.extension());
        }
        return request.mode().mergesUid() ? OutputNames.uid(timeline.uid(), kind, profile.extension())
                : OutputNames.session(timeline.baseName(), kind, profile.extension());
    }

    /**
     * AV when both tracks exist and the profile carries both; uid-audio and uid-video keep one
     * track; a profile without video makes audio outputs.
     */
    static Optional<OutputKind> kind(UserTimeline timeline, PlanRequest request) {
        Profile profile = request.profile();
        boolean audio = !timeline.audio().isEmpty() && request.mode() != Mode.UID_VIDEO;
        boolean video = !timeline.video().isEmpty() && profile.video().isPresent() && request.mode() != Mode.UID_AUDIO;
        if (audio && video && profile.audio().isPresent()) {
            return Optional.of(OutputKind.AV);
        }
        if (video) {
            return Optional.of(OutputKind.VIDEO);
        }
        return audio && request.audioOnlyProfile().audio().isPresent() ? Optional.of(OutputKind.AUDIO)
                : Optional.empty();
    }
}
