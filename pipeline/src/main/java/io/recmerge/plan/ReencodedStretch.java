package io.recmerge.plan;

import io.recmerge.engine.FfmpegCommand;
import io.recmerge.engine.Filter;
import io.recmerge.engine.FilterChain;
import io.recmerge.engine.FilterGraph;
import io.recmerge.profile.Profile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One stretch of a smart render that gets new pixels: each rotation span inside it from its own
 * seeked opening (as {@link StretchInputs} does, so nothing waits in a filter queue), trimmed,
 * turned and fitted as the filter-graph path does ({@link Turns}, {@link VideoLayers#fit}), the
 * spans joined in order with {@code concat}, encoded with the profile's encoder into an MP4 whose
 * frames start at 0. Where the stretch meets a copied one (a key frame) the trim edge sits half a
 * frame early, so the microsecond rounding of the option cannot drop or add the frame there.
 *
 * <p>Two encoder settings make the packets joinable with the copied ones: no B-frames (their
 * decode-time delay would put this piece's first DTS before the end of the copied stretch before
 * it), and parameter sets numbered 1 ({@code sps-id=1}): the copied source's SPS/PPS are number
 * 0, so the new ones, carried in-band before each IDR, never overwrite the ones a decoder holds
 * from the sample description for the copied frames.
 */
final class ReencodedStretch {

    static final List<String> JOINABLE = List.of("-bf", "0", "-x264-params", "sps-id=1");

    private ReencodedStretch() {
    }

    /** The intermediate beside the output's temp file, hidden and ".partial" (cleaned after a killed run). */
    static Path intermediate(Path tempFile, int index) {
        String name = tempFile.getFileName().toString().replaceFirst("\\.partial$", "");
        return tempFile.resolveSibling(name + ".part" + index + ".mp4.partial");
    }

    static RenderPlan.Preparation preparation(OutputDraft d, MediaPiece v, SmartSegments.Segment s, Path out) {
        FfmpegCommand.Builder cmd = FfmpegCommand.ffmpeg();
        List<FilterChain> chains = new ArrayList<>();
        List<String> parts = new ArrayList<>();
        double half = d.frameSeconds() / 2;
        for (RotationSpan span : spansIn(v, s)) {
            double from = Math.max(0, span.start() - StretchInputs.MARGIN);
            List<String> options = new ArrayList<>(List.of("-noautorotate"));
            if (from > 0) {
                options.addAll(List.of("-seek_timestamp", "1", "-ss", Seconds.of(v.sourceStartTime() + from)));
            }
            options.addAll(List.of("-t", Seconds.of(span.end() - from + StretchInputs.MARGIN)));
            cmd.input(v.file(), options);
            double start = (span.start() == s.start() ? span.start() - half : span.start()) - from;
            double end = (span.end() == s.end() ? span.end() - half : span.end()) - from;
            List<Filter> filters = new ArrayList<>(List.of(Filter.of("trim", "start", Seconds.of(Math.max(0, start)),
                    "end", Seconds.of(end)), Filter.of("setpts", "expr", "PTS-STARTPTS")));
            filters.addAll(Turns.filters(span.degrees()));
            filters.addAll(VideoLayers.fit(d.canvas().orElseThrow()));
            String label = "s" + parts.size();
            chains.add(FilterChain.of(List.of(parts.size() + ":v"), filters, label));
            parts.add(label);
        }
        chains.add(FilterChain.of(parts, List.of(Filter.of("concat", "n", parts.size(), "v", 1, "a", 0),
                Filter.of("format", "pix_fmts", "yuv420p")), "v"));
        Profile.VideoCodec c = d.profile().video().orElseThrow();
        cmd.filterGraph(new FilterGraph(chains)).args("-map", "[v]", "-an", "-c:v", c.encoder()).args(c.options())
                .args(JOINABLE).args("-pix_fmt", c.pixelFormat(), "-f", "mp4").output(out);
        return new RenderPlan.Preparation(cmd.build(), out);
    }

    /** The piece's rotation spans clipped to the segment, in seconds since the piece's first frame. */
    static List<RotationSpan> spansIn(MediaPiece v, SmartSegments.Segment s) {
        List<RotationSpan> inside = new ArrayList<>();
        List<RotationSpan> spans = v.rotations();
        for (int j = 0; j < spans.size(); j++) {
            double from = j == 0 ? 0 : spans.get(j).start() - v.start();
            double to = j == spans.size() - 1 ? Double.POSITIVE_INFINITY : spans.get(j).end() - v.start();
            double a = Math.max(from, s.start());
            double b = Math.min(to, s.end());
            if (b > a + 1e-6) {
                inside.add(new RotationSpan(a, b, spans.get(j).degrees()));
            }
        }
        return inside;
    }
}
