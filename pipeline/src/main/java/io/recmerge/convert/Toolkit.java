package io.recmerge.convert;

import io.recmerge.engine.Engine;
import io.recmerge.engine.ExecProcessRunner;
import io.recmerge.engine.FfmpegCommand;
import io.recmerge.engine.ProcessFailedException;
import io.recmerge.engine.ProcessRunner;
import io.recmerge.engine.RunOptions;
import io.recmerge.probe.MediaInventory;
import io.recmerge.probe.Prober;
import io.recmerge.probe.SilenceProbe;
import io.recmerge.profile.ProfileCatalog;
import io.recmerge.render.PartialFiles;
import io.recmerge.render.Renderer;
import io.recmerge.verify.Verifier;
import java.time.Duration;

/** The stage workers of one run, wired to one ffmpeg and one process runner. */
public record Toolkit(Engine engine, ProcessRunner runner, MediaInventory inventory, SilenceProbe silence,
                      Renderer renderer, Verifier verifier, PartialFiles partials, ProfileCatalog profiles) {

    public static Toolkit create(Engine engine, ProfileCatalog profiles) {
        ProcessRunner runner = new ExecProcessRunner(engine);
        Prober prober = new Prober(runner);
        PartialFiles partials = new PartialFiles();
        return new Toolkit(engine, runner, new MediaInventory(prober), new SilenceProbe(runner),
                new Renderer(runner, partials), new Verifier(prober, runner), partials, profiles);
    }

    /** The discover-to-plan half of the pipeline, shared by convert and inspect. */
    public SessionPlanner planner() {
        return new SessionPlanner(inventory, silence);
    }

    /** "8.1.2" from "ffmpeg version 8.1.2 Copyright ..."; "unknown" when ffmpeg will not say. */
    public String ffmpegVersion() {
        try {
            String out = runner.run(FfmpegCommand.ffmpeg().args("-version").build(),
                    RunOptions.withTimeout(Duration.ofSeconds(30))).stdout();
            String[] words = out.lines().findFirst().orElse("").split(" ");
            return words.length >= 3 && words[1].equals("version") ? words[2] : "unknown";
        } catch (ProcessFailedException e) {
            return "unknown";
        }
    }
}
