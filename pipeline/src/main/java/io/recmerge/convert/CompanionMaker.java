package io.recmerge.convert;

import io.recmerge.diag.Code;
import io.recmerge.diag.Diagnostic;
import io.recmerge.engine.FfmpegCommand;
import io.recmerge.engine.ProcessFailedException;
import io.recmerge.engine.RunOptions;
import io.recmerge.engine.Timeouts;
import io.recmerge.plan.Companions;
import io.recmerge.plan.OutputNames;
import io.recmerge.plan.PlannedOutput;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Makes the files beside a verified output ({@code --snapshots}, {@code --keep-audio}) from the
 * output itself, each under a hidden temp name renamed into place only when complete. A failure
 * here is a warning: the output itself is fine.
 */
final class CompanionMaker {

    private final Toolkit tools;

    CompanionMaker(Toolkit tools) {
        this.tools = tools;
    }

    /** The problems, empty when every companion is in place. */
    List<Diagnostic> make(PlannedOutput out, Path log) {
        Companions c = out.companions();
        List<Diagnostic> problems = new ArrayList<>();
        c.snapshotCommand(out.finalFile()).ifPresent(cmd -> snapshots(out, cmd, log).ifPresent(problems::add));
        c.audioCommand(out.finalFile()).ifPresent(cmd -> {
            Path temp = out.finalFile().resolveSibling(OutputNames.temporary(c.audio().orElseThrow()));
            run(out, cmd, log, List.of(temp)).or(() -> rename(out, temp, c.audio().orElseThrow()))
                    .ifPresent(problems::add);
        });
        return problems;
    }

    private Optional<Diagnostic> snapshots(PlannedOutput out, FfmpegCommand cmd, Path log) {
        Companions c = out.companions();
        List<Path> temps = new ArrayList<>();
        for (int i = 0; i < c.snapshots().size(); i++) {
            temps.add(c.snapshotTemp(out.finalFile(), i));
        }
        Optional<Diagnostic> failed = run(out, cmd, log, temps);
        if (failed.isPresent()) {
            return failed;
        }
        List<Path> missing = temps.stream().filter(t -> !Files.isRegularFile(t)).toList();
        if (!missing.isEmpty()) {
            temps.forEach(tools.partials()::delete);
            return Optional.of(problem(out, c.snapshots().size() + " snapshots were planned, "
                    + (temps.size() - missing.size()) + " written; none kept"));
        }
        for (int i = 0; i < temps.size(); i++) {
            Optional<Diagnostic> d = rename(out, temps.get(i), c.snapshots().get(i));
            if (d.isPresent()) {
                return d;
            }
        }
        return Optional.empty();
    }

    private Optional<Diagnostic> run(PlannedOutput out, FfmpegCommand cmd, Path log, List<Path> temps) {
        temps.forEach(tools.partials()::add);
        try {
            Duration limit = Timeouts.decode(out.duration());
            tools.runner().run(cmd, new RunOptions(limit, Optional.of(log), io.recmerge.engine.ProgressListener.NONE));
            return Optional.empty();
        } catch (ProcessFailedException e) {
            temps.forEach(tools.partials()::delete);
            return Optional.of(problem(out, e.getMessage()));
        }
    }

    private Optional<Diagnostic> rename(PlannedOutput out, Path temp, String name) {
        try {
            Files.move(temp, out.finalFile().resolveSibling(name), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
            tools.partials().release(temp);
            return Optional.empty();
        } catch (IOException e) {
            tools.partials().delete(temp);
            return Optional.of(problem(out, "cannot rename " + temp.getFileName() + " to " + name + ": " + e));
        }
    }

    private static Diagnostic problem(PlannedOutput out, String message) {
        return Diagnostic.of(Code.COMPANION_FAILED, out.fileName() + ": " + message).uid(out.uid())
                .file(out.fileName()).build();
    }
}
