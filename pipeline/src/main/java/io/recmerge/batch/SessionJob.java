package io.recmerge.batch;

import io.recmerge.convert.ConvertSettings;
import io.recmerge.convert.SessionConverter;
import io.recmerge.convert.SessionRun;
import io.recmerge.convert.SetupException;
import io.recmerge.convert.Toolkit;
import io.recmerge.diag.Severity;
import io.recmerge.report.OutputOutcome;
import io.recmerge.report.PreviousRun;
import io.recmerge.report.SessionResult;
import java.nio.file.Path;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One session of a batch, run on a pool thread; whatever happens becomes its {@link SessionEntry}. */
final class SessionJob {

    private static final Logger LOG = LoggerFactory.getLogger(SessionJob.class);

    private final SessionConverter converter;
    private final Toolkit tools;
    private final BatchSettings settings;
    private final String holder;
    private final BatchListener listener;

    SessionJob(SessionConverter converter, Toolkit tools, BatchSettings settings, String holder,
               BatchListener listener) {
        this.converter = converter;
        this.tools = tools;
        this.settings = settings;
        this.holder = holder;
        this.listener = listener;
    }

    SessionEntry run(Source session) {
        Path relative = session.relative(settings.root());
        String name = session.name(settings.root());
        long start = System.nanoTime();
        SessionEntry entry;
        if (tools.runner().stopped()) {
            entry = bare(name, "interrupted", 130, "not started: the batch was interrupted", start);
        } else {
            entry = convert(session, relative, name, start);
        }
        if (!entry.status().equals("interrupted") || !entry.message().startsWith("not started")) {
            listener.finished(entry);
        }
        return entry;
    }

    private SessionEntry convert(Source session, Path relative, String name, long start) {
        ConvertSettings each = session.settings(settings.session().withOutputDir(settings.out().resolve(relative))
                .withEncoderThreads(settings.encoderThreads()));
        try {
            SessionRun run = converter.withListener(listener.session(relative)).run(session.dir(), each, holder);
            return run instanceof SessionRun.Unchanged u ? unchanged(name, u.previous(), start)
                    : converted(session, name, ((SessionRun.Converted) run).result(), start);
        } catch (SetupException e) {
            return bare(name, e instanceof SetupException.Locked ? "locked" : "error", 1, e.getMessage(), start);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return bare(name, "interrupted", 130, "interrupted", start);
        } catch (Exception | LinkageError e) {
            LOG.debug("session {} failed", name, e);
            return bare(name, "error", 1, "internal error: " + e, start);
        }
    }

    private static SessionEntry converted(Source session, String name, SessionResult r, long start) {
        String status = switch (r.state()) {
            case NOT_FINISHED -> "not-finished";
            case INTERRUPTED -> "interrupted";
            case CONVERTED -> switch (r.exitCode()) {
                case OK -> "converted";
                case NOTHING -> "nothing";
                default -> r.count(OutputOutcome.Partial.class) > 0 && r.notMade() == 0 ? "partial" : "failed";
            };
        };
        double media = r.made().stream().mapToDouble(m -> m.facts().duration()).sum();
        long warnings = r.diagnostics().stream().filter(d -> d.severity() == Severity.WARNING).count();
        long errors = r.diagnostics().stream().filter(d -> d.severity() == Severity.ERROR).count();
        String message = r.state() == SessionResult.State.NOT_FINISHED ? Sources.notFinished(session) : "";
        return new SessionEntry(name, status, r.exitCode().code(), r.made().size(),
                (int) r.count(OutputOutcome.Partial.class), (int) r.notMade(), round(media), elapsed(start),
                (int) warnings, (int) errors, message);
    }

    private static SessionEntry unchanged(String name, PreviousRun p, long start) {
        return new SessionEntry(name, "unchanged", p.exitCode(), p.files().size(), p.counts().partial(),
                p.counts().failed() + p.counts().refused(), round(p.mediaSeconds()), elapsed(start), p.warnings(),
                p.errors(), "converted earlier from the same inputs and options");
    }

    private static SessionEntry bare(String name, String status, int exit, String message, long start) {
        return new SessionEntry(name, status, exit, 0, 0, 0, 0, elapsed(start), 0, 0, message);
    }

    /** A job never throws (it catches everything); a pool that was shut down reads as interrupted. */
    static SessionEntry await(Future<SessionEntry> future) throws InterruptedException {
        try {
            return future.get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("a batch job threw past its own handler", e.getCause());
        }
    }

    private static double elapsed(long start) {
        return round((System.nanoTime() - start) / 1e9);
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
