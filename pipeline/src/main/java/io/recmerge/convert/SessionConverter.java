package io.recmerge.convert;

import io.recmerge.diag.Diagnostic;
import io.recmerge.discover.SessionFolder;
import io.recmerge.discover.SessionScanner;
import io.recmerge.discover.SessionStatus;
import io.recmerge.plan.PlanRequest;
import io.recmerge.plan.PlannedOutput;
import io.recmerge.profile.Profile;
import io.recmerge.profile.ProfileException;
import io.recmerge.render.PartialFiles;
import io.recmerge.report.ExitCode;
import io.recmerge.report.Reports;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Converts one session folder, stage by stage: discover, metadata, probe, plan, then render and
 * verify each output. Problems with one user session become diagnostics; the others go on.
 */
public final class SessionConverter {

    private static final Duration WAIT_POLL = Duration.ofSeconds(2);

    private final Toolkit tools;
    private final ConvertListener listener;

    public SessionConverter(Toolkit tools, ConvertListener listener) {
        this.tools = tools;
        this.listener = listener;
    }

    /** @throws IOException the folder cannot be listed or the output folder cannot be made (set-up errors) */
    public ConvertReport convert(Path sessionDir, ConvertSettings settings)
            throws IOException, ProfileException, InterruptedException {
        Profile profile = tools.profiles().resolve(settings.profile());
        PlanRequest request = new PlanRequest(profile, tools.profiles().audioOnly(profile),
                settings.outputDirFor(sessionDir).toAbsolutePath(), settings.fps(), settings.size(), settings.mode(),
                settings.leadingBlank(), settings.gaps());
        SessionFolder folder = awaitDone(SessionScanner.scan(sessionDir), settings);
        // Not done, crash signs, leave code: said before anything else, and with exit 4 too.
        List<Diagnostic> diagnostics = new ArrayList<>(SessionStatus.of(folder).diagnostics());
        if (!folder.recordingDone() && !settings.force()) {
            return new ConvertReport(folder, request.outputDir(), List.of(), diagnostics, ExitCode.NOT_FINISHED);
        }
        SessionPlanner.SessionPlan plan = tools.planner().plan(folder, request);
        diagnostics.addAll(plan.diagnostics());
        List<PlannedOutput> planned = plan.outputs();
        Files.createDirectories(request.outputDir());
        diagnostics.addAll(PartialFiles.removeStale(request.outputDir(), folder.metadataFiles()));
        List<WrittenOutput> written = new ArrayList<>();
        OutputProducer producer = new OutputProducer(tools, listener);
        for (int i = 0; i < planned.size(); i++) {
            PlannedOutput out = planned.get(i);
            listener.started(out, i + 1, planned.size());
            producer.produce(out, request.outputDir(), () -> CopyFallback.transcoded(out, plan, request))
                    .ifPresent(written::add);
        }
        diagnostics.addAll(producer.failures());
        return new ConvertReport(folder, request.outputDir(), written, diagnostics, exitCode(plan, written, diagnostics));
    }

    /**
     * 3 when nothing was written; else 2 when an output failed, a written one is partial, or a user
     * session lost all its media (undecodable, truncated, missing); else 0.
     */
    private static ExitCode exitCode(SessionPlanner.SessionPlan plan, List<WrittenOutput> written,
                                     List<Diagnostic> diagnostics) {
        Set<String> partial = Reports.partialFiles(diagnostics);
        long partialWritten = written.stream().filter(w -> partial.contains(w.plan().fileName())).count();
        int failed = plan.outputs().size() - written.size() + SessionFindings.lostWithoutOutput(plan);
        return ExitCode.forOutcome(written.size(), failed + (int) partialWritten);
    }

    /** {@code --wait}: polls for recording2-done.txt until it appears or the wait is over. */
    private SessionFolder awaitDone(SessionFolder folder, ConvertSettings settings)
            throws IOException, InterruptedException {
        if (folder.recordingDone() || settings.waitForDone().isEmpty()) {
            return folder;
        }
        Instant deadline = Instant.now().plus(settings.waitForDone().get());
        SessionFolder current = folder;
        while (!current.recordingDone() && Instant.now().isBefore(deadline)) {
            listener.waiting(folder.dir(), Duration.between(Instant.now(), deadline));
            Thread.sleep(WAIT_POLL.toMillis());
            current = SessionScanner.scan(folder.dir());
        }
        return current;
    }
}
