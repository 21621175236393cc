package io.recmerge.render;

import io.recmerge.engine.ProcessFailedException;
import io.recmerge.engine.ProcessRunner;
import io.recmerge.engine.ProgressListener;
import io.recmerge.engine.RunOptions;
import io.recmerge.engine.Timeouts;
import io.recmerge.plan.PlannedOutput;
import io.recmerge.plan.RenderPlan;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Runs a plan's ffmpeg command into the output's temp file, with its own log and time limit. */
public final class Renderer {

    private final ProcessRunner runner;
    private final PartialFiles partials;

    public Renderer(ProcessRunner runner, PartialFiles partials) {
        this.runner = runner;
        this.partials = partials;
    }

    /**
     * Writes {@code output.tempFile()}; on any failure the temp file is gone when this returns.
     *
     * @param log where ffmpeg's stderr goes (replaced, so a rerun does not mix two runs)
     */
    public Duration render(PlannedOutput output, Path log, ProgressListener progress)
            throws ProcessFailedException, IOException {
        Files.deleteIfExists(output.tempFile()); // left by a killed earlier run; -n would refuse it
        Files.deleteIfExists(log);
        Duration limit = output.plan() instanceof RenderPlan.StreamCopy
                ? Timeouts.copy(output.duration()) : Timeouts.transcode(output.duration());
        partials.add(output.tempFile());
        List<RenderPlan.Preparation> preparations = output.plan() instanceof RenderPlan.StreamCopy copy
                ? copy.preparations() : List.of();
        try {
            Duration prepared = prepare(preparations, limit, log);
            return prepared.plus(runner.run(output.plan().command(), new RunOptions(limit, Optional.of(log), progress))
                    .elapsed());
        } catch (ProcessFailedException e) {
            partials.delete(output.tempFile());
            throw e;
        } finally {
            preparations.forEach(step -> partials.delete(step.output()));
        }
    }

    /** Same time limit and log as the output: a preparation copies one input, no bigger than the output. */
    private Duration prepare(List<RenderPlan.Preparation> steps, Duration limit, Path log)
            throws ProcessFailedException, IOException {
        Duration elapsed = Duration.ZERO;
        for (RenderPlan.Preparation step : steps) {
            Files.deleteIfExists(step.output());
            partials.add(step.output());
            elapsed = elapsed.plus(runner.run(step.command(), new RunOptions(limit, Optional.of(log),
                    ProgressListener.NONE)).elapsed());
        }
        return elapsed;
    }
}
