package io.recmerge.cli;

import io.recmerge.convert.Toolkit;
import io.recmerge.engine.Engine;
import io.recmerge.engine.EngineLocator;
import io.recmerge.engine.EngineUnavailableException;
import io.recmerge.profile.ProfileCatalog;
import io.recmerge.profile.ProfileException;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/** {@code --ffmpeg PATH}: shared by the commands that run ffmpeg. */
final class EngineOptions {

    @Option(names = "--ffmpeg", paramLabel = "PATH",
            description = "Use this ffmpeg (ffprobe must sit beside it) instead of the bundled one. "
                    + "Also: RECMERGE_FFMPEG.")
    Path ffmpeg;

    /** The toolkit, or empty after saying on {@code err} in one line why there is none (then exit 1). */
    Optional<Toolkit> toolkitOrSay(java.io.PrintStream err) {
        try {
            return Optional.of(toolkit());
        } catch (EngineUnavailableException | ProfileException e) {
            err.println("recmerge: " + e.getMessage());
            return Optional.empty();
        }
    }

    /** Set-up errors (no usable ffmpeg, broken profiles) surface as one line, exit 1. */
    Toolkit toolkit() throws EngineUnavailableException, ProfileException {
        Engine engine = EngineLocator.locate(Optional.ofNullable(ffmpeg), System.getenv());
        return Toolkit.create(engine, ProfileCatalog.load());
    }
}
