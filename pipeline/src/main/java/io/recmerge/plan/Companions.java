package io.recmerge.plan;

import io.recmerge.engine.FfmpegCommand;
import io.recmerge.engine.Filter;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Files made from an output once it is verified, beside it: JPEG snapshots of its (upright)
 * picture and a copy of its audio as .m4a (the SDK script's {@code -c} and {@code -a}).
 *
 * @param snapshotEvery seconds between snapshots, when asked for
 * @param snapshots their names, one per interval that starts inside the output
 * @param audio the .m4a name, when asked for and the output has audio and video
 */
public record Companions(Optional<Double> snapshotEvery, List<String> snapshots, Optional<String> audio) {

    public static final Companions NONE = new Companions(Optional.empty(), List.of(), Optional.empty());

    public Companions {
        Objects.requireNonNull(snapshotEvery, "snapshotEvery");
        snapshots = List.copyOf(snapshots);
        Objects.requireNonNull(audio, "audio");
    }

    /** @param lastFrame output time of the last video frame (the picture may end before the audio) */
    static Companions plan(PlanRequest.Extras extras, String fileName, OutputKind kind, double lastFrame) {
        List<String> shots = extras.snapshotEvery().filter(e -> kind.hasVideo())
                .map(every -> OutputNames.snapshots(fileName, count(lastFrame, every))).orElse(List.of());
        Optional<String> audio = extras.keepAudio() ? OutputNames.keptAudio(fileName, kind) : Optional.empty();
        return new Companions(shots.isEmpty() ? Optional.empty() : extras.snapshotEvery(), shots, audio);
    }

    /** One snapshot at 0, every, 2*every, ... up to the last frame's time (an interval starting later has no frame). */
    static int count(double lastFrame, double every) {
        return (int) Math.floor(Math.max(0, lastFrame + 1e-6) / every) + 1;
    }

    /**
     * One ffmpeg run for all snapshots of a written output: the first frame of each interval
     * {@code [k*every, (k+1)*every)} (frames are the output's, so already upright), as JPEGs under
     * hidden temp names ({@code .<name>_%03d.jpg.partial}) that are renamed once all exist.
     */
    public Optional<FfmpegCommand> snapshotCommand(Path output) {
        if (snapshots.isEmpty()) {
            return Optional.empty();
        }
        String every = Seconds.of(snapshotEvery.orElseThrow());
        String select = Filter.of("select", "expr", "isnan(prev_selected_t)+gte(floor(t/" + every
                + ")-floor(prev_selected_t/" + every + "),1)").render();
        return Optional.of(FfmpegCommand.ffmpeg().input(output).args("-map", "0:v:0", "-vf", select, "-fps_mode", "vfr",
                "-frames:v", Integer.toString(snapshots.size()), "-c:v", "mjpeg", "-q:v", "3", "-f", "image2")
                .output(output.resolveSibling(OutputNames.temporary(OutputNames.stem(output.getFileName().toString())
                        + "_%03d.jpg"))).build());
    }

    /** The temp name ffmpeg writes snapshot {@code i} (0-based) to. */
    public Path snapshotTemp(Path output, int i) {
        return output.resolveSibling(OutputNames.temporary(snapshots.get(i)));
    }

    /** The output's audio track, copied (no re-encode, so in sync by construction) into an .m4a. */
    public Optional<FfmpegCommand> audioCommand(Path output) {
        return audio.map(name -> FfmpegCommand.ffmpeg().input(output).args("-map", "0:a:0", "-c:a", "copy",
                "-movflags", "+faststart", "-f", "ipod").output(output.resolveSibling(OutputNames.temporary(name)))
                .build());
    }

    public boolean isEmpty() {
        return snapshots.isEmpty() && audio.isEmpty();
    }
}
