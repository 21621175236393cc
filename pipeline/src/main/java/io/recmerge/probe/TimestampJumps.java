package io.recmerge.probe;

import io.recmerge.diag.Code;
import io.recmerge.diag.Diagnostic;
import io.recmerge.engine.FfmpegCommand;
import io.recmerge.engine.ProcessFailedException;
import io.recmerge.engine.ProcessRunner;
import io.recmerge.engine.RunOptions;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Jumps in a video file's packet timestamps: stretches without frames (lost by the recorder or
 * the network). Nothing needs mending: a copy keeps every frame at its own time and a transcode
 * places frames by their timestamps (the last frame stays on screen across the jump), so audio
 * and video stay in sync; the user is told where frames are missing. One ffprobe run reads the
 * packet timestamps without decoding.
 */
final class TimestampJumps {

    /** A jump is a step longer than this and than {@link #STEPS_PER_JUMP} typical frame steps. */
    static final double MIN_JUMP_SECONDS = 1.0;
    static final int STEPS_PER_JUMP = 10;
    static final int JUMPS_SHOWN = 3;
    static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final ProcessRunner runner;

    TimestampJumps(ProcessRunner runner) {
        this.runner = runner;
    }

    record Jump(double from, double to) { }

    Optional<Diagnostic> check(Path file, String name, String uid) {
        FfmpegCommand command = FfmpegCommand.ffprobe().args("-select_streams", "v:0", "-show_entries",
                "packet=pts_time", "-of", "csv=p=0").input(file).build();
        try {
            List<Jump> jumps = jumps(times(runner.run(command, RunOptions.withTimeout(TIMEOUT)).stdout()));
            return jumps.isEmpty() ? Optional.empty() : Optional.of(Diagnostic.of(Code.VIDEO_TIMESTAMPS_JUMP,
                    describe(name, jumps)).uid(uid).file(name).build());
        } catch (ProcessFailedException e) {
            return Optional.empty(); // the decode check already judged the file; this is only a note
        }
    }

    static List<Double> times(String csv) {
        List<Double> out = new ArrayList<>();
        for (String line : csv.split("\n")) {
            try {
                out.add(Double.parseDouble(line.strip().split(",")[0]));
            } catch (NumberFormatException e) {
                // "N/A" or an empty line: a packet without a timestamp says nothing about jumps
            }
        }
        return out;
    }

    /** Steps between consecutive presentation times (sorted: B-frames come out of order). */
    static List<Jump> jumps(List<Double> times) {
        List<Double> sorted = times.stream().sorted().toList();
        if (sorted.size() < 3) {
            return List.of();
        }
        List<Double> steps = new ArrayList<>();
        for (int i = 1; i < sorted.size(); i++) {
            steps.add(sorted.get(i) - sorted.get(i - 1));
        }
        double typical = steps.stream().sorted().toList().get(steps.size() / 2);
        double limit = Math.max(MIN_JUMP_SECONDS, STEPS_PER_JUMP * typical);
        List<Jump> jumps = new ArrayList<>();
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i) - sorted.get(i - 1) > limit) {
                jumps.add(new Jump(sorted.get(i - 1), sorted.get(i)));
            }
        }
        return jumps;
    }

    private static String describe(String name, List<Jump> jumps) {
        List<String> shown = jumps.stream().limit(JUMPS_SHOWN).map(j -> String.format(Locale.ROOT,
                "from %.3f s to %.3f s", j.from(), j.to())).toList();
        double missing = jumps.stream().mapToDouble(j -> j.to() - j.from()).sum();
        return String.format(Locale.ROOT, "%s: the video timestamps jump %s%s (%.3f s without frames in all); "
                        + "the frames were kept at their own times", name, String.join(", ", shown),
                jumps.size() > JUMPS_SHOWN ? " and " + (jumps.size() - JUMPS_SHOWN) + " more times" : "", missing);
    }
}
