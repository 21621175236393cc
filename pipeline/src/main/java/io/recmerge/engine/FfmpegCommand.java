package io.recmerge.engine;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * One immutable ffmpeg or ffprobe invocation: the tool and its argument list (never a shell line).
 * The builder adds the safety options every run needs, so no call site can forget them.
 */
public record FfmpegCommand(Tool tool, List<String> args) {

    public enum Tool { FFMPEG, FFPROBE }

    /** The only demuxers recmerge needs: MP4/M4A, WebM, MPEG-TS (a crashed recorder's), ADTS AAC. */
    public static final String INPUT_FORMATS = "mov,matroska,mpegts,aac";

    public FfmpegCommand {
        Objects.requireNonNull(tool, "tool");
        args = List.copyOf(args);
    }

    public static Builder ffmpeg() {
        return ffmpeg("level+warning");
    }

    /** @param logLevel ffmpeg's {@code -loglevel}; "level+" tags each stderr line with its level */
    public static Builder ffmpeg(String logLevel) {
        // -nostdin is not used: a graceful stop writes "q" to ffmpeg's stdin (ProcessRunner).
        return new Builder(Tool.FFMPEG).args("-hide_banner", "-loglevel", logLevel, "-nostats");
    }

    public static Builder ffprobe() {
        return new Builder(Tool.FFPROBE).args("-hide_banner", "-v", "error");
    }

    /** For logs and failure messages: each argument shell-quoted when it needs it. */
    public String display() {
        String name = tool == Tool.FFMPEG ? "ffmpeg" : "ffprobe";
        return name + " " + args.stream().map(FfmpegCommand::quote).collect(Collectors.joining(" "));
    }

    private static String quote(String arg) {
        return arg.matches("[A-Za-z0-9_@%+=:,./-]+") ? arg : "'" + arg.replace("'", "'\\''") + "'";
    }

    public static final class Builder {
        private final Tool tool;
        private final List<String> args = new ArrayList<>();

        private Builder(Tool tool) {
            this.tool = tool;
        }

        public Builder args(String... values) {
            args.addAll(List.of(values));
            return this;
        }

        public Builder args(List<String> values) {
            args.addAll(values);
            return this;
        }

        /**
         * A media file input. The file-only protocol whitelist keeps a crafted file from making
         * ffmpeg open URLs; the demuxer whitelist keeps it from being read as a playlist or concat
         * list at all (an ffconcat text saved as .mp4 would otherwise open any file a relative
         * path or symlink reaches, through the allowed file protocol).
         */
        public Builder input(Path file, List<String> inputOptions) {
            args.addAll(inputOptions);
            return args("-protocol_whitelist", "file", "-format_whitelist", INPUT_FORMATS, "-i",
                    file.toAbsolutePath().toString());
        }

        public Builder input(Path file) {
            return input(file, List.of());
        }

        /** A generated source ({@code color}, {@code anullsrc}); no file or protocol is opened. */
        public Builder lavfi(String graph) {
            return args("-f", "lavfi", "-i", graph);
        }

        public Builder filterGraph(FilterGraph graph) {
            return args("-filter_complex", graph.render());
        }

        public Builder output(Path file) {
            // -n: never overwrite; outputs go to fresh temp names and are renamed after verification.
            return args("-n", file.toAbsolutePath().toString());
        }

        public FfmpegCommand build() {
            return new FfmpegCommand(tool, args);
        }
    }
}
