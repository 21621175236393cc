package io.recmerge.plan;

import io.recmerge.engine.FfmpegCommand;
import io.recmerge.engine.FilterChain;
import io.recmerge.engine.FilterGraph;
import java.util.ArrayList;
import java.util.List;

/**
 * One ffmpeg run, one filter graph. Every piece is placed by its absolute session time, never by
 * a join's duration arithmetic (docs/ffmpeg.md, placing media in time): video layers are shifted with
 * {@code setpts} and laid over a black canvas that runs at the output frame rate (the one
 * re-grid); audio pieces are shifted with {@code adelay} by an exact sample count and summed.
 * Gaps stay black and silent, so both tracks span the whole output.
 */
final class FilterGraphPlanner {

    private FilterGraphPlanner() {
    }

    static RenderPlan.FilterRender plan(OutputDraft d) {
        FfmpegCommand.Builder cmd = FfmpegCommand.ffmpeg();
        List<FilterChain> chains = new ArrayList<>();
        for (MediaPiece a : d.audio()) {
            cmd.input(a.file(), a.inputOptions());
        }
        for (StretchInputs.Opening v : StretchInputs.of(d.video())) {
            cmd.input(v.file(), v.options());
        }
        List<String> maps = new ArrayList<>();
        if (!d.video().isEmpty()) {
            chains.addAll(VideoLayers.chains(d, d.audio().size())); // inputs: audio first, then video
            maps.addAll(List.of("-map", "[" + VideoLayers.OUT + "]"));
        }
        if (!d.audio().isEmpty()) {
            chains.addAll(AudioMix.chains(d, 0));
            maps.addAll(List.of("-map", "[" + AudioMix.OUT + "]"));
        }
        FilterGraph graph = new FilterGraph(chains);
        cmd.filterGraph(graph).args(maps);
        d.profile().video().filter(c -> !d.video().isEmpty()).ifPresent(c -> cmd
                .args("-c:v", c.encoder()).args(c.options()).args("-pix_fmt", c.pixelFormat()));
        d.profile().audio().filter(c -> !d.audio().isEmpty()).ifPresent(c -> cmd
                .args("-c:a", c.encoder(), "-ar", Integer.toString(c.sampleRate())).args(c.options()));
        cmd.args("-t", Seconds.of(d.window().duration())).args(d.profile().muxerOptions());
        cmd.args("-f", d.profile().container(), "-progress", "pipe:1").output(d.tempFile());
        return new RenderPlan.FilterRender(cmd.build(), graph);
    }
}
