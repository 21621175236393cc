package io.recmerge.cli;

import io.recmerge.cloud.CloudScanner;
import io.recmerge.convert.Toolkit;
import io.recmerge.discover.SessionFolder;
import io.recmerge.discover.SessionScanner;
import io.recmerge.discover.SessionStatus;
import io.recmerge.engine.EngineUnavailableException;
import io.recmerge.inspect.CloudInspection;
import io.recmerge.inspect.CloudInspector;
import io.recmerge.inspect.CloudPage;
import io.recmerge.inspect.ConvertedPage;
import io.recmerge.inspect.HtmlPage;
import io.recmerge.inspect.Inspection;
import io.recmerge.inspect.SessionPage;
import io.recmerge.inspect.Thumbnails;
import io.recmerge.plan.PlanRequest;
import io.recmerge.profile.Profile;
import io.recmerge.profile.ProfileCatalog;
import io.recmerge.profile.ProfileException;
import io.recmerge.report.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code recmerge inspect SESSION_DIR [--json | --html [FILE]]}: what recmerge sees in a folder (an
 * on-premise session or an Agora Cloud Recording folder); converts nothing. For a converted folder (one holding manifest.json and no metadata), the HTML
 * page shows its outputs instead.
 */
@Command(name = "inspect", mixinStandardHelpOptions = true,
        description = "Show a session folder's (or an Agora Cloud Recording folder's) users, files, timing and "
                + "problems without converting anything.")
final class InspectCommand implements Callable<Integer> {

    static final String DEFAULT_HTML = "inspect.html";

    @Parameters(index = "0", paramLabel = "SESSION_DIR")
    Path sessionDir;

    @ArgGroup(exclusive = true)
    Format format = new Format();

    static final class Format {
        @Option(names = "--json", description = "Print JSON on stdout instead of text.")
        boolean json;

        @Option(names = "--html", arity = "0..1", paramLabel = "FILE", fallbackValue = DEFAULT_HTML,
                description = "Write a self-contained HTML page (timelines, stills, problems) to FILE "
                        + "(default: " + DEFAULT_HTML + " in the current directory) and print its path.")
        Path html;
    }

    @Mixin
    EngineOptions engine;

    @Override
    public Integer call() {
        try {
            Toolkit tools = engine.toolkit();
            SessionFolder folder = SessionScanner.scan(sessionDir);
            if (format.html != null && folder.metadataFiles().isEmpty() && ConvertedPage.isConvertedFolder(sessionDir)) {
                return write(HtmlPage.render(ConvertedPage.of(sessionDir, new Thumbnails(tools.runner())::still)));
            }
            Profile profile = tools.profiles().resolve(ProfileCatalog.DEFAULT);
            if (folder.metadataFiles().isEmpty() && CloudScanner.isCloudFolder(sessionDir)) {
                return cloud(tools, profile);
            }
            PlanRequest request = PlanRequest.defaults(profile, tools.profiles().audioOnly(profile),
                    sessionDir.resolve("converted").toAbsolutePath());
            Inspection inspection = Inspection.of(folder, SessionStatus.of(folder), tools.planner().plan(folder, request));
            if (format.html != null) {
                return write(HtmlPage.render(SessionPage.of(inspection, new Thumbnails(tools.runner())::still)));
            }
            System.out.print(format.json ? Json.write(inspection) : InspectText.render(inspection));
            return 0;
        } catch (EngineUnavailableException | ProfileException | IOException e) {
            System.err.println("recmerge: " + e.getMessage());
            return 1;
        }
    }

    /** An Agora Cloud Recording folder: planned as convert would, explained per recording and track. */
    private int cloud(Toolkit tools, Profile profile) throws IOException, ProfileException {
        CloudInspection inspection = CloudInspector.inspect(sessionDir, tools.planner(), profile,
                tools.profiles().audioOnly(profile));
        if (format.html != null) {
            return write(HtmlPage.render(CloudPage.of(inspection)));
        }
        System.out.print(format.json ? Json.write(inspection) : CloudInspectText.render(inspection));
        return 0;
    }

    /** Written beside its name and renamed: a page is never half there. */
    private int write(String html) throws IOException {
        Path target = format.html.toAbsolutePath();
        if (Files.isDirectory(target)) {
            throw new IOException("--html " + format.html + " is a folder; name the page's file, e.g. "
                    + format.html.resolve(DEFAULT_HTML));
        }
        if (!Files.isDirectory(target.getParent())) {
            throw new IOException("--html " + format.html + ": the folder " + target.getParent() + " does not exist");
        }
        Path temp = target.resolveSibling("." + target.getFileName() + ".partial");
        Files.writeString(temp, html, StandardCharsets.UTF_8);
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        System.out.println(format.html);
        return 0;
    }
}
