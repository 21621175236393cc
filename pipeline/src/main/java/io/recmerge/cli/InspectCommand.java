package io.recmerge.cli;

import io.recmerge.convert.Toolkit;
import io.recmerge.discover.SessionFolder;
import io.recmerge.discover.SessionScanner;
import io.recmerge.discover.SessionStatus;
import io.recmerge.engine.EngineUnavailableException;
import io.recmerge.plan.PlanRequest;
import io.recmerge.profile.Profile;
import io.recmerge.profile.ProfileCatalog;
import io.recmerge.profile.ProfileException;
import io.recmerge.inspect.Inspection;
import io.recmerge.report.Json;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code recmerge inspect SESSION_DIR [--json]}: what recmerge sees in a folder; converts nothing. */
@Command(name = "inspect", mixinStandardHelpOptions = true,
        description = "Show a session folder's users, files, timing and problems without converting anything.")
final class InspectCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "SESSION_DIR")
    Path sessionDir;

    @Option(names = "--json", description = "Print JSON on stdout instead of text.")
    boolean json;

    @Mixin
    EngineOptions engine;

    @Override
    public Integer call() {
        try {
            Toolkit tools = engine.toolkit();
            SessionFolder folder = SessionScanner.scan(sessionDir);
            Profile profile = tools.profiles().resolve(ProfileCatalog.DEFAULT);
            PlanRequest request = PlanRequest.defaults(profile, tools.profiles().audioOnly(profile),
                    sessionDir.resolve("converted").toAbsolutePath());
            Inspection inspection = Inspection.of(folder, SessionStatus.of(folder), tools.planner().plan(folder, request));
            System.out.print(json ? Json.write(inspection) : InspectText.render(inspection));
            return 0;
        } catch (EngineUnavailableException | ProfileException | IOException e) {
            System.err.println("recmerge: " + e.getMessage());
            return 1;
        }
    }
}
