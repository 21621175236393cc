package io.recmerge.convert;

import io.recmerge.cloud.CloudName;
import io.recmerge.cloud.CloudRecording;
import io.recmerge.cloud.CloudTrack;
import io.recmerge.cloud.TrackType;
import io.recmerge.diag.Code;
import io.recmerge.diag.Diagnostic;
import io.recmerge.plan.PlannedOutput;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * A cloud output made without some slices its playlists name: the recording had those seconds
 * and they are gone, so the output is partial (exit 2), like an on-premise output that lost a
 * file. The finding says which seconds of the recording clock are missing.
 */
final class CloudLosses {

    private CloudLosses() {
    }

    static Optional<Diagnostic> partial(CloudRecording r, PlannedOutput out, List<CloudTrack.Lost> lost) {
        if (lost.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Double> byTrack = new TreeMap<>();
        lost.forEach(l -> byTrack.merge(CloudName.parse(l.name()).map(n -> n.type() == TrackType.MIXED
                ? "audio and video" : n.type().label()).orElse("media"), l.seconds().orElse(0.0), Double::sum));
        String what = byTrack.entrySet().stream().map(e -> String.format(Locale.ROOT, "%.3f s of %s", e.getValue(),
                e.getKey())).collect(Collectors.joining(" and "));
        String spans = lost.stream().map(l -> String.format(Locale.ROOT, "%.3f-%.3f s (%s)", r.seconds(l.utc()),
                r.seconds(l.end()), l.name())).collect(Collectors.joining(", "));
        return Optional.of(Diagnostic.of(Code.OUTPUT_PARTIAL, String.format(Locale.ROOT,
                "%s is made without %s the recording had: %s of the recording clock are missing or empty slices; "
                        + "the rest is placed by its UTC, in sync after the hole", out.fileName(), what, spans))
                .uid(out.uid()).file(out.fileName()).build());
    }
}
