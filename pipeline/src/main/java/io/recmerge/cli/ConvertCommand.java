package io.recmerge.cli;

import io.recmerge.convert.ConvertReport;
import io.recmerge.convert.ConvertSettings;
import io.recmerge.convert.SessionConverter;
import io.recmerge.convert.Toolkit;
import io.recmerge.engine.EngineUnavailableException;
import io.recmerge.plan.Canvas;
import io.recmerge.profile.ProfileCatalog;
import io.recmerge.profile.ProfileException;
import io.recmerge.report.ExitCode;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code recmerge convert SESSION_DIR}: one playable file per user session, plus manifest.json. */
@Command(name = "convert", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Convert one recording session folder into playable files.",
                "Exit codes: 0 all written, 1 usage/set-up error, 2 some failed, 3 nothing converted, "
                        + "4 recording not finished, 130 interrupted."})
final class ConvertCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "SESSION_DIR", description = "A recording session folder.")
    Path sessionDir;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "Output folder (default: SESSION_DIR/converted).")
    Path output;

    @Option(names = "--mode", paramLabel = "MODE", defaultValue = "session", converter = Choices.ModeChoice.class,
            description = "session (one output per user session), uid (one per uid, sessions joined), "
                    + "uid-audio (one .m4a per uid), uid-video (video only per uid). Default: ${DEFAULT-VALUE}.")
    io.recmerge.plan.Mode mode;

    @Option(names = "--leading-blank", paramLabel = "POLICY", defaultValue = "auto",
            converter = Choices.LeadingBlankChoice.class,
            description = "Before the first video frame: auto (drop silence, show the first frame under sound), "
                    + "freeze (first frame under all audio), keep (black), trim (start at the first frame). "
                    + "Default: ${DEFAULT-VALUE}.")
    io.recmerge.plan.LeadingBlank leadingBlank;

    @Option(names = "--gaps", paramLabel = "keep|drop", defaultValue = "keep", converter = Choices.GapsChoice.class,
            description = "Time without audio or video inside an output: keep (black, silence) or drop. "
                    + "Default: ${DEFAULT-VALUE}.")
    io.recmerge.plan.Gaps gaps;

    @Option(names = "--profile", paramLabel = "NAME|FILE", defaultValue = ProfileCatalog.DEFAULT,
            description = "Output profile, built-in name or JSON file (default: ${DEFAULT-VALUE}; see 'recmerge profiles').")
    String profile;

    @Option(names = "--fps", paramLabel = "N", converter = Converters.Fps.class, description = "Output frame rate, 5..120 (default: the source's when constant, else 15).")
    Double fps;

    @Option(names = "--size", paramLabel = "WxH", converter = Converters.Size.class,
            description = "Output picture size (default: the largest source size).")
    Canvas size;

    @Option(names = "--force", description = "Convert even if the recording is not finished (no recording2-done.txt).")
    boolean force;

    @Option(names = "--wait", arity = "0..1", fallbackValue = "30m", paramLabel = "DURATION",
            converter = Converters.Wait.class,
            description = "Wait for recording2-done.txt (default wait when given without a value: 30m).")
    Duration waitFor;

    @Mixin
    EngineOptions engine;

    @Override
    public Integer call() throws Exception {
        PrintStream err = System.err;
        if (fps != null && (fps < 5 || fps > 120 || fps.isNaN())) {
            err.println("recmerge: --fps " + fps + " is outside 5..120");
            return ExitCode.USAGE.code();
        }
        Toolkit tools;
        try {
            tools = engine.toolkit();
        } catch (EngineUnavailableException | ProfileException e) {
            err.println("recmerge: " + e.getMessage());
            return ExitCode.USAGE.code();
        }
        ConvertSettings settings = new ConvertSettings(Optional.ofNullable(output), profile,
                fps == null ? OptionalDouble.empty() : OptionalDouble.of(fps), Optional.ofNullable(size), force,
                Optional.ofNullable(waitFor), mode, leadingBlank, gaps);
        try {
            return Interrupts.during(tools, err, () -> {
                ConvertReport report = new SessionConverter(tools, ConsoleProgress.forTerminal(err))
                        .convert(sessionDir, settings);
                return new ConvertOutcome(tools, report, err, System.out).finish();
            });
        } catch (IOException | ProfileException e) {
            err.println("recmerge: " + e.getMessage());
            return ExitCode.USAGE.code();
        }
    }
}
