package io.recmerge.cli;

import io.recmerge.convert.ConvertSettings;
import io.recmerge.convert.OutputFolder;
import io.recmerge.convert.SessionConverter;
import io.recmerge.convert.SessionRun;
import io.recmerge.convert.SetupException;
import io.recmerge.convert.Toolkit;
import io.recmerge.profile.ProfileException;
import io.recmerge.report.ExitCode;
import java.nio.file.Path;
import java.util.Optional;

/** Converts one session folder for a command ({@code convert}, {@code video-convert}) and prints its summary. */
final class OneSession {

    private OneSession() {
    }

    /**
     * @param command how the run names itself in the output folder's lock ("recmerge convert DIR")
     * @param waited the user gave --wait (the summary then does not suggest it)
     */
    static int convert(EngineOptions engine, Console console, Path dir, ConvertSettings settings, String command,
                       boolean waited) throws Exception {
        Optional<Toolkit> toolkit = engine.toolkitOrSay(console.stream());
        if (toolkit.isEmpty()) {
            return ExitCode.USAGE.code();
        }
        Toolkit tools = toolkit.get();
        return Interrupts.during(tools, console.stream(), () -> {
            try {
                SessionRun run = new SessionConverter(tools, Progress.forConvert(console)).run(dir, settings,
                        OutputFolder.holder(command));
                return new Summary(System.out, console).print(run, waited);
            } catch (SetupException | ProfileException e) {
                console.stream().println("recmerge: " + e.getMessage());
                return ExitCode.USAGE.code();
            }
        });
    }
}
