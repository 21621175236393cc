package io.recmerge.verify;

import io.recmerge.container.Mp4Boxes;
import io.recmerge.engine.FfmpegCommand;
import io.recmerge.engine.ProcessFailedException;
import io.recmerge.engine.ProcessRunner;
import io.recmerge.engine.RunOptions;
import io.recmerge.engine.Timeouts;
import io.recmerge.plan.PlannedOutput;
import io.recmerge.plan.RenderPlan;
import io.recmerge.probe.MediaFacts;
import io.recmerge.probe.Prober;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Checks a written temp file before it may become an output: the streams and codecs the profile
 * promises, durations that agree, the index first (MP4), and a clean decode (whole, or sampled for a
 * stream copy: {@link VerifyDepth}).
 */
public final class Verifier {

    private final Prober prober;
    private final ProcessRunner runner;

    public Verifier(Prober prober, ProcessRunner runner) {
        this.prober = prober;
        this.runner = runner;
    }

    public OutputFacts verify(PlannedOutput out) throws VerificationException {
        return verify(out, VerifyDepth.AUTO);
    }

    public OutputFacts verify(PlannedOutput out, VerifyDepth depth) throws VerificationException {
        MediaFacts facts;
        try {
            facts = prober.probe(out.tempFile());
        } catch (Prober.ProbeException e) {
            throw new VerificationException("the written file cannot be probed: " + e.getMessage());
        }
        if (facts.formatIs("mpegts")) {
            try {
                facts = TsTimeline.measured(facts, runner, out.duration());
            } catch (ProcessFailedException e) {
                throw new VerificationException("the written MPEG-TS packets cannot be read: " + e.getMessage());
            }
        }
        List<String> failures = new ArrayList<>(StreamChecks.check(out, facts));
        faststart(out).ifPresent(failures::add);
        if (failures.isEmpty()) {
            decode(out, depth).ifPresent(failures::add);
        }
        if (!failures.isEmpty()) {
            throw new VerificationException(String.join("; ", failures));
        }
        return StreamChecks.facts(facts);
    }

    private static Optional<String> faststart(PlannedOutput out) {
        if (!out.profile().isMp4Family()) {
            return Optional.empty();
        }
        try {
            List<String> boxes = Mp4Boxes.topLevel(out.tempFile());
            return Mp4Boxes.isFaststart(out.tempFile()) ? Optional.empty()
                    : Optional.of("moov is not before mdat (top-level boxes " + boxes + ")");
        } catch (IOException e) {
            return Optional.of("cannot read the MP4 boxes: " + e.getMessage());
        }
    }

    /**
     * A decode with errors only: any line ffmpeg prints means a player may stumble too. Sampled
     * (SampledDecode) unless {@code --verify full}, except where a sample can mislead or miss:
     * MPEG-TS has no index, so a seek to the last seconds lands between key frames and the decoder
     * reports the missing references ("co located POCs unavailable") of a file that plays; and a
     * smart render's joins, where copied and re-encoded packets meet, are in the middle.
     */
    private Optional<String> decode(PlannedOutput out, VerifyDepth depth) {
        boolean joins = out.plan() instanceof RenderPlan.StreamCopy copy && copy.videoPartlyReencoded();
        boolean sampled = depth == VerifyDepth.AUTO && out.profile().isMp4Family() && !joins;
        FfmpegCommand cmd = sampled ? SampledDecode.command(out.tempFile(), out.duration())
                : FfmpegCommand.ffmpeg("error").input(out.tempFile()).args("-map", "0", "-f", "null", "-").build();
        try {
            List<String> errors = runner.run(cmd, RunOptions.withTimeout(Timeouts.decode(out.duration()))).stderrTail();
            return errors.isEmpty() ? Optional.empty()
                    : Optional.of("decoding the output reported " + errors.size() + "+ error(s): " + errors.get(0));
        } catch (ProcessFailedException e) {
            return Optional.of("decoding the output failed: " + e.getMessage());
        }
    }
}
