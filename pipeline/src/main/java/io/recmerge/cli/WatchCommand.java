package io.recmerge.cli;

import io.recmerge.batch.BatchSettings;
import io.recmerge.batch.SessionEntry;
import io.recmerge.batch.Shard;
import io.recmerge.batch.Watcher;
import io.recmerge.convert.ConvertSettings;
import io.recmerge.convert.OutputFolder;
import io.recmerge.convert.SetupException;
import io.recmerge.convert.Toolkit;
import io.recmerge.profile.ProfileException;
import io.recmerge.report.ExitCode;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code recmerge watch ROOT -o OUT}: convert each session when its recording2-done.txt appears. */
@Command(name = "watch", mixinStandardHelpOptions = true, sortOptions = false, versionProvider = Version.class,
        description = {"Watch ROOT (the recorder's output folder) and convert each session as soon as its "
                + "recording2-done.txt appears (an Agora Cloud Recording: once every track's playlist has "
                + "#EXT-X-ENDLIST), into OUT mirroring ROOT's paths. Restart-safe: sessions converted "
                + "before are recognised by their manifest. Runs until stopped (Ctrl-C, SIGTERM: exit 130).",
                "Every option also reads a RECMERGE_* variable."})
final class WatchCommand implements Callable<Integer> {

    @Parameters(index = "0", arity = "0..1", paramLabel = "ROOT", description = "The folder the recorder writes into.")
    Path root;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT", converter = OutputPathConverter.class,
            description = "Output folder (required).")
    Path output;

    @Option(names = "--poll", paramLabel = "DURATION", defaultValue = "5s", converter = Converters.Wait.class,
            description = "How often to look for finished sessions. Default: ${DEFAULT-VALUE}.")
    Duration poll;

    @Option(names = "--exit-after", paramLabel = "DURATION", converter = Converters.Wait.class,
            description = "Stop (exit 0) after this long, e.g. for a scheduled run (default: run until stopped).")
    Duration exitAfter;

    @Mixin
    SessionOptions session;

    @Mixin
    EngineOptions engine;

    @Mixin
    LogOptions log;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintStream err = System.err;
        log.apply();
        Console console = Console.of(err, log);
        if (root == null || output == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), root == null
                    ? "ROOT is required (the recorder's folder; or set RECMERGE_ROOT)"
                    : "-o OUT is required (or set RECMERGE_OUTPUT)");
        }
        if (session.problem().isPresent()) {
            throw new CommandLine.ParameterException(spec.commandLine(), session.problem().get());
        }
        Optional<Toolkit> toolkit = engine.toolkitOrSay(err);
        if (toolkit.isEmpty()) {
            return ExitCode.USAGE.code();
        }
        Toolkit tools = toolkit.get();
        BatchSettings settings = new BatchSettings(root, output, 1, Shard.ALL,
                session.settings(ConvertSettings.Resume.SKIP_FINISHED).build());
        Instant end = exitAfter == null ? Instant.MAX : Instant.now().plus(exitAfter);
        return Interrupts.during(tools, err, () -> {
            try {
                console.info("watching " + Paths.shown(settings.root()) + " for finished recordings (every "
                        + poll.toSeconds() + " s); outputs into " + Paths.shown(settings.out()), "event", "watching");
                List<SessionEntry> done = new Watcher(tools, new WatchProgress(console)).watch(settings, poll,
                        OutputFolder.holder("recmerge watch " + root), () -> Instant.now().isAfter(end));
                console.info("watch ended: " + done.size() + " session(s) converted", "event", "watch-finished");
                return ExitCode.OK.code();
            } catch (SetupException | ProfileException e) {
                err.println("recmerge: " + e.getMessage());
                return ExitCode.USAGE.code();
            }
        });
    }
}
