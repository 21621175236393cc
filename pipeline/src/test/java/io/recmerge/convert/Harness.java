package io.recmerge.convert;

import io.recmerge.engine.EngineLocator;
import io.recmerge.engine.EngineUnavailableException;
import io.recmerge.profile.ProfileCatalog;
import io.recmerge.profile.ProfileException;
import io.recmerge.report.SessionResult;
import java.nio.file.Path;
import java.util.Optional;

/** Runs the real pipeline (bundled ffmpeg) in-process on a folder. */
final class Harness {

    private static Toolkit tools;

    private Harness() {
    }

    static synchronized Toolkit tools() throws EngineUnavailableException, ProfileException {
        if (tools == null) {
            tools = Toolkit.create(EngineLocator.locate(Optional.empty(), System.getenv()), ProfileCatalog.load());
        }
        return tools;
    }

    static ConvertSettings settings(Path out) {
        return ConvertSettings.defaults().withOutputDir(out);
    }

    /** A fresh conversion (never skipped as unchanged), manifest.json and convert-done.txt included. */
    static SessionResult convert(Path session, ConvertSettings settings) throws Exception {
        SessionRun run = new SessionConverter(tools(), ConvertListener.NONE).run(session,
                settings.withResume(ConvertSettings.Resume.NEVER), "test");
        return ((SessionRun.Converted) run).result();
    }

    static SessionResult convert(Path session, Path out) throws Exception {
        return convert(session, settings(out));
    }
}
