package io.recmerge.convert;

import io.recmerge.cloud.CloudScanner;
import io.recmerge.diag.Code;
import io.recmerge.diag.Diagnostic;
import io.recmerge.discover.SessionFolder;
import io.recmerge.metadata.MetadataFile;
import io.recmerge.metadata.MetadataParser;
import io.recmerge.plan.LeadingBlank;
import io.recmerge.plan.PlanRequest;
import io.recmerge.plan.PlannedOutput;
import io.recmerge.plan.UidMerge;
import io.recmerge.plan.UserTimeline;
import io.recmerge.probe.MediaInventory;
import io.recmerge.probe.SilenceProbe;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Metadata, probe and plan for every user session of a folder; shared by convert and inspect. */
public final class SessionPlanner {

    private final MediaInventory inventory;
    private final SilenceProbe silence;

    public SessionPlanner(MediaInventory inventory, SilenceProbe silence) {
        this.inventory = inventory;
        this.silence = silence;
    }

    /**
     * One output's worth of user sessions: its parsed metadata (the first one in uid modes), its
     * timeline, and its output when there is one.
     */
    public record UserPlan(MetadataFile metadata, UserTimeline timeline, Optional<PlannedOutput> output) { }

    /**
     * @param diagnostics everything found, in folder order (metadata, media, timeline, planning)
     * @param clockZero for cloud input, the UTC of the session clock's zero
     */
    public record SessionPlan(List<UserPlan> users, List<Diagnostic> diagnostics,
                              Optional<java.time.Instant> clockZero) {
        public SessionPlan {
            users = List.copyOf(users);
            diagnostics = List.copyOf(diagnostics);
            java.util.Objects.requireNonNull(clockZero, "clockZero");
        }

        public SessionPlan(List<UserPlan> users, List<Diagnostic> diagnostics) {
            this(users, diagnostics, Optional.empty());
        }

        public List<PlannedOutput> outputs() {
            return users.stream().flatMap(u -> u.output().stream()).toList();
        }
    }

    public SessionPlan plan(SessionFolder folder, PlanRequest request) {
        return plan(folder, request, ConvertListener.NONE);
    }

    /** @param listener hears each user session read and probed, for a progress line from the first second */
    public SessionPlan plan(SessionFolder folder, PlanRequest request, ConvertListener listener) {
        if (folder.metadataFiles().isEmpty() && CloudScanner.isCloudFolder(folder.dir())) {
            return new CloudPlanner(inventory, silence).plan(folder, request); // cloud input
        }
        List<Diagnostic> diagnostics = new ArrayList<>(folder.skipped());
        if (folder.metadataFiles().isEmpty()) {
            diagnostics.add(Diagnostic.of(Code.NO_METADATA, "no uid_*.txt files in " + folder.dir()).build());
        }
        Map<UserTimeline, MetadataFile> sessions = new LinkedHashMap<>();
        List<MetadataFile> parsed = folder.metadataFiles().stream().map(MetadataParser::parse).toList();
        diagnostics.addAll(Selections.unknownUids(parsed, request.select()));
        int read = 0;
        for (MetadataFile meta : parsed) {
            listener.probing(++read, parsed.size(), meta.path().getFileName().toString());
            NothingUsable.of(meta).ifPresent(diagnostics::add);
            if (!request.select().selects(meta.uid())) {
                continue; // --uid: other users' files are not even probed
            }
            MediaInventory.Inventory found = inventory.take(folder.dir(), meta);
            diagnostics.addAll(found.diagnostics());
            UserTimeline timeline = Guarded.timeline(found.metadata(), found.facts(), diagnostics);
            diagnostics.addAll(timeline.diagnostics());
            if (request.leadingBlank() == LeadingBlank.AUTO) {
                timeline = AudibleStarts.annotate(timeline, silence);
            }
            sessions.put(timeline, found.metadata());
        }
        List<UserTimeline> timelines = request.mode().mergesUid()
                ? UidMerge.byUid(sessions.keySet().stream()
                        .filter(t -> Guarded.plausibleSession(t, request, diagnostics)).toList())
                : List.copyOf(sessions.keySet());
        List<UserPlan> users = new ArrayList<>();
        InPlaceGuard guard = InPlaceGuard.of(folder.dir(), request.outputDir());
        for (int i = 0; i < timelines.size(); i++) {
            UserTimeline timeline = timelines.get(i);
            MetadataFile meta = metadataOf(timeline, sessions);
            String metaName = meta.path().getFileName().toString();
            Optional<PlannedOutput> output = Guarded.plan(timeline, Selections.named(request, i, timelines.size()),
                    diagnostics);
            Optional<Diagnostic> taken = output.flatMap(o -> guard.refusal(o, metaName));
            taken.ifPresent(diagnostics::add);
            output = taken.isPresent() ? Optional.empty() : output;
            if (output.isEmpty() && taken.isEmpty() && request.select().window().isPresent() && !timeline.isEmpty()) {
                diagnostics.add(Selections.nothingInWindow(timeline, request.select(), metaName));
            } else if (output.isEmpty() && taken.isEmpty()) {
                diagnostics.add(Diagnostic.of(Code.NOTHING_TO_CONVERT, timeline.baseName() + ": no usable "
                        + request.mode().needs() + " file"
                        + (request.mode().mergesUid() ? " for --mode " + request.mode().label() : ""))
                        .uid(timeline.uid()).file(metaName).build());
            }
            users.add(new UserPlan(meta, timeline, output));
        }
        diagnostics.addAll(SessionFindings.of(folder, users, diagnostics));
        return new SessionPlan(users, diagnostics);
    }

    /** A merged timeline keeps its first session's base name; find that session's metadata. */
    private static MetadataFile metadataOf(UserTimeline timeline, Map<UserTimeline, MetadataFile> sessions) {
        return sessions.entrySet().stream().filter(e -> e.getKey().baseName().equals(timeline.baseName()))
                .map(Map.Entry::getValue).findFirst().orElseThrow();
    }
}
