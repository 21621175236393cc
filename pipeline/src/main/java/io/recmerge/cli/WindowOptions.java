package io.recmerge.cli;

import io.recmerge.plan.Interval;
import java.util.Locale;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * A stretch of session time (seconds on the metadata file's clock; in uid modes on the first
 * session's): {@code --from}/{@code --to} or {@code --start}/{@code --duration} (the SDK script's
 * {@code -b}/{@code -t}).
 */
final class WindowOptions {

    @Option(names = {"--from", "--start"}, paramLabel = "SECONDS", description = "Start at this session time.")
    Double from;

    @Option(names = "--to", paramLabel = "SECONDS", description = "End at this session time.")
    Double to;

    @Option(names = "--duration", paramLabel = "SECONDS", description = "End this long after --from/--start.")
    Double duration;

    Optional<String> problem() {
        if (to != null && duration != null) {
            return Optional.of("--to and --duration both give the end of the window; use one");
        }
        for (Double v : new Double[] {from, to, duration}) {
            if (v != null && (v.isNaN() || v.isInfinite() || v < 0)) {
                return Optional.of("a time window value must be a number of seconds >= 0, got " + v);
            }
        }
        Optional<Interval> w = interval();
        if (w.isPresent() && !(w.get().end() > w.get().start())) {
            return Optional.of(String.format(Locale.ROOT, "the time window %.3f..%.3f s is empty",
                    w.get().start(), w.get().end()));
        }
        return Optional.empty();
    }

    /** Empty without any window option; an open end is the end of the session. */
    Optional<Interval> interval() {
        if (from == null && to == null && duration == null) {
            return Optional.empty();
        }
        double start = from == null ? 0 : from;
        double end = to != null ? to : duration != null ? start + duration : Double.MAX_VALUE;
        return end >= start ? Optional.of(new Interval(start, end)) : Optional.of(new Interval(start, start));
    }
}
