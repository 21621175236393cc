package io.recmerge.verify;

import io.recmerge.engine.FfmpegCommand;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The default verify decode, in one ffmpeg run: every packet read through the demuxer and copied
 * to a null muxer (a broken index, a truncated or misordered packet is reported), plus a real
 * decode of the first and the last {@link #EDGE_SECONDS} seconds, where the offsets and the cut
 * lead-in change what the sources had. The packets in between are a copy's source packets or the
 * encoder's own; decoding them again costs about 25 times a remux on a 10-minute copy (measured),
 * and {@code --verify full} still does it.
 */
final class SampledDecode {

    static final double EDGE_SECONDS = 2;

    private SampledDecode() {
    }

    static FfmpegCommand command(Path file, double duration) {
        FfmpegCommand.Builder cmd = FfmpegCommand.ffmpeg("error")
                .input(file)
                .input(file, List.of("-t", seconds(EDGE_SECONDS)));
        boolean tail = duration > 2 * EDGE_SECONDS;
        if (tail) {
            cmd.input(file, List.of("-ss", seconds(duration - EDGE_SECONDS)));
        }
        cmd.args("-map", "0", "-c", "copy", "-f", "null", "-", "-map", "1", "-f", "null", "-");
        if (tail) {
            cmd.args("-map", "2", "-f", "null", "-");
        }
        return cmd.build();
    }

    private static String seconds(double value) {
        return String.format(Locale.ROOT, "%.3f", value);
    }
}
