package io.recmerge.plan;

import io.recmerge.metadata.MetadataEvent;
import java.util.ArrayList;
import java.util.List;

/** Turns a video's initial rotation and its {@code rotate} events into spans covering [start, end). */
final class Rotations {

    private Rotations() {
    }

    static List<RotationSpan> spans(double start, double end, int initial, List<MetadataEvent.Rotate> events) {
        List<RotationSpan> spans = new ArrayList<>();
        double spanStart = start;
        int current = initial;
        for (MetadataEvent.Rotate r : events) {
            if (r.time() < start) {
                continue; // the info line at the first frame states the rotation from there on
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
