package io.recmerge.convert;

import io.recmerge.plan.OutputNames;
import io.recmerge.plan.PlanRequest;
import io.recmerge.plan.PlannedOutput;
import io.recmerge.profile.Profile;
import java.util.ArrayList;
import java.util.Optional;

/**
 * A stream copy (also an audio track copied beside a re-encoded video) carries a damaged source's
 * broken packets into the output, which then fails verification (a player would stumble over them
 * too), and the user would lose the whole output, good audio included. A transcode lets the decoder
 * conceal what it cannot read. So an output that was to be copied and failed is planned once more,
 * from the same timeline, with copying off.
 */
final class CopyFallback {

    private CopyFallback() {
    }

    static Optional<PlannedOutput> transcoded(PlannedOutput failed, SessionPlanner.SessionPlan plan,
                                              PlanRequest request) {
        if (!failed.plan().copiesPackets()) {
            return Optional.empty();
        }
        PlanRequest stripped = request.withProfiles(withoutCopy(request.profile()),
                withoutCopy(request.audioOnlyProfile()));
        PlanRequest noCopy = request.extras().name().isEmpty() ? stripped // else the name this output was given
                : stripped.withExtras(stripped.extras().withName(OutputNames.stem(failed.fileName())));
        return plan.users().stream().filter(u -> u.output().filter(o -> o == failed).isPresent()).findFirst()
                .flatMap(u -> Guarded.plan(u.timeline(), noCopy, new ArrayList<>()))
                .filter(again -> again.fileName().equals(failed.fileName()));
    }

    private static Profile withoutCopy(Profile p) {
        return new Profile(p.name(), p.description(), p.container(), p.extension(), false, p.audioOnlyProfile(),
                p.video(), p.audio(), p.muxerOptions());
    }
}
