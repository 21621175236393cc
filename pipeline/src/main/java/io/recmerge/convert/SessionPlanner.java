package io.recmerge.convert;

import io.recmerge.diag.Code;
import io.recmerge.diag.Diagnostic;
import io.recmerge.discover.SessionFolder;
import io.recmerge.metadata.MetadataFile;
import io.recmerge.metadata.MetadataParser;
import io.recmerge.plan.PlanRequest;
import io.recmerge.plan.PlannedOutput;
import io.recmerge.plan.Planner;
import io.recmerge.plan.TimelineBuilder;
import io.recmerge.plan.UserTimeline;
import io.recmerge.probe.MediaInventory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Metadata, probe and plan for every user session of a folder; shared by convert and inspect. */
public final class SessionPlanner {

    private final MediaInventory inventory;

    public SessionPlanner(MediaInventory inventory) {
        this.inventory = inventory;
    }

    /** One user session: its parsed metadata, its timeline, and its output when there is one. */
    public record UserPlan(MetadataFile metadata, UserTimeline timeline, Optional<PlannedOutput> output) { }

    /** @param diagnostics everything found, in folder order (metadata, media, timeline, planning) */
    public record SessionPlan(List<UserPlan> users, List<Diagnostic> diagnostics) {
        public SessionPlan {
            users = List.copyOf(users);
            diagnostics = List.copyOf(diagnostics);
        }

        public List<PlannedOutput> outputs() {
            return users.stream().flatMap(u -> u.output().stream()).toList();
        }
    }

    public SessionPlan plan(SessionFolder folder, PlanRequest request) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        if (folder.metadataFiles().isEmpty()) {
            diagnostics.add(Diagnostic.of(Code.NO_METADATA, "no uid_*.txt files in " + folder.dir()).build());
        }
        List<UserPlan> users = new ArrayList<>();
        for (Path file : folder.metadataFiles()) {
            MetadataFile meta = MetadataParser.parse(file);
            MediaInventory.Inventory found = inventory.take(folder.dir(), meta);
            diagnostics.addAll(found.diagnostics());
            UserTimeline timeline = TimelineBuilder.build(meta, found.facts());
            diagnostics.addAll(timeline.diagnostics());
            Optional<PlannedOutput> output = timeline.isEmpty() ? Optional.empty() : Planner.plan(timeline, request);
            if (output.isEmpty()) {
                diagnostics.add(Diagnostic.of(Code.NOTHING_TO_CONVERT, meta.baseName() + ": no usable audio or "
                        + "video file").uid(meta.uid()).file(file.getFileName().toString()).build());
            }
            users.add(new UserPlan(meta, timeline, output));
        }
        return new SessionPlan(users, diagnostics);
    }
}
