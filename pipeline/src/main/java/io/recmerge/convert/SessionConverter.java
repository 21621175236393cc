package io.recmerge.convert;

import io.recmerge.cloud.CloudScanner;
import io.recmerge.cloud.CloudWork;
import io.recmerge.diag.Diagnostic;
import io.recmerge.discover.SessionFinder;
import io.recmerge.discover.SessionFolder;
import io.recmerge.discover.SessionScanner;
import io.recmerge.discover.SessionStatus;
import io.recmerge.plan.PlanRequest;
import io.recmerge.plan.PlannedOutput;
import io.recmerge.profile.Profile;
import io.recmerge.profile.ProfileException;
import io.recmerge.render.PartialFiles;
import io.recmerge.report.Manifest;
import io.recmerge.report.OutputOutcome;
import io.recmerge.report.PreviousRun;
import io.recmerge.report.SessionReports;
import io.recmerge.report.SessionResult;
import io.recmerge.report.ToolVersion;
import io.recmerge.verify.VerifyDepth;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Converts one session folder, stage by stage: discover, metadata, probe, plan, then render and
 * verify each output, then manifest.json and convert-done.txt from the outcome. Problems with one
 * user session become diagnostics; the others go on. Library callers, {@code convert},
 * {@code batch} and {@code watch} all come through {@link #run}, so they get the same outcome.
 */
public final class SessionConverter {

    private static final Duration WAIT_POLL = Duration.ofSeconds(2);

    private final Toolkit tools;
    private final ConvertListener listener;
    private final java.util.concurrent.atomic.AtomicReference<Manifest.Tool> tool;

    public SessionConverter(Toolkit tools, ConvertListener listener) {
        this(tools, listener, new java.util.concurrent.atomic.AtomicReference<>());
    }

    private SessionConverter(Toolkit tools, ConvertListener listener,
                             java.util.concurrent.atomic.AtomicReference<Manifest.Tool> tool) {
        this.tools = tools;
        this.listener = listener;
        this.tool = tool;
    }

    /** The same converter telling another listener (one per batch job); ffmpeg's version is asked once. */
    public SessionConverter withListener(ConvertListener other) {
        return new SessionConverter(tools, other, tool);
    }

    /**
     * The whole job for one folder: wait for the done marker if asked, take the output folder's
     * lock, skip the work when an earlier run's manifest already matches, else convert and report.
     *
     * @param holder who is running, for the lock's message to a second run ({@link OutputFolder#holder})
     * @throws SetupException not a session folder, the output folder unusable or held by another run
     */
    public SessionRun run(Path sessionDir, ConvertSettings settings, String holder)
            throws SetupException, ProfileException, InterruptedException {
        Profile profile = tools.profiles().resolve(settings.profile());
        SessionFolder folder = awaitDone(scan(sessionDir, settings), settings);
        Path out = settings.outputDirFor(sessionDir).toAbsolutePath().normalize();
        if (!folder.recordingDone() && !settings.force()) {
            return new SessionRun.Converted(new SessionResult(folder, out, SessionResult.State.NOT_FINISHED,
                    List.of(), status(folder)));
        }
        Manifest.Input input = fingerprint(sessionDir, settings, profile);
        // A rerun of a finished archive stops here: it listed the folder and read one manifest,
        // and wrote nothing (the manifest is replaced atomically, so reading it unlocked is safe).
        Optional<PreviousRun> previous = unchanged(out, input, settings);
        if (previous.isPresent()) {
            return new SessionRun.Unchanged(folder.dir(), previous.get());
        }
        try (OutputFolder lock = OutputFolder.acquire(out, holder)) {
            previous = unchanged(out, input, settings); // another run may have finished it meanwhile
            if (previous.isPresent()) {
                return new SessionRun.Unchanged(folder.dir(), previous.get());
            }
            // The recorder log and crash signs are read only now, when there is work to do.
            SessionResult result = convert(folder, status(folder), request(settings, profile, out), settings.verify());
            SessionReports.write(result, tool(), Optional.of(input));
            return new SessionRun.Converted(result);
        } catch (IOException e) {
            throw new SetupException("cannot write into the output folder " + out + ": " + OutputFolder.cause(e));
        }
    }

    private static Optional<PreviousRun> unchanged(Path out, Manifest.Input input, ConvertSettings settings) {
        return PreviousRun.in(out).filter(p -> p.matches(input)).filter(p -> skips(settings.resume(), p));
    }

    private static Manifest.Input fingerprint(Path sessionDir, ConvertSettings settings, Profile profile)
            throws SetupException {
        try {
            return InputFingerprint.of(sessionDir, settings, profile);
        } catch (IOException e) {
            throw new SetupException("cannot read the session folder " + sessionDir + ": " + OutputFolder.cause(e));
        }
    }

    private static boolean skips(ConvertSettings.Resume resume, PreviousRun previous) {
        return switch (resume) {
            case SKIP_FINISHED -> true;
            case SKIP_SUCCEEDED -> previous.succeeded();
            case NEVER -> false;
        };
    }

    private PlanRequest request(ConvertSettings settings, Profile resolved, Path out) throws ProfileException {
        Profile profile = settings.encoderThreads().isPresent()
                ? resolved.withEncoderThreads(settings.encoderThreads().getAsInt()) : resolved;
        return new PlanRequest(profile, tools.profiles().audioOnly(resolved), out, settings.fps(), settings.size(),
                settings.mode(), settings.leadingBlank(), settings.gaps(), settings.select(), settings.extras());
    }

    /** The stages, once the folder is known to be convertible and the output folder is ours. */
    private SessionResult convert(SessionFolder folder, List<Diagnostic> status, PlanRequest request,
                                  VerifyDepth verify) throws IOException {
        listener.planning(folder.dir(), folder.metadataFiles().size());
        List<Diagnostic> diagnostics = new ArrayList<>(status);
        SessionPlanner.SessionPlan plan = tools.planner().plan(folder, request, listener);
        diagnostics.addAll(plan.diagnostics());
        diagnostics.addAll(PartialFiles.removeStale(request.outputDir(), folder.metadataFiles()));
        List<PlannedOutput> planned = plan.outputs();
        listener.planned(planned);
        OutputProducer producer = new OutputProducer(tools, listener, verify);
        List<OutputOutcome> outcomes = new ArrayList<>();
        for (SessionPlanner.UserPlan user : plan.users()) {
            if (tools.runner().stopped()) {
                break; // no new output starts after a signal
            }
            if (user.output().isEmpty()) {
                SessionFindings.refusal(user, plan).ifPresent(why -> outcomes.add(new OutputOutcome.Refused(
                        user.timeline().uid(), user.timeline().baseName(), why)));
                continue;
            }
            PlannedOutput out = user.output().get();
            listener.started(out, planned.indexOf(out) + 1, planned.size());
            OutputOutcome made = producer.produce(out, request.outputDir(),
                    () -> CopyFallback.transcoded(out, plan, request));
            outcomes.add(withLosses(made, SessionFindings.missing(user, plan)));
        }
        diagnostics.addAll(producer.diagnostics());
        CloudWork.clean(request.outputDir()); // cloud input: the joined slices
        SessionResult.State state = tools.runner().stopped()
                ? SessionResult.State.INTERRUPTED : SessionResult.State.CONVERTED;
        return new SessionResult(folder, request.outputDir(), state, outcomes, diagnostics, plan.clockZero());
    }

    /** A written output of a user who lost some media is partial. */
    private static OutputOutcome withLosses(OutputOutcome made, List<String> missing) {
        if (made instanceof OutputOutcome.Written w && !missing.isEmpty()) {
            return new OutputOutcome.Partial(w.plan(), w.facts(), w.elapsed(), missing);
        }
        return made;
    }

    private static List<Diagnostic> status(SessionFolder folder) throws SetupException {
        if (folder.metadataFiles().isEmpty() && CloudScanner.isCloudFolder(folder.dir())) {
            return List.of(); // cloud input: no recorder log or done marker; the playlists say it all
        }
        try {
            return SessionStatus.of(folder).diagnostics();
        } catch (IOException e) {
            throw new SetupException("cannot read the session folder " + folder.dir() + ": " + OutputFolder.cause(e));
        }
    }

    private static SessionFolder scan(Path sessionDir, ConvertSettings settings) throws SetupException {
        try {
            SessionFolder folder = SessionScanner.scan(sessionDir);
            if (folder.metadataFiles().isEmpty() && CloudScanner.isCloudFolder(sessionDir)) {
                return settings.select().recording().isEmpty() ? CloudScanner.asSessionFolder(sessionDir) // cloud input
                        : oneCloudRecording(sessionDir, settings.select().recording().get());
            }
            if (folder.metadataFiles().isEmpty()) {
                throw new SetupException(SessionFinder.notASession(sessionDir, d -> SessionFinder.holdsMetadata(d)
                        || CloudScanner.isCloudFolder(d))); // cloud input: cloud folders below count too
            }
            return folder;
        } catch (IOException e) {
            throw new SetupException(e.getMessage());
        }
    }

    /**
     * Cloud input, batch: one recording of a folder that holds several is done when its own
     * tracks ended, whatever the other recordings beside it do.
     */
    private static SessionFolder oneCloudRecording(Path dir, String key) throws IOException {
        boolean finished = CloudScanner.scan(dir).stream().filter(r -> r.key().equals(key))
                .allMatch(io.recmerge.cloud.CloudRecording::finished);
        return new SessionFolder(dir, List.of(), finished, Optional.empty());
    }

    /** manifest.json's tool entry; asks ffmpeg for its version once per converter (once per batch). */
    private Manifest.Tool tool() {
        return tool.updateAndGet(t -> t != null ? t
                : new Manifest.Tool("recmerge", ToolVersion.current(), tools.ffmpegVersion()));
    }

    private static Optional<Duration> idle(SessionFolder folder) {
        try {
            return SessionStatus.of(folder).crash().idle();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** {@code --wait}: polls for recording2-done.txt until it appears or the wait is over. */
    private SessionFolder awaitDone(SessionFolder folder, ConvertSettings settings)
            throws SetupException, InterruptedException {
        if (folder.recordingDone() || settings.waitForDone().isEmpty()) {
            return folder;
        }
        Instant deadline = Instant.now().plus(settings.waitForDone().get());
        SessionFolder current = folder;
        while (!current.recordingDone() && Instant.now().isBefore(deadline)) {
            listener.waiting(folder.dir(), Duration.between(Instant.now(), deadline), idle(current));
            Thread.sleep(WAIT_POLL.toMillis());
            current = scan(folder.dir(), settings);
        }
        return current;
    }
}
