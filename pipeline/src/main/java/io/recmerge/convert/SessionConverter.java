package io.recmerge.convert;

import io.recmerge.diag.Code;
import io.recmerge.diag.Diagnostic;
import io.recmerge.discover.SessionFolder;
import io.recmerge.discover.SessionScanner;
import io.recmerge.plan.PlanRequest;
import io.recmerge.plan.PlannedOutput;
import io.recmerge.profile.Profile;
import io.recmerge.profile.ProfileException;
import io.recmerge.report.ExitCode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

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
                settings.outputDirFor(sessionDir).toAbsolutePath(), settings.fps(), settings.size());
        SessionFolder folder = awaitDone(SessionScanner.scan(sessionDir), settings);
        List<Diagnostic> diagnostics = new ArrayList<>();
        if (!folder.recordingDone()) {
            diagnostics.add(Diagnostic.of(Code.RECORDING_NOT_DONE, "no " + SessionFolder.DONE_MARKER + " in "
                    + folder.dir()).build());
            if (!settings.force()) {
                return new ConvertReport(folder, request.outputDir(), List.of(), diagnostics, ExitCode.NOT_FINISHED);
            }
        }
        SessionPlanner.SessionPlan plan = new SessionPlanner(tools.inventory()).plan(folder, request);
        diagnostics.addAll(plan.diagnostics());
        List<PlannedOutput> planned = plan.outputs();
        Files.createDirectories(request.outputDir());
        List<WrittenOutput> written = new ArrayList<>();
        OutputProducer producer = new OutputProducer(tools, listener);
        for (int i = 0; i < planned.size(); i++) {
            listener.started(planned.get(i), i + 1, planned.size());
            producer.produce(planned.get(i), request.outputDir()).ifPresent(written::add);
        }
        diagnostics.addAll(producer.failures());
        return new ConvertReport(folder, request.outputDir(), written, diagnostics,
                planned.isEmpty() ? ExitCode.NOTHING : ExitCode.forOutcome(written.size(), planned.size() - written.size()));
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
