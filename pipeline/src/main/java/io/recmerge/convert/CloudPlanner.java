package io.recmerge.convert;

import io.recmerge.cloud.CloudRecording;
import io.recmerge.cloud.CloudScanner;
import io.recmerge.cloud.CloudSessions;
import io.recmerge.cloud.CloudTrack;
import io.recmerge.cloud.TimestampCheck;
import io.recmerge.cloud.CloudWork;
import io.recmerge.diag.Code;
import io.recmerge.diag.Diagnostic;
import io.recmerge.discover.SessionFolder;
import io.recmerge.plan.LeadingBlank;
import io.recmerge.plan.PlanRequest;
import io.recmerge.plan.PlannedOutput;
import io.recmerge.plan.UserTimeline;
import io.recmerge.probe.MediaInventory;
import io.recmerge.probe.SilenceProbe;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The plan stage for an Agora Cloud Recording folder: its recordings read by {@link CloudScanner},
 * each user's segments (or, in uid modes, the whole user) as synthesized user sessions on the
 * recording's UTC clock, whose joined slices are probed, placed and planned like on-premise files.
 */
final class CloudPlanner {

    private final MediaInventory inventory;
    private final SilenceProbe silence;

    CloudPlanner(MediaInventory inventory, SilenceProbe silence) {
        this.inventory = inventory;
        this.silence = silence;
    }

    SessionPlanner.SessionPlan plan(SessionFolder folder, PlanRequest request) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        List<SessionPlanner.UserPlan> users = new ArrayList<>();
        java.util.Set<java.time.Instant> zeros = new java.util.TreeSet<>();
        try {
            for (CloudRecording r : CloudScanner.scan(folder.dir())) {
                if (!request.select().selectsRecording(r.key())) {
                    continue; // batch: a folder holding several recordings is converted one recording at a time
                }
                diagnostics.addAll(r.diagnostics());
                zeros.add(r.zero());
                for (CloudRecording.User u : r.users()) {
                    if (!request.select().selects(u.uid().isEmpty() ? "0" : u.uid())) {
                        continue; // --uid: other users' slices are not even joined
                    }
                    for (CloudTrack t : u.tracks()) {
                        diagnostics.addAll(TimestampCheck.of(t));
                    }
                    for (CloudSessions.Session s : CloudSessions.of(r, u, request.mode(),
                            CloudWork.folder(request.outputDir()))) {
                        users.add(user(r, s, request, diagnostics));
                    }
                }
            }
        } catch (IOException e) {
            diagnostics.add(Diagnostic.of(Code.INTERNAL_ERROR, "cannot read or join the cloud slices of "
                    + folder.dir() + ": " + OutputFolder.cause(e)).build());
        }
        // Outputs of several recordings are each on their own recording's clock: no one zero for the session.
        return new SessionPlanner.SessionPlan(users, diagnostics,
                zeros.size() == 1 ? Optional.of(zeros.iterator().next()) : Optional.empty());
    }

    private SessionPlanner.UserPlan user(CloudRecording r, CloudSessions.Session s, PlanRequest request,
                                         List<Diagnostic> diagnostics) {
        diagnostics.addAll(s.diagnostics());
        MediaInventory.Inventory found = inventory.take(s.work(), s.metadata());
        diagnostics.addAll(found.diagnostics());
        UserTimeline timeline = Guarded.timeline(found.metadata(), found.facts(), diagnostics);
        diagnostics.addAll(timeline.diagnostics());
        if (request.leadingBlank() == LeadingBlank.AUTO) {
            timeline = AudibleStarts.annotate(timeline, silence);
        }
        Optional<PlannedOutput> output = Guarded.plan(timeline, request, diagnostics);
        if (output.isEmpty()) {
            diagnostics.add(Diagnostic.of(Code.NOTHING_TO_CONVERT, timeline.baseName() + ": no usable "
                    + request.mode().needs() + " slice").uid(timeline.uid()).build());
        }
        output.flatMap(o -> CloudLosses.partial(r, o, s.lost())).ifPresent(diagnostics::add);
        // The plan's metadata names the lost slices too, so the output is known to be partial without them.
        return new SessionPlanner.UserPlan(s.withLost(), timeline, output);
    }
}
