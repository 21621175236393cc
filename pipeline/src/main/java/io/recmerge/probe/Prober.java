package io.recmerge.probe;

import io.recmerge.engine.FfmpegCommand;
import io.recmerge.engine.ProcessFailedException;
import io.recmerge.engine.ProcessRunner;
import io.recmerge.engine.RunOptions;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.stream.Collectors;

/** Asks ffprobe about files. */
public final class Prober {

    /**
     * The only demuxers recmerge lets ffmpeg pick: the recorder's containers (ADTS AAC, MP4/MOV,
     * MPEG-TS, WebM/Matroska). The file-only protocol whitelist alone does not stop a crafted file:
     * an ffconcat list saved as {@code .mp4} is still opened by the concat demuxer, which follows a
     * relative name, and a symlink behind it, to any file on the machine. Every input file is probed
     * with this list before anything else opens it, so such a file never reaches the renderer.
     */
    public static final List<String> FORMATS = List.of("-format_whitelist", "mov,matroska,mpegts,aac");
    /** Probing reads headers (and, for AAC/TS, every packet header once): long for a hung process only. */
    private static final Duration TIMEOUT = Duration.ofMinutes(5);
    private final ProcessRunner runner;

    public Prober(ProcessRunner runner) {
        this.runner = runner;
    }

    /** The runner this prober uses; the decode check shares it (one seam, one place to stop processes). */
    ProcessRunner runner() {
        return runner;
    }

    /** Thrown when ffprobe cannot read a file; the message carries ffprobe's own words. */
    public static final class ProbeException extends Exception {
        public ProbeException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    public MediaFacts probe(Path file) throws ProbeException {
        MediaFacts facts = run(file, false);
        // A bare ADTS .aac (and a crashed recorder's .ts) has no index: ffprobe estimates its
        // duration from the bit rate, which can be seconds off. Counting packets reads the file
        // once without decoding and gives the exact length.
        if (facts.formatIs("aac") || facts.formatIs("mpegts")) {
            return withCountedDurations(run(file, true));
        }
        return facts;
    }

    private MediaFacts run(Path file, boolean countPackets) throws ProbeException {
        FfmpegCommand.Builder cmd = FfmpegCommand.ffprobe()
                .args("-print_format", "json", "-show_format", "-show_streams", "-show_error");
        if (countPackets) {
            cmd.args("-count_packets");
        }
        FfmpegCommand command = cmd.input(file, FORMATS).build();
        try {
            return ProbeJson.parse(file, runner.run(command, RunOptions.withTimeout(TIMEOUT)).stdout());
        } catch (ProcessFailedException e) {
            // "[concat @ 0x55b8…] Format not on whitelist": the address means nothing to a user.
            String why = e.stderrTail().isEmpty() ? e.getMessage() : e.stderrTail().stream().map(String::strip)
                    .map(l -> l.replaceFirst("^(\\[[^\\]]*@ 0x[0-9a-f]+\\] )+", ""))
                    .collect(Collectors.joining("; "));
            throw new ProbeException(why, e);
        } catch (IOException e) {
            throw new ProbeException("ffprobe printed no readable JSON: " + e.getMessage(), e);
        }
    }

    /** ADTS AAC: every packet is one AAC frame of 1024 samples. */
    private static MediaFacts withCountedDurations(MediaFacts facts) {
        List<StreamFacts> streams = new ArrayList<>();
        for (StreamFacts s : facts.streams()) {
            boolean adts = facts.formatIs("aac") && s.isAudio() && s.packets().isPresent() && s.sampleRate() > 0;
            streams.add(adts ? withDuration(s, s.packets().getAsInt() * 1024.0 / s.sampleRate()) : s);
        }
        OptionalDouble total = streams.stream().filter(s -> s.duration().isPresent())
                .mapToDouble(s -> s.duration().getAsDouble()).max();
        return new MediaFacts(facts.file(), facts.formatName(), total.isPresent() ? total : facts.duration(),
                facts.startTime(), streams);
    }

    private static StreamFacts withDuration(StreamFacts s, double seconds) {
        return new StreamFacts(s.index(), s.type(), s.codec(), s.profile(), s.pixelFormat(), s.width(),
                s.height(), s.frameRate(), s.sampleRate(), s.channels(), s.startTime(),
                OptionalDouble.of(seconds), s.displayRotation(), s.packets());
    }
}
