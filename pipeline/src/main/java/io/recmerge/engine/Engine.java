package io.recmerge.engine;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * The ffmpeg build recmerge runs: the two executables and the environment they need.
 *
 * @param origin "bundled" for the Maven-resolved build, else where the override came from
 */
public record Engine(Path ffmpeg, Path ffprobe, Map<String, String> environment, String origin) {

    public Engine {
        Objects.requireNonNull(ffmpeg, "ffmpeg");
        Objects.requireNonNull(ffprobe, "ffprobe");
        environment = Map.copyOf(environment);
        Objects.requireNonNull(origin, "origin");
    }

    public Path executable(FfmpegCommand.Tool tool) {
        return tool == FfmpegCommand.Tool.FFMPEG ? ffmpeg : ffprobe;
    }
}
