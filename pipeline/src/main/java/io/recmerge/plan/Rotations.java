package io.recmerge.plan;

import io.recmerge.metadata.MetadataEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/** Turns a video's initial rotation and its {@code rotate} events into spans covering [start, end). */
final class Rotations {

    private Rotations() {
    }

    /**
     * @param infoRotation the rotation the {@code info} line (written with the first frame) states;
     *                     when it states one, earlier rotate events are history, else the last of
     *                     them holds from the first frame on
     */
    static List<RotationSpan> spans(double start, double end, OptionalInt infoRotation,
                                    List<MetadataEvent.Rotate> events) {
        List<RotationSpan> spans = new ArrayList<>();
        double spanStart = start;
        int current = infoRotation.orElse(0);
        for (MetadataEvent.Rotate r : events) {
            if (r.time() < start && infoRotation.isPresent()) {
                continue;
            }
            if (r.time() <= spanStart) {
                current = r.degrees(); // before the first frame, or at the same time as the last turn: it wins
            } else if (r.time() < end && r.degrees() != current) {
                spans.add(new RotationSpan(spanStart, r.time(), current));
                spanStart = r.time();
                current = r.degrees();
            }
        }
        spans.add(new RotationSpan(spanStart, end, current));
        return spans;
    }
}
