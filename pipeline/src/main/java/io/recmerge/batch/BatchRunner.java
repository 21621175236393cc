package io.recmerge.batch;

import io.recmerge.convert.OutputFolder;
import io.recmerge.convert.SessionConverter;
import io.recmerge.convert.SessionRun;
import io.recmerge.convert.SetupException;
import io.recmerge.convert.Toolkit;
import io.recmerge.profile.ProfileException;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * {@code recmerge batch}: every session folder (and every cloud recording, see {@link Source}) under
 * ROOT converted into the same relative path under OUT, {@code jobs} at a time, in one JVM. One failing session never stops the others; after a
 * signal no new session starts and the report lists what was done so far.
 */
public final class BatchRunner {

    private final Toolkit tools;
    private final BatchListener listener;

    public BatchRunner(Toolkit tools, BatchListener listener) {
        this.tools = tools;
        this.listener = listener;
    }

    /** @throws SetupException ROOT is missing or OUT is unusable */
    public BatchReport run(BatchSettings settings, String holder)
            throws SetupException, ProfileException, InterruptedException {
        long start = System.nanoTime();
        tools.profiles().resolve(settings.session().profile()); // a bad profile is one error, not one per session
        List<Source> all = find(settings);
        List<Source> mine = all.stream().filter(s -> settings.shard().takes(s.relative(settings.root()))).toList();
        listener.found(mine.stream().map(s -> s.relative(settings.root())).toList(), all.size() - mine.size());
        SessionJob job = new SessionJob(new SessionConverter(tools, io.recmerge.convert.ConvertListener.NONE), tools, settings, holder,
                listener);
        List<SessionEntry> entries = runAll(mine, job, settings.jobs());
        BatchReport report = new BatchReport(settings.root().toString(), settings.out().toString(),
                settings.shard().toString(), settings.jobs(), (System.nanoTime() - start) / 1e9,
                tools.runner().stopped(), BatchReport.totals(entries), entries);
        BatchReports.write(report, settings);
        return report;
    }

    private static List<Source> find(BatchSettings settings) throws SetupException {
        if (!Files.isDirectory(settings.root())) {
            throw new SetupException(Files.exists(settings.root()) ? settings.root() + " is not a folder"
                    : "the archive folder " + settings.root() + " does not exist");
        }
        try {
            Files.createDirectories(settings.out());
            return Sources.find(settings.root(), Set.of(settings.out()));
        } catch (IOException e) {
            throw new SetupException("cannot use " + settings.out() + " as the output folder: " + OutputFolder.cause(e));
        }
    }

    private List<SessionEntry> runAll(List<Source> sessions, SessionJob job, int jobs) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(jobs, r -> {
            Thread t = new Thread(r, "recmerge-job");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<SessionEntry>> futures = new ArrayList<>();
            for (Source session : sessions) {
                futures.add(pool.submit(() -> job.run(session)));
            }
            List<SessionEntry> entries = new ArrayList<>();
            for (Future<SessionEntry> f : futures) {
                entries.add(SessionJob.await(f));
            }
            return entries;
        } finally {
            pool.shutdownNow();
        }
    }
}
