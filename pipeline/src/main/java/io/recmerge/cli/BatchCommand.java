package io.recmerge.cli;

import io.recmerge.batch.BatchReport;
import io.recmerge.batch.BatchRunner;
import io.recmerge.batch.BatchSettings;
import io.recmerge.batch.Shard;
import io.recmerge.convert.ConvertSettings;
import io.recmerge.convert.OutputFolder;
import io.recmerge.convert.SetupException;
import io.recmerge.convert.Toolkit;
import io.recmerge.profile.ProfileException;
import io.recmerge.report.ExitCode;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code recmerge batch ROOT -o OUT}: every session folder under ROOT, OUT mirroring ROOT's paths. */
@Command(name = "batch", mixinStandardHelpOptions = true, sortOptions = false, versionProvider = Version.class,
        description = {"Convert every recording session folder under ROOT (at any depth) into OUT, which mirrors "
                + "ROOT's relative paths: one manifest.json per session, OUT/batch-report.json and .csv for all.",
                "Each Agora Cloud Recording (the files of a folder sharing one <sid>_<cname>) is an entry of its own: "
                        + "FOLDER/<sid>_<cname>, converted into OUT/FOLDER/<sid>_<cname>/.",
                "A rerun skips sessions already converted from the same files and options. Every option also reads "
                        + "a RECMERGE_* variable (--jobs: RECMERGE_JOBS; ROOT: RECMERGE_ROOT).",
                "Exit codes: 0 no session failed (unfinished ones are skipped and listed), 1 usage/set-up error, 2 some "
                        + "failed, 3 sessions failed and none converted, 130 interrupted."})
final class BatchCommand implements Callable<Integer> {

    @Parameters(index = "0", arity = "0..1", paramLabel = "ROOT", description = "The archive folder.")
    Path root;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT", converter = OutputPathConverter.class,
            description = "Output folder (required).")
    Path output;

    @Option(names = "--jobs", paramLabel = "N", description = "Sessions converted at once (default: the number of "
            + "cores).")
    Integer jobs;

    @Option(names = "--shard", paramLabel = "I/N", converter = ShardConverter.class,
            description = "Take only shard I of N (I from 0): sessions are shared out by a hash of their path, so N "
                    + "processes over one volume convert each session once. Default from JOB_COMPLETION_INDEX and "
                    + "RECMERGE_SHARD_COUNT (a Kubernetes Indexed Job).")
    Shard shard;

    @Option(names = "--retry-failed", description = "Convert again the sessions whose earlier run failed "
            + "(default: a rerun skips every session converted before from the same files and options).")
    boolean retryFailed;

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
        Optional<String> problem = usageProblem();
        if (problem.isPresent()) {
            throw new CommandLine.ParameterException(spec.commandLine(), problem.get());
        }
        Optional<Toolkit> toolkit = engine.toolkitOrSay(err);
        if (toolkit.isEmpty()) {
            return ExitCode.USAGE.code();
        }
        Toolkit tools = toolkit.get();
        ConvertSettings each = session.settings(retryFailed ? ConvertSettings.Resume.SKIP_SUCCEEDED
                : ConvertSettings.Resume.SKIP_FINISHED).build();
        BatchSettings settings = new BatchSettings(root, output, jobs == null ? BatchSettings.defaultJobs() : jobs,
                shard == null ? Shard.ALL : shard, each);
        return Interrupts.during(tools, err, () -> {
            try {
                BatchReport report = new BatchRunner(tools, new BatchProgress(console))
                        .run(settings, OutputFolder.holder("recmerge batch " + root + " (shard " + settings.shard() + ")"));
                finish(console, report, settings);
                return report.exitCode();
            } catch (SetupException | ProfileException e) {
                err.println("recmerge: " + e.getMessage());
                return ExitCode.USAGE.code();
            }
        });
    }

    private Optional<String> usageProblem() {
        if (root == null) {
            return Optional.of("ROOT is required (the archive folder; or set RECMERGE_ROOT)");
        }
        if (output == null) {
            return Optional.of("-o OUT is required (or set RECMERGE_OUTPUT)");
        }
        if (jobs != null && (jobs < 1 || jobs > 64)) {
            return Optional.of("--jobs must be from 1 to 64, got " + jobs);
        }
        return session.problem();
    }

    private static void finish(Console console, BatchReport r, BatchSettings settings) {
        BatchReport.Totals t = r.totals();
        console.info(String.format(Locale.ROOT, "batch%s: %d session(s): %d converted (%d unchanged), %d failed, "
                        + "%d skipped%s; %d output(s), %.1f min of media in %s; report: %s (exit %d)",
                settings.shard().count() > 1 ? " shard " + settings.shard() : "", t.sessions(), t.converted(),
                t.unchanged(), t.failed(), t.skipped(), t.interrupted() > 0 ? ", " + t.interrupted() + " interrupted" : "",
                t.outputs(), t.mediaSeconds() / 60, Progress.clock(r.elapsedSeconds()),
                Paths.shown(settings.out().resolve(settings.reportName("json"))), r.exitCode()),
                "event", "batch-finished", "sessions", t.sessions(), "converted", t.converted(), "failed", t.failed(),
                "exit", r.exitCode());
        r.sessions().stream().filter(e -> e.status().equals("not-finished")).forEach(e -> console.info(
                "skipped " + e.session() + ": " + e.message(), "event", "skipped", "session", e.session()));
    }

    static final class ShardConverter implements CommandLine.ITypeConverter<Shard> {
        @Override
        public Shard convert(String text) {
            try {
                return Shard.parse(text);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }
}
