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
 * stretch of session time it covers (lead-in policy, then gaps), its frame rate and canvas, its
 * name, then stream copy when the inputs already fit, else one filter graph.
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
        List<MediaPiece> audio = kind.get().hasAudio() ? timeline.audio() : List.of();
        List<MediaPiece> video = kind.get().hasVideo() ? timeline.video() : List.of();
        List<MediaPiece> all = new ArrayList<>(audio);
        all.addAll(video);
        LeadIn leadIn = LeadIn.decide(request.leadingBlank(), audio, video, OutputWindow.covering(all).start());
        Optional<OutputWindow> placed = window(all, leadIn, request);
        if (placed.isEmpty()) {
            return Optional.empty();
        }
        OutputWindow window = placed.get();
        Optional<Double> freezeUntil = leadIn.freezeUntil().filter(f -> f > window.start());
        Optional<Double> fps = video.isEmpty() ? Optional.empty()
                : Optional.of(FrameRates.choose(video, request.fps()));
        Optional<Canvas> canvas = video.isEmpty() ? Optional.empty()
                : Optional.of(Canvases.choose(video, request.size()));
        String name = name(timeline, request, kind.get(), profile);
        Path temp = request.outputDir().resolve(OutputNames.temporary(name));
        OutputDraft draft = new OutputDraft(kind.get(), profile, window, audio, video, fps, canvas, temp,
                freezeUntil, request.gaps() == Gaps.FREEZE);
        RenderPlan plan = StreamCopyPlanner.plan(draft, request).or(() -> SmartRenderPlanner.plan(draft, request))
                .orElseGet(() -> FilterGraphPlanner.plan(draft));
        List<String> sources = all.stream().map(MediaPiece::name).distinct().toList();
        return Optional.of(new PlannedOutput(timeline.uid(), name, kind.get(), window.start(), window.duration(),
                fps, canvas, sources, profile, request.outputDir().resolve(name), temp, plan, window.dropped(),
                freezeUntil.map(window::relative),
                Companions.plan(request.extras(), name, kind.get(), lastFrame(draft))));
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
