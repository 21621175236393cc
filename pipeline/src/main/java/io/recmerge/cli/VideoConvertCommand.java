package io.recmerge.cli;

import io.recmerge.convert.ConvertSettings;
import io.recmerge.report.ExitCode;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code recmerge video-convert -f DIR ...}: the options of the Recording SDK's converter script
 * (video_convert.py) with its meanings, run as {@code convert} (see {@link ScriptOptions}).
 */
@Command(name = "video-convert", mixinStandardHelpOptions = true, sortOptions = false, versionProvider = Version.class,
        description = {"Convert a recording folder with the options of the SDK's video_convert.py.",
                "Outputs go into DIR/converted (into DIR itself only with --in-place, never replacing a file there).",
                "Exit codes as for convert: 0 all written, 1 usage/set-up error, 2 some failed, 3 nothing converted, "
                        + "4 recording not finished, 130 interrupted."})
final class VideoConvertCommand implements Callable<Integer> {

    @Mixin
    ScriptOptions script;

    @Option(names = "--in-place", description = "Write the outputs into the recording folder itself, as the script "
            + "does (never deleting or replacing a file that is there).")
    boolean inPlace;

    @Option(names = "--force", description = "Convert even if the recording is not finished (no recording2-done.txt).")
    boolean force;

    @Mixin
    EngineOptions engine;

    @Mixin
    LogOptions log;

    @Override
    public Integer call() throws Exception {
        PrintStream err = System.err;
        log.apply();
        Console console = Console.of(err, log);
        Optional<String> problem = script.problem();
        if (problem.isPresent()) {
            err.println("recmerge: " + problem.get());
            return ExitCode.USAGE.code();
        }
        Path dir = script.folder;
        ConvertSettings settings = script.settings().force(force)
                .outputDir(inPlace ? dir : dir.resolve("converted")).build();
        return OneSession.convert(engine, console, dir, settings, "recmerge video-convert -f " + dir, false);
    }
}
