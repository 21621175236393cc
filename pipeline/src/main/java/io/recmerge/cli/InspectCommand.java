package io.recmerge.cli;

import io.recmerge.convert.SessionPlanner;
import io.recmerge.convert.Toolkit;
import io.recmerge.discover.SessionFolder;
import io.recmerge.discover.SessionScanner;
import io.recmerge.engine.EngineUnavailableException;
import io.recmerge.plan.PlanRequest;
import io.recmerge.profile.Profile;
import io.recmerge.profile.ProfileCatalog;
import io.recmerge.profile.ProfileException;
import io.recmerge.report.Inspection;
import io.recmerge.report.Json;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
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
            PlanRequest request = new PlanRequest(profile, tools.profiles().audioOnly(profile),
                    sessionDir.resolve("converted").toAbsolutePath(), OptionalDouble.empty(), Optional.empty());
            Inspection inspection = Inspection.of(folder, new SessionPlanner(tools.inventory()).plan(folder, request));
            System.out.print(json ? Json.write(inspection) : text(inspection));
            return 0;
        } catch (EngineUnavailableException | ProfileException | IOException e) {
            System.err.println("recmerge: " + e.getMessage());
            return 1;
        }
    }

    private static String text(Inspection in) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "session %s: recording %s%n", in.session().name(),
                in.session().recordingDone() ? "finished" : "NOT finished (no recording2-done.txt)"));
        for (Inspection.User u : in.users()) {
            out.append(String.format(Locale.ROOT, "uid %s (%s)%n", u.uid(), u.metadata()));
            u.audio().forEach(p -> out.append(piece("audio", p)));
            u.video().forEach(p -> out.append(piece("video", p)));
            u.videoStartsLateBy().ifPresent(s -> out.append(String.format(Locale.ROOT,
                    "  video starts %.3f s after the audio (the blank lead-in)%n", s)));
            u.output().ifPresent(o -> out.append(String.format(Locale.ROOT, "  -> %s (%s, %s, %.3f s)%n",
                    o.file(), o.kind(), o.strategy(), o.duration())));
        }
        in.diagnostics().forEach(d -> out.append(String.format(Locale.ROOT, "%s %s: %s%n  hint: %s%n",
                d.severity(), d.code(), d.message(), d.hint())));
        return out.toString();
    }

    private static String piece(String kind, Inspection.Piece p) {
        String rotations = p.rotations().size() <= 1 && p.rotations().stream().allMatch(r -> r.degrees() == 0) ? ""
                : " rotations " + p.rotations().stream().map(r -> String.format(Locale.ROOT, "%.3f-%.3f:%d",
                        r.start(), r.end(), r.degrees())).toList();
        return String.format(Locale.ROOT, "  %s %-32s %s %s at %.3f s for %.3f s%s%n", kind, p.file(), p.codec(),
                p.size().orElse(""), p.start(), p.duration(), rotations);
    }
}
