package io.recmerge.cli;

import io.recmerge.convert.ConvertSettings;
import io.recmerge.report.ExitCode;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code recmerge convert SESSION_DIR}: one playable file per user session, plus manifest.json. */
@Command(name = "convert", mixinStandardHelpOptions = true, sortOptions = false, versionProvider = Version.class,
        description = {"Convert one recording session folder into playable files.",
                "Exit codes: 0 all written, 1 usage/set-up error, 2 some failed, 3 nothing converted, "
                        + "4 recording not finished, 130 interrupted."})
final class ConvertCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "SESSION_DIR", description = "A recording session folder.")
    Path sessionDir;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT", converter = OutputPathConverter.class,
            description = "Output folder (default: SESSION_DIR/converted).")
    Path output;

    @Mixin
    SessionOptions session;

    @Option(names = "--wait", arity = "0..1", fallbackValue = "30m", paramLabel = "DURATION",
            converter = Converters.Wait.class,
            description = "Wait for recording2-done.txt (default wait when given without a value: 30m).")
    Duration waitFor;

    @Mixin
    EngineOptions engine;

    @Mixin
    LogOptions log;

    @Override
    public Integer call() throws Exception {
        PrintStream err = System.err;
        log.apply();
        Console console = Console.of(err, log);
        Optional<String> problem = session.problem();
        if (problem.isPresent()) {
            err.println("recmerge: " + problem.get());
            return ExitCode.USAGE.code();
        }
        ConvertSettings settings = session.settings(ConvertSettings.Resume.SKIP_SUCCEEDED).outputDir(output)
                .waitForDone(waitFor).build();
        return OneSession.convert(engine, console, sessionDir, settings, "recmerge convert " + sessionDir,
                waitFor != null);
    }
}
