package io.recmerge.engine;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.bytedeco.javacpp.Loader;

/**
 * Finds the ffmpeg to run: an explicit override ({@code --ffmpeg PATH} or {@code RECMERGE_FFMPEG}),
 * else the bytedeco GPL build that Maven resolved, extracted by JavaCPP into its cache.
 */
public final class EngineLocator {

    public static final String ENV_OVERRIDE = "RECMERGE_FFMPEG";
    static final String LIBPULSE_HINT =
            "the bundled ffmpeg needs the system library libpulse.so.0; install it with: "
                    + "sudo apt-get install -y libpulse0 (or point --ffmpeg / RECMERGE_FFMPEG at another ffmpeg)";

    private EngineLocator() {
    }

    public static Engine locate(Optional<Path> cliOverride, Map<String, String> env)
            throws EngineUnavailableException {
        if (cliOverride.isPresent()) {
            return fromOverride(cliOverride.get(), "--ffmpeg");
        }
        String fromEnv = env.get(ENV_OVERRIDE);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return fromOverride(Path.of(fromEnv), ENV_OVERRIDE);
        }
        return bundled(env);
    }

    static Engine fromOverride(Path ffmpeg, String origin) throws EngineUnavailableException {
        if (!Files.isExecutable(ffmpeg) || Files.isDirectory(ffmpeg)) {
            throw new EngineUnavailableException(origin + " " + ffmpeg + " is not an executable file");
        }
        Path ffprobe = ffmpeg.resolveSibling(ffmpeg.getFileName().toString().replace("ffmpeg", "ffprobe"));
        if (!Files.isExecutable(ffprobe) || ffprobe.equals(ffmpeg)) {
            throw new EngineUnavailableException(origin + " " + ffmpeg + " cannot be used: recmerge also needs "
                    + "the ffprobe of the same installation, and " + whyNoFfprobe(ffmpeg, ffprobe));
        }
        // Builds that ship their libraries beside the executables (like the bundled one) need the
        // same library path; for a system ffmpeg the extra entry is harmless.
        return new Engine(ffmpeg, ffprobe, libraryPath(ffmpeg.toAbsolutePath().getParent(), System.getenv()), origin);
    }

    /** In user words: the ffprobe is found by name beside the ffmpeg, so say which part failed. */
    private static String whyNoFfprobe(Path ffmpeg, Path ffprobe) {
        if (ffprobe.equals(ffmpeg)) {
            return "the name '" + ffmpeg.getFileName() + "' does not contain 'ffmpeg', so there is no ffprobe name to "
                    + "look for beside it (give the path of a file named like ffmpeg)";
        }
        return Files.exists(ffprobe) ? ffprobe + " is not executable" : "there is no " + ffprobe + " beside it";
    }

    static Engine bundled(Map<String, String> env) throws EngineUnavailableException {
        Optional<Path> extracted = ExtractedEngine.ffmpeg();
        if (extracted.isPresent()) {
            Path ffmpeg = extracted.get();
            return new Engine(ffmpeg, ffmpeg.resolveSibling("ffprobe"), libraryPath(ffmpeg.getParent(), env), "bundled");
        }
        try {
            Path ffmpeg = Path.of(Loader.load(org.bytedeco.ffmpeg.ffmpeg.class));
            // The first load extracts only ffmpeg; ffprobe needs its own call (docs/ffmpeg.md).
            Path ffprobe = Path.of(Loader.load(org.bytedeco.ffmpeg.ffprobe.class));
            return new Engine(ffmpeg, ffprobe, libraryPath(ffmpeg.getParent(), env), "bundled");
        } catch (Throwable e) { // UnsatisfiedLinkError and friends: JavaCPP reports them as Errors.
            throw new EngineUnavailableException(explain(e));
        }
    }

    /**
     * The executables carry RUNPATH $ORIGIN, but RUNPATH is not inherited: libavutil's own
     * dependencies (libva, libdrm, shipped in the same folder) are not found on a machine without
     * those system packages. Putting the folder on LD_LIBRARY_PATH for the subprocess fixes that.
     */
    static Map<String, String> libraryPath(Path dir, Map<String, String> env) {
        String old = env.getOrDefault("LD_LIBRARY_PATH", "");
        return Map.of("LD_LIBRARY_PATH", old.isEmpty() ? dir.toString() : dir + ":" + old);
    }

    /** Turns a native-loading failure into one line; libpulse is the usual culprit on servers. */
    static String explain(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage());
            if (message.contains("libpulse")) {
                return LIBPULSE_HINT;
            }
        }
        return "the bundled ffmpeg could not be loaded (" + e.getClass().getSimpleName() + ": "
                + e.getMessage() + "); use --ffmpeg PATH or RECMERGE_FFMPEG to run another ffmpeg";
    }
}
