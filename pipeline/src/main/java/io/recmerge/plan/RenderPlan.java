package io.recmerge.plan;

import io.recmerge.engine.FfmpegCommand;
import io.recmerge.engine.FilterGraph;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

/** How one output is made: the single ffmpeg run that writes it. */
public sealed interface RenderPlan {

    FfmpegCommand command();

    /** The manifest's {@code strategy}. */
    String strategy();

    /** The manifest's {@code reencoded}: the tracks of a {@code kind} output encoded anew ("video", "audio"). */
    List<String> reencoded(OutputKind kind);

    /** Some packets come from a source as they are, so a damaged source can break the output (see CopyFallback). */
    boolean copiesPackets();

    /**
     * The inputs already fit the profile: packets are copied, placed by timestamp offsets.
     *
     * @param displayRotation clockwise degrees written as display-matrix metadata, when one
     *                        rotation holds for the whole output
     * @param audioReencoded the video is copied but the audio had to be cut, padded or mixed
     * @param preparations runs before {@code command} whose outputs it reads (an Annex B video
     *                     rewrapped into MPEG-TS first); their files are removed after the output
     * @param videoPartlyReencoded smart rendering (SmartRenderPlanner): the stretches that fit are
     *                     copied, the turned ones re-encoded in preparations, all joined by packets
     */
    record StreamCopy(FfmpegCommand command, OptionalInt displayRotation, boolean audioReencoded,
                      List<Preparation> preparations, boolean videoPartlyReencoded) implements RenderPlan {
        public StreamCopy {
            Objects.requireNonNull(command, "command");
            Objects.requireNonNull(displayRotation, "displayRotation");
            preparations = List.copyOf(preparations);
        }

        public StreamCopy(FfmpegCommand command, OptionalInt displayRotation, boolean audioReencoded,
                          List<Preparation> preparations) {
            this(command, displayRotation, audioReencoded, preparations, false);
        }

        public StreamCopy(FfmpegCommand command, OptionalInt displayRotation, boolean audioReencoded) {
            this(command, displayRotation, audioReencoded, List.of());
        }

        @Override
        public String strategy() {
            return videoPartlyReencoded ? "partial-reencode" : "copy";
        }

        @Override
        public List<String> reencoded(OutputKind kind) {
            List<String> tracks = new ArrayList<>();
            if (videoPartlyReencoded && kind.hasVideo()) {
                tracks.add("video");
            }
            if (audioReencoded && kind.hasAudio()) {
                tracks.add("audio");
            }
            return List.copyOf(tracks);
        }

        @Override
        public boolean copiesPackets() {
            return true;
        }
    }

    /** An ffmpeg run that writes an intermediate file (in the output folder) the main run reads. */
    record Preparation(FfmpegCommand command, Path output) {
        public Preparation {
            Objects.requireNonNull(command, "command");
            Objects.requireNonNull(output, "output");
        }
    }

    /**
     * One ffmpeg run with one filter graph that places every piece by absolute time.
     *
     * @param audioCopied the audio's packets are copied beside the graph (AudioCopy), only the
     *                    video is encoded
     */
    record FilterRender(FfmpegCommand command, FilterGraph graph, boolean audioCopied) implements RenderPlan {
        public FilterRender {
            Objects.requireNonNull(command, "command");
            Objects.requireNonNull(graph, "graph");
        }

        @Override
        public String strategy() {
            return "transcode";
        }

        @Override
        public List<String> reencoded(OutputKind kind) {
            List<String> tracks = new ArrayList<>();
            if (kind.hasVideo()) {
                tracks.add("video");
            }
            if (kind.hasAudio() && !audioCopied) {
                tracks.add("audio");
            }
            return List.copyOf(tracks);
        }

        @Override
        public boolean copiesPackets() {
            return audioCopied;
        }
    }
}
