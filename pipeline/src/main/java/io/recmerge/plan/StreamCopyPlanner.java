package io.recmerge.plan;

import io.recmerge.engine.FfmpegCommand;
import io.recmerge.profile.Profile;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Stream copy: when the single audio and single video file already fit the profile, no frame is
 * decoded. Each input is placed with {@code -itsoffset}; the mp4 muxer turns a late video start
 * into an edit list and a negative audio start (the AAC priming) into a skipped lead.
 */
final class StreamCopyPlanner {

    private StreamCopyPlanner() {
    }

    static Optional<RenderPlan> plan(OutputDraft d, PlanRequest request) {
        if (!fits(d, request)) {
            return Optional.empty();
        }
        FfmpegCommand.Builder cmd = FfmpegCommand.ffmpeg();
        List<String> maps = new ArrayList<>();
        int input = 0;
        for (MediaPiece a : d.audio()) {
            cmd.input(a.file(), offset(d.window().relative(a.start()) - a.primingSeconds() - a.sourceStartTime()));
            maps.addAll(List.of("-map", input++ + ":a:0"));
        }
        for (MediaPiece v : d.video()) {
            cmd.input(v.file(), offset(d.window().relative(v.start()) - v.sourceStartTime()));
            maps.addAll(List.of("-map", input++ + ":v:0"));
        }
        cmd.args(maps).args("-c", "copy").args(d.profile().muxerOptions());
        cmd.args("-f", d.profile().container(), "-progress", "pipe:1").output(d.tempFile());
        return Optional.of(new RenderPlan.StreamCopy(cmd.build(), OptionalInt.empty()));
    }

    private static List<String> offset(double seconds) {
        return Math.abs(seconds) < 1e-6 ? List.of() : List.of("-itsoffset", Seconds.of(seconds));
    }

    /** Every condition under which copying gives the same result a re-encode would. */
    static boolean fits(OutputDraft d, PlanRequest request) {
        Profile p = d.profile();
        if (!p.streamCopy() || d.audio().size() > 1 || d.video().size() > 1) {
            return false;
        }
        boolean audioFits = d.audio().stream().allMatch(a -> p.audio().map(c -> c.codec().equals(a.codec()))
                .orElse(false));
        boolean videoFits = d.video().stream().allMatch(v -> videoFits(v, p, d, request));
        return audioFits && videoFits && endsAgree(d);
    }

    private static boolean videoFits(MediaPiece v, Profile p, OutputDraft d, PlanRequest request) {
        boolean codec = p.video().map(c -> c.codec().equals(v.codec()) && c.pixelFormat().equals(v.pixelFormat()))
                .orElse(false);
        boolean evenSize = v.width() % 2 == 0 && v.height() % 2 == 0;
        boolean sameSize = d.canvas().map(c -> c.width() == v.width() && c.height() == v.height()).orElse(false);
        boolean sameRate = request.fps().isEmpty()
                || v.frameRate().isPresent() && Math.abs(v.frameRate().getAsDouble() - request.fps().getAsDouble()) < 0.01;
        // Rotation other than 0 is rendered for now: frames are turned by the filter graph.
        boolean upright = v.rotations().size() == 1 && v.rotations().get(0).degrees() == 0;
        boolean container = v.isMp4Container();
        return codec && evenSize && sameSize && sameRate && upright && container;
    }

    /** A copied track cannot be padded: both must already end together, within one frame. */
    private static boolean endsAgree(OutputDraft d) {
        if (d.audio().isEmpty() || d.video().isEmpty()) {
            return true;
        }
        return Math.abs(d.audio().get(0).end() - d.video().get(0).end()) <= d.frameSeconds();
    }
}
