package io.recmerge.plan;

import io.recmerge.engine.FfmpegCommand;
import io.recmerge.engine.FilterGraph;
import java.util.Objects;
import java.util.OptionalInt;

/** How one output is made: the single ffmpeg run that writes it. */
public sealed interface RenderPlan {

    FfmpegCommand command();

    /** The manifest's {@code strategy}. */
    String strategy();

    /**
     * The inputs already fit the profile: packets are copied, placed by timestamp offsets.
     *
     * @param displayRotation clockwise degrees written as display-matrix metadata, when one
     *                        rotation holds for the whole output
     * @param audioReencoded the video is copied but the audio had to be cut, padded or mixed
     */
    record StreamCopy(FfmpegCommand command, OptionalInt displayRotation, boolean audioReencoded)
            implements RenderPlan {
        public StreamCopy {
            Objects.requireNonNull(command, "command");
            Objects.requireNonNull(displayRotation, "displayRotation");
        }

        @Override
        public String strategy() {
            return "copy";
        }
    }

    /** One ffmpeg run with one filter graph that places every piece by absolute time. */
    record FilterRender(FfmpegCommand command, FilterGraph graph) implements RenderPlan {
        public FilterRender {
            Objects.requireNonNull(command, "command");
            Objects.requireNonNull(graph, "graph");
        }

        @Override
        public String strategy() {
            return "transcode";
        }
    }
}
