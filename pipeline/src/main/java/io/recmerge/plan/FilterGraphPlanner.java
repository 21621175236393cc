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
 * Gaps stay black and silent, so both tracks span the whole output. When the one AAC piece needs
 * nothing but an offset or a cut at a frame boundary (AudioCopy), its packets are copied beside
 * the graph instead: only the picture is encoded.
 */
final class FilterGraphPlanner {

    private FilterGraphPlanner() {
    }

    static RenderPlan.FilterRender plan(OutputDraft d) {
        FfmpegCommand.Builder cmd = FfmpegCommand.ffmpeg();
        List<FilterChain> chains = new ArrayList<>();
        // Without video the stream copy planner has already copied audio that fits.
        boolean audioCopied = !d.video().isEmpty() && AudioCopy.fits(d);
        for (MediaPiece a : d.audio()) {
            cmd.input(a.file(), audioCopied ? AudioCopy.inputOptions(a, d.window()) : a.inputOptions());
        }
        for (StretchInputs.Opening v : StretchInputs.of(d.video())) {
            cmd.input(v.file(), v.options());
        }
        List<String> maps = new ArrayList<>();
        if (!d.video().isEmpty()) {
            chains.addAll(VideoLayers.chains(d, d.audio().size())); // inputs: audio first, then video
            maps.addAll(List.of("-map", "[" + VideoLayers.OUT + "]"));
        }
        if (!audioCopied && !d.audio().isEmpty()) {
            chains.addAll(AudioMix.chains(d, 0));
        }
        if (!d.audio().isEmpty()) {
            maps.addAll(List.of("-map", audioCopied ? "0:a:0" : "[" + AudioMix.OUT + "]"));
        }
        FilterGraph graph = new FilterGraph(chains);
        cmd.filterGraph(graph).args(maps).args(codecs(d, audioCopied));
        cmd.args("-t", Seconds.of(d.window().duration())).args(d.profile().muxerOptions())
                .args(AudioCopy.movieTimescale(d, audioCopied && AudioCopy.startsLate(d.audio().get(0), d.window())));
        cmd.args("-f", d.profile().container(), "-progress", "pipe:1").output(d.tempFile());
        return new RenderPlan.FilterRender(cmd.build(), graph, audioCopied);
    }

    private static List<String> codecs(OutputDraft d, boolean audioCopied) {
        List<String> args = new ArrayList<>();
        d.profile().video().filter(c -> !d.video().isEmpty()).ifPresent(c -> {
            args.addAll(List.of("-c:v", c.encoder()));
            args.addAll(c.options());
            args.addAll(List.of("-pix_fmt", c.pixelFormat()));
        });
        if (audioCopied) {
            args.addAll(List.of("-c:a", "copy"));
        } else {
            d.profile().audio().filter(c -> !d.audio().isEmpty()).ifPresent(c -> {
                args.addAll(List.of("-c:a", c.encoder(), "-ar", Integer.toString(c.sampleRate())));
                args.addAll(c.options());
            });
        }
        return args;
    }
}
