package io.recmerge.verify;

import io.recmerge.engine.FfmpegCommand;
import io.recmerge.engine.ProcessFailedException;
import io.recmerge.engine.ProcessRunner;
import io.recmerge.engine.RunOptions;
import io.recmerge.engine.Timeouts;
import io.recmerge.probe.MediaFacts;
import io.recmerge.probe.StreamFacts;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * MPEG-TS has no index: ffprobe's stream durations there are estimates (measured on ffmpeg 8.1:
 * a 10.03 s AAC track of a written TS reported as 9.81 s). Each stream's start and end are taken
 * from its packets instead (pts + duration of the last one), which is what a player shows.
 */
final class TsTimeline {

    /**
     * TS carries no edit list: the AAC encoder's priming frame (1024 samples) stays in the audio,
     * and the video's first picture is as late as its B-frame delay, so start and end on a TS
     * timeline may each be off by one AAC frame more than in MP4.
     */
    static final double AAC_FRAME = 1024.0 / 48000;

    private TsTimeline() {
    }

    static MediaFacts measured(MediaFacts facts, ProcessRunner runner, double seconds) throws ProcessFailedException {
        FfmpegCommand cmd = FfmpegCommand.ffprobe().args("-v", "error", "-show_entries",
                "packet=stream_index,pts_time,duration_time", "-of", "csv=p=0").input(facts.file()).build();
        String csv = runner.run(cmd, RunOptions.withTimeout(Timeouts.decode(seconds))).stdout();
        Map<Integer, double[]> span = new HashMap<>(); // index -> {first pts, last end}
        for (String line : csv.split("\n")) {
            String[] f = line.strip().split(",");
            if (f.length < 3 || f[1].equals("N/A")) {
                continue;
            }
            double pts = Double.parseDouble(f[1]);
            double end = pts + (f[2].equals("N/A") ? 0 : Double.parseDouble(f[2]));
            span.merge(Integer.parseInt(f[0]), new double[] {pts, end},
                    (a, b) -> new double[] {Math.min(a[0], b[0]), Math.max(a[1], b[1])});
        }
        List<StreamFacts> streams = new ArrayList<>();
        for (StreamFacts s : facts.streams()) {
            double[] sp = span.get(s.index());
            streams.add(sp == null ? s : new StreamFacts(s.index(), s.type(), s.codec(), s.profile(), s.pixelFormat(),
                    s.width(), s.height(), s.frameRate(), s.sampleRate(), s.channels(), OptionalDouble.of(sp[0]),
                    OptionalDouble.of(sp[1] - sp[0]), s.displayRotation(), s.packets()));
        }
        double first = span.values().stream().mapToDouble(v -> v[0]).min().orElse(0);
        double last = span.values().stream().mapToDouble(v -> v[1]).max().orElse(0);
        return new MediaFacts(facts.file(), facts.formatName(), span.isEmpty() ? facts.duration()
                : OptionalDouble.of(last - first), span.isEmpty() ? facts.startTime() : OptionalDouble.of(first), streams);
    }
}
