package io.recmerge.plan;

import io.recmerge.container.Mp4KeyFrames;
import io.recmerge.engine.FfmpegCommand;
import io.recmerge.engine.FilterGraph;
import io.recmerge.profile.Profile;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Smart rendering: a single H.264 MP4 whose rotation changes mid-stream, where some stretches
 * already fit the canvas (upright, the canvas's size, the profile's codec and pixel format: what
 * {@link StreamCopyPlanner#videoFits} asks of a whole copy). Those are copied by packets, cut at key
 * frames ({@link SmartSegments}); the rest, the turned stretches and the partial GOPs at each join,
 * is encoded anew in preparations ({@link ReencodedStretch}); the main run joins all pieces by
 * packets through the concat demuxer ({@link ConcatList}) and muxes them with the audio, which is
 * re-encoded through {@link AudioMix} as the filter-graph path does.
 *
 * <p>The joined stream changes parameter sets at each join (the source's, x264's). Measured with
 * ffmpeg 8.1.2 and Chromium 156 (docs/smart-render.md): the concat demuxer turns each MP4 piece
 * into Annex B, which puts every IDR's SPS/PPS in-band, and the mp4 muxer keeps them in the
 * samples, so the first piece's sets go into avcC and the others arrive before their frames.
 */
final class SmartRenderPlanner {

    private SmartRenderPlanner() {
    }

    /** Reads the piece's key frames from its MP4 index: the one read, only once every other condition holds. */
    static Optional<RenderPlan> plan(OutputDraft d, PlanRequest request) {
        if (!applies(d, request)) {
            return Optional.empty();
        }
        try {
            return Mp4KeyFrames.read(d.video().get(0).file()).flatMap(k -> plan(d, request, k));
        } catch (IOException e) {
            return Optional.empty(); // unreadable here: the filter graph reads it and says what is wrong
        }
    }

    static Optional<RenderPlan> plan(OutputDraft d, PlanRequest request, Mp4KeyFrames keys) {
        if (!applies(d, request)) {
            return Optional.empty();
        }
        MediaPiece v = d.video().get(0);
        List<Boolean> fits = v.rotations().stream().map(span -> fits(v, span, d, request)).toList();
        List<SmartSegments.Segment> segments = SmartSegments.split(v, fits, keys.times(), keys.duration());
        if (segments.stream().noneMatch(SmartSegments.Segment::copy)) {
            return Optional.empty();
        }
        return Optional.of(build(d, v, segments));
    }

    /** One H.264 MP4 piece with rotation changes, a profile that copies and an encoder whose options we know. */
    private static boolean applies(OutputDraft d, PlanRequest request) {
        Profile p = d.profile();
        boolean x264 = p.video().map(c -> c.encoder().equals("libx264")).orElse(false);
        if (!p.streamCopy() || !x264 || !p.isMp4Family() || d.video().size() != 1 || d.canvas().isEmpty()
                || !d.audio().isEmpty() && p.audio().isEmpty()) {
            return false;
        }
        MediaPiece v = d.video().get(0);
        return v.rotations().size() > 1 && !v.annexB() && List.of(v.container().split(",")).contains("mp4");
    }

    /** An upright span that a whole copy would take as it is. */
    private static boolean fits(MediaPiece v, RotationSpan span, OutputDraft d, PlanRequest request) {
        return span.degrees() == 0 && StreamCopyPlanner.videoFits(v.withRotations(List.of(span)), d.profile(), d,
                request);
    }

    private static RenderPlan build(OutputDraft d, MediaPiece v, List<SmartSegments.Segment> segments) {
        List<RenderPlan.Preparation> preparations = new ArrayList<>();
        List<ConcatList.Entry> entries = new ArrayList<>();
        for (SmartSegments.Segment s : segments) {
            if (s.copy()) {
                double in = v.sourceStartTime() + s.start();
                boolean toEnd = s == segments.get(segments.size() - 1);
                entries.add(ConcatList.Entry.copied(v.file(), in, toEnd ? Double.NaN : v.sourceStartTime() + s.end()));
            } else {
                Path out = ReencodedStretch.intermediate(d.tempFile(), preparations.size());
                preparations.add(ReencodedStretch.preparation(d, v, s, out));
                entries.add(ConcatList.Entry.whole(out, s.duration()));
            }
        }
        FfmpegCommand.Builder cmd = FfmpegCommand.ffmpeg();
        List<String> maps = new ArrayList<>();
        for (MediaPiece a : d.audio()) {
            cmd.input(a.file(), a.inputOptions());
        }
        if (!d.audio().isEmpty()) {
            cmd.filterGraph(new FilterGraph(AudioMix.chains(d, 0)));
            maps.addAll(List.of("-map", "[" + AudioMix.OUT + "]"));
        }
        double offset = d.window().relative(v.start());
        if (Math.abs(offset) > 1e-6) {
            cmd.args("-itsoffset", Seconds.of(offset));
        }
        cmd.args(ConcatList.INPUT_OPTIONS).args("-i", ConcatList.dataUrl(entries));
        maps.addAll(List.of("-map", d.audio().size() + ":v:0"));
        cmd.args(maps).args("-c:v", "copy");
        d.freezeUntil().ifPresent(f -> cmd.args("-bsf:v", StreamCopyPlanner.FREEZE_FIRST_PACKET));
        d.profile().audio().filter(c -> !d.audio().isEmpty()).ifPresent(c -> cmd
                .args("-c:a", c.encoder(), "-ar", Integer.toString(c.sampleRate())).args(c.options()));
        cmd.args(d.profile().muxerOptions()).args("-f", d.profile().container(), "-progress", "pipe:1")
                .output(d.tempFile());
        return new RenderPlan.StreamCopy(cmd.build(), OptionalInt.empty(), !d.audio().isEmpty(), preparations, true);
    }
}
