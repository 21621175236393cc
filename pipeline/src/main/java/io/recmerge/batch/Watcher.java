package io.recmerge.batch;

import io.recmerge.convert.ConvertSettings;
import io.recmerge.convert.SessionConverter;
import io.recmerge.convert.SetupException;
import io.recmerge.convert.Toolkit;
import io.recmerge.discover.SessionFinder;
import io.recmerge.discover.SessionFolder;
import io.recmerge.profile.ProfileException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;

/**
 * {@code recmerge watch ROOT -o OUT}: beside a running recorder, converts each session as soon as its
 * recording2-done.txt appears. It polls (a recorder writes into many folders, often on network
 * storage where inotify does not see other machines' writes); each round lists the folders and, for
 * finished ones, lets the converter compare fingerprints, so a restart picks up exactly what is left
 * and a converted session costs one manifest read per round.
 */
public final class Watcher {

    /** Hears what the watcher is waiting for. */
    public interface Listener extends BatchListener {
        /** The sessions still being recorded (no done marker yet), after each round. */
        default void waitingFor(List<Path> unfinished) { }
    }

    private final Toolkit tools;
    private final Listener listener;

    public Watcher(Toolkit tools, Listener listener) {
        this.tools = tools;
        this.listener = listener;
    }

    /**
     * Rounds every {@code poll} until {@code stop} says so or a signal stops the runner.
     *
     * @return every session converted (or failed) during the watch, in order
     */
    public List<SessionEntry> watch(BatchSettings settings, Duration poll, String holder, BooleanSupplier stop)
            throws SetupException, ProfileException, InterruptedException {
        tools.profiles().resolve(settings.session().profile());
        ConvertSettings each = settings.session().withResume(ConvertSettings.Resume.SKIP_FINISHED);
        BatchSettings watched = new BatchSettings(settings.root(), settings.out(), 1, settings.shard(), each);
        SessionJob job = new SessionJob(new SessionConverter(tools, io.recmerge.convert.ConvertListener.NONE), tools,
                watched, holder, listener);
        List<SessionEntry> done = new ArrayList<>();
        Set<Path> settled = new LinkedHashSet<>();
        while (!tools.runner().stopped() && !stop.getAsBoolean()) {
            List<Path> unfinished = new ArrayList<>();
            for (Path session : sessions(watched)) {
                if (!Files.exists(session.resolve(SessionFolder.DONE_MARKER))) {
                    unfinished.add(settings.root().relativize(session));
                } else if (!settled.contains(session)) {
                    SessionEntry entry = job.run(session);
                    if (!entry.status().equals("locked")) {
                        settled.add(session); // a locked one is tried again next round
                    }
                    if (!entry.status().equals("unchanged")) {
                        done.add(entry);
                    }
                }
            }
            listener.waitingFor(unfinished);
            Thread.sleep(poll.toMillis());
        }
        return done;
    }

    private static List<Path> sessions(BatchSettings settings) throws SetupException {
        try {
            Files.createDirectories(settings.out());
            return SessionFinder.find(settings.root(), Set.of(settings.out())).stream()
                    .filter(p -> settings.shard().takes(settings.root().relativize(p))).toList();
        } catch (IOException e) {
            throw new SetupException("cannot watch " + settings.root() + ": " + e.getMessage());
        }
    }
}
