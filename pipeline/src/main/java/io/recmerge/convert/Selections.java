package io.recmerge.convert;

import io.recmerge.diag.Code;
import io.recmerge.diag.Diagnostic;
import io.recmerge.metadata.MetadataFile;
import io.recmerge.plan.PlanRequest;
import io.recmerge.plan.UserTimeline;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** What {@code --uid}, the time window and {@code video-convert -o} mean for one session. */
final class Selections {

    private Selections() {
    }

    /** A warning for each asked-for uid that has no metadata file here. */
    static List<Diagnostic> unknownUids(List<MetadataFile> metadata, PlanRequest.Selection select) {
        Set<String> present = metadata.stream().map(MetadataFile::uid).collect(Collectors.toSet());
        return select.uids().stream().filter(u -> !present.contains(u)).sorted()
                .map(u -> Diagnostic.of(Code.UID_NOT_FOUND, "--uid " + u + ": no uid_" + u + "_*.txt in this session"
                        + " (uids here: " + present.stream().sorted().collect(Collectors.joining(", ")) + ")")
                        .uid(u).build()).toList();
    }

    static Diagnostic nothingInWindow(UserTimeline timeline, PlanRequest.Selection select, String metadataName) {
        var w = select.window().orElseThrow();
        return Diagnostic.of(Code.NOTHING_IN_WINDOW, String.format(Locale.ROOT,
                "%s: no media between %.3f s and %.3f s of the session clock", timeline.baseName(), w.start(), w.end()))
                .uid(timeline.uid()).file(metadataName).build();
    }

    /** The script's {@code -o NAME}: {@code NAME} for a single output, {@code NAME_<i>} when there are several. */
    static PlanRequest named(PlanRequest request, int index, int count) {
        return request.extras().name().filter(n -> count > 1)
                .map(n -> request.withExtras(request.extras().withName(n + "_" + index))).orElse(request);
    }
}
