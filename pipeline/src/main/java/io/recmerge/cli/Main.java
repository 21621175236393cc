package io.recmerge.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code recmerge}: the command-line front of the pipeline. Thin: parsing, wiring, printing. */
@Command(name = "recmerge", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Turns raw call recordings into playable, in-sync MP4 files.",
        subcommands = {ConvertCommand.class, BatchCommand.class, WatchCommand.class, InspectCommand.class, ProfilesCommand.class,
                VideoConvertCommand.class,
                CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs a command line and returns its exit code; never throws, never prints a stack trace. */
    public static int run(String... args) {
        return run(System.getenv(), args);
    }

    /** @param env the variables {@code RECMERGE_*} defaults are read from */
    public static int run(java.util.Map<String, String> env, String... args) {
        CommandLine cli = new CommandLine(new Main());
        cli.setDefaultValueProvider(new EnvDefaults(env));
        cli.setParameterExceptionHandler(Main::usageError);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("recmerge: internal error: " + e + " (please report it with the command "
                    + "line; RECMERGE_LOG_LEVEL=DEBUG shows more)");
            org.slf4j.LoggerFactory.getLogger(Main.class).debug("internal error", e);
            return 1;
        });
        return cli.execute(args);
    }

    /** Usage errors exit 1 (README.md, exit codes), not picocli's default 2, which means "some outputs failed" here. */
    private static int usageError(CommandLine.ParameterException e, String[] args) {
        PrintWriter err = e.getCommandLine().getErr();
        // Our converters' messages name the option themselves ("--fps must be ..."): no picocli prefix.
        boolean ownMessage = e.getCause() instanceof CommandLine.TypeConversionException t
                && t.getMessage() != null && t.getMessage().startsWith("--");
        err.println("recmerge: " + (ownMessage ? e.getCause().getMessage() : e.getMessage()));
        err.println("Try '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
        return 1;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required: convert, batch, watch, video-convert, inspect, "
                + "profiles (or --help)");
    }
}
