package io.recmerge.batch;

import io.recmerge.convert.ConvertSettings;
import io.recmerge.convert.SessionConverter;
import io.recmerge.convert.SetupException;
import io.recmerge.convert.Toolkit;
import io.recmerge.cloud.CloudRecording;
import io.recmerge.profile.ProfileException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;

/**
 * {@code recmerge watch ROOT -o OUT}: beside a running recorder, converts each session as soon as its
 * recording2-done.txt appears (a cloud recording: as soon as every track's last playlist has its
 * {@code #EXT-X-ENDLIST}). It polls (a recorder writes into many folders, often on network
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
        Set<Source> settled = new LinkedHashSet<>();
        while (!tools.runner().stopped() && !stop.getAsBoolean()) {
            List<Path> unfinished = new ArrayList<>();
            Map<Path, List<CloudRecording>> scans = new HashMap<>(); // one scan of a cloud folder per round
            for (Source session : sessions(watched)) {
                if (settled.contains(session)) {
                    continue;
                }
                if (!finished(session, scans)) {
                    unfinished.add(session.relative(settings.root()));
                } else {
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

    private static List<Source> sessions(BatchSettings settings) throws SetupException {
        try {
            Files.createDirectories(settings.out());
            return Sources.find(settings.root(), Set.of(settings.out())).stream()
                    .filter(s -> settings.shard().takes(s.relative(settings.root()))).toList();
        } catch (IOException e) {
            throw new SetupException("cannot watch " + settings.root() + ": " + e.getMessage());
        }
    }

    /** A folder being written may be half-listed or gone: it is then unfinished this round. */
    private static boolean finished(Source session, Map<Path, List<CloudRecording>> scans) {
        try {
            return Sources.finished(session, scans);
        } catch (IOException e) {
            return false;
        }
    }
}
