package io.recmerge.testkit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Renders the metadata file of one user session (docs/input-format.md): one event a line, in time order. */
final class MetadataWriter {

    private record Event(double time, int seq, String file, String rest) {
        String line() {
            return Times.format3(time) + " " + file + " " + rest;
        }
    }

    private MetadataWriter() {
    }

    /** The whole file, newline-terminated lines. */
    static String render(UserSessionSpec user) {
        List<Event> events = new ArrayList<>();
        user.audio().forEach(a -> addAudio(events, a));
        user.video().forEach(v -> addVideo(events, v));
        // Stable order: by time, then in the order added (create < info < rotate < close per file).
        events.sort(Comparator.comparingDouble(Event::time).thenComparingInt(Event::seq));
        StringBuilder sb = new StringBuilder();
        events.forEach(e -> sb.append(e.line()).append('\n'));
        user.extraMetadataLines().forEach(l -> sb.append(l).append('\n'));
        return sb.toString();
    }

    private static void addAudio(List<Event> events, AudioSpec a) {
        add(events, a.create(), a.fileName(), "create");
        add(events, a.create(), a.fileName(), "info channels=" + a.channels());
        add(events, a.close(), a.fileName(), "close");
    }

    private static void addVideo(List<Event> events, VideoSpec v) {
        List<RotationSpan> spans = v.rotationSpans();
        add(events, v.create(), v.fileName(), "create");
        add(events, v.info(), v.fileName(), "info width=" + v.width() + " height=" + v.height()
                + " rotation=" + spans.get(0).degrees());
        for (RotationSpan s : spans.subList(1, spans.size())) {
            add(events, s.start(), v.fileName(), "rotate rotation=" + s.degrees());
        }
        // A TS file is what a crashed recorder leaves behind: it never wrote the close line.
        if (v.container() != Container.TS_H264) {
            add(events, v.close(), v.fileName(), "close");
        }
    }

    private static void add(List<Event> events, double time, String file, String rest) {
        events.add(new Event(Times.ms(time), events.size(), file, rest));
    }
}
