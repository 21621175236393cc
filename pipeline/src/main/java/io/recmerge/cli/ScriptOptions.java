package io.recmerge.cli;

import io.recmerge.convert.ConvertSettings;
import io.recmerge.plan.Canvas;
import io.recmerge.plan.Gaps;
import io.recmerge.plan.Interval;
import io.recmerge.plan.LeadingBlank;
import io.recmerge.plan.Mode;
import io.recmerge.plan.PlanRequest;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import picocli.CommandLine.Option;

/**
 * video_convert.py's options and what they mean in recmerge's terms. The script's behaviours kept:
 * {@code -p} is clamped to 5..120, {@code -b}/{@code -t} switch session mode to uid mode, the
 * picture stays frozen while a user is away (its overlay repeats the last frame) unless {@code -s}
 * drops that time, and a late video shows black before its first frame.
 */
final class ScriptOptions {

    @Option(names = "-f", paramLabel = "DIR", required = true, description = "The recording folder.")
    Path folder;

    @Option(names = "-m", paramLabel = "N", defaultValue = "0", converter = Choices.ModeChoice.class,
            description = "0 session A/V (default), 1 uid A/V, 2 uid audio, 3 uid video.")
    Mode mode;

    @Option(names = "-p", paramLabel = "FPS", description = "Frame rate (clamped to 5..120; default 15).")
    Integer fps;

    @Option(names = "-s", description = "\"Saving\": drop the time a user was absent.")
    boolean saving;

    @Option(names = "-r", arity = "2", paramLabel = "W H", description = "Output resolution: -r 640 360.")
    List<Integer> resolution;

    @Option(names = "-a", description = "Keep the audio file (.m4a) beside each video output.")
    boolean keepAudio;

    @Option(names = "-c", paramLabel = "MS", description = "A JPEG snapshot every MS milliseconds (at least 100).")
    Integer snapshotMillis;

    @Option(names = "-o", paramLabel = "NAME", description = "Output file name; with several outputs NAME_<i>.")
    String name;

    @Option(names = "-u", paramLabel = "UID", description = "Convert only this uid.")
    String uid;

    @Option(names = "-b", paramLabel = "S", description = "Start at S seconds (switches to uid mode).")
    Double begin;

    @Option(names = "-t", paramLabel = "S", description = "Convert S seconds (switches to uid mode).")
    Double time;

    @Option(names = "-e", description = "Write standard MPEG-TS (.ts) instead of MP4.")
    boolean mpegTs;

    static final String TS_PROFILE = "ts-h264-aac";

    Optional<String> problem() {
        if (snapshotMillis != null && snapshotMillis < 100) {
            return Optional.of("-c " + snapshotMillis + " is below the minimum of 100 ms");
        }
        if (resolution != null && (resolution.get(0) < 2 || resolution.get(1) < 2 || resolution.get(0) % 2 != 0
                || resolution.get(1) % 2 != 0 || resolution.get(0) > 7680 || resolution.get(1) > 7680)) {
            return Optional.of("-r " + resolution.get(0) + " " + resolution.get(1)
                    + " must be two even sizes from 2 to 7680 pixels");
        }
        if ((begin != null && (begin < 0 || begin.isNaN())) || (time != null && !(time > 0))) {
            return Optional.of("-b must be >= 0 and -t > 0 seconds");
        }
        if (name != null && !name.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,200}")) {
            return Optional.of("-o '" + name + "' must be a plain file name (letters, digits, . _ -), not a path");
        }
        return Optional.empty();
    }

    /** The script's {@code -p} clamp: below 5 is 5, above 120 is 120. */
    static int clampFps(int fps) {
        return Math.max(5, Math.min(120, fps));
    }

    ConvertSettings.Builder settings() {
        boolean window = begin != null || time != null;
        ConvertSettings.Builder b = ConvertSettings.defaults().toBuilder()
                .mode(window && mode == Mode.SESSION ? Mode.UID : mode)
                .gaps(saving ? Gaps.DROP : Gaps.FREEZE).leadingBlank(LeadingBlank.KEEP)
                .fps(clampFps(fps == null ? 15 : fps))
                .select(new PlanRequest.Selection(uid == null ? Set.of() : new HashSet<>(Set.of(uid)), interval()))
                .extras(new PlanRequest.Extras(Optional.ofNullable(snapshotMillis).map(ms -> ms / 1000.0), keepAudio,
                        Optional.ofNullable(name).map(ScriptOptions::withoutExtension)));
        if (resolution != null) {
            b.size(new Canvas(resolution.get(0), resolution.get(1)));
        }
        if (mpegTs) {
            b.profile(TS_PROFILE);
        }
        return b;
    }

    private Optional<Interval> interval() {
        if (begin == null && time == null) {
            return Optional.empty();
        }
        double start = begin == null ? 0 : begin;
        return Optional.of(new Interval(start, time == null ? Double.MAX_VALUE : start + time));
    }

    /** {@code -o out.mp4} and {@code -o out} name the same output; the extension comes from the profile. */
    static String withoutExtension(String name) {
        return name.replaceFirst("\\.(mp4|m4a|ts|webm|mkv)$", "");
    }
}
