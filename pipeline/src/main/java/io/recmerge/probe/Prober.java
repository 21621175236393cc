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
        // A bare ADTS .aac (and a crashed recorder's .ts) has no index: ffprobe estimates its
        // duration from the bit rate, which can be seconds off. Counting packets reads the file
        // once without decoding and gives the exact length. The name decides whether the first
        // run counts (so such files are probed once); a file whose name misleads is probed again.
        String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        boolean counted = name.endsWith(".aac") || name.endsWith(".ts");
        MediaFacts facts = run(file, counted);
        if (facts.formatIs("aac") || facts.formatIs("mpegts")) {
            return withCountedDurations(counted ? facts : run(file, true));
        }
        return facts;
    }

    private MediaFacts run(Path file, boolean countPackets) throws ProbeException {
        FfmpegCommand.Builder cmd = FfmpegCommand.ffprobe()
                .args("-print_format", "json", "-show_format", "-show_streams", "-show_error");
        if (countPackets) {
            cmd.args("-count_packets");
        }
        FfmpegCommand command = cmd.input(file).build(); // input() adds the protocol and demuxer whitelists
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

    private static MediaFacts withCountedDurations(MediaFacts facts) {
        List<StreamFacts> streams = new ArrayList<>();
        for (StreamFacts s : facts.streams()) {
            streams.add(counted(facts, s).map(seconds -> withDuration(s, seconds)).orElse(s));
        }
        OptionalDouble total = streams.stream().filter(s -> s.duration().isPresent())
                .mapToDouble(s -> s.duration().getAsDouble()).max();
        return new MediaFacts(facts.file(), facts.formatName(), total.isPresent() ? total : facts.duration(),
                facts.startTime(), streams);
    }

    /**
     * ADTS AAC: every packet is one AAC frame of 1024 samples. MPEG-TS video (the recorder writes
     * one frame per packet at a constant rate): packets over the frame rate. ffprobe's own figure
     * for a TS is an estimate from the bit rate, seconds off for a file cut short by a crash.
     */
    private static java.util.Optional<Double> counted(MediaFacts facts, StreamFacts s) {
        if (s.packets().isEmpty() || s.packets().getAsInt() == 0) {
            return java.util.Optional.empty();
        }
        int packets = s.packets().getAsInt();
        if (facts.formatIs("aac") && s.isAudio() && s.sampleRate() > 0) {
            return java.util.Optional.of(packets * 1024.0 / s.sampleRate());
        }
        if (facts.formatIs("mpegts") && s.isVideo() && s.frameRate().isPresent()) {
            return java.util.Optional.of(packets / s.frameRate().getAsDouble());
        }
        return java.util.Optional.empty();
    }

    private static StreamFacts withDuration(StreamFacts s, double seconds) {
        return new StreamFacts(s.index(), s.type(), s.codec(), s.profile(), s.pixelFormat(), s.width(),
                s.height(), s.frameRate(), s.sampleRate(), s.channels(), s.startTime(),
                OptionalDouble.of(seconds), s.displayRotation(), s.packets());
    }
}
