package io.recmerge.verify;

import io.recmerge.plan.PlannedOutput;
import io.recmerge.probe.MediaFacts;
import io.recmerge.probe.StreamFacts;
import io.recmerge.profile.Profile;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Pure checks of probe facts against the plan; each failure states the check and the values. */
final class StreamChecks {

    /** Slack for float rounding and container time bases (1 ms). */
    private static final double EPSILON = 0.001;

    private StreamChecks() {
    }

    static List<String> check(PlannedOutput out, MediaFacts facts) {
        List<String> failures = new ArrayList<>();
        Optional<StreamFacts> video = facts.firstVideo();
        Optional<StreamFacts> audio = facts.firstAudio();
        Profile p = out.profile();
        if (out.kind().hasVideo()) {
            video.ifPresentOrElse(v -> checkVideo(v, p, failures), () -> failures.add("no video stream"));
        }
        if (out.kind().hasAudio()) {
            audio.ifPresentOrElse(a -> checkAudio(a, p, failures), () -> failures.add("no audio stream"));
        }
        // One output frame; in MPEG-TS one AAC frame more (no edit list hides the encoder priming there).
        double frame = 1.0 / out.fps().orElse(15.0) + (facts.formatIs("mpegts") ? TsTimeline.AAC_FRAME : 0);
        if (video.isPresent() && audio.isPresent() && video.get().end().isPresent() && audio.get().end().isPresent()) {
            double v = video.get().end().getAsDouble();
            double a = audio.get().end().getAsDouble();
            if (Math.abs(v - a) > frame + EPSILON) {
                failures.add(fmt("audio ends at %.3f s, video at %.3f s: they differ by %.3f s > one frame %.3f s",
                        a, v, Math.abs(v - a), frame));
            }
        }
        double total = facts.duration().orElse(0);
        if (Math.abs(total - out.duration()) > frame + EPSILON) {
            failures.add(fmt("duration %.3f s != %.3f s ± %.3f", total, out.duration(), frame));
        }
        return failures;
    }

    private static void checkVideo(StreamFacts v, Profile p, List<String> failures) {
        Profile.VideoCodec want = p.video().orElseThrow();
        expect(failures, "video codec", v.codec(), want.codec());
        expect(failures, "pixel format", v.pixelFormat().orElse("none"), want.pixelFormat());
        if (v.width() % 2 != 0 || v.height() % 2 != 0 || v.width() <= 0) {
            failures.add("video size " + v.width() + "x" + v.height() + " is not even");
        }
    }

    private static void checkAudio(StreamFacts a, Profile p, List<String> failures) {
        Profile.AudioCodec want = p.audio().orElseThrow();
        expect(failures, "audio codec", a.codec(), want.codec());
        if ("aac".equals(want.codec())) {
            expect(failures, "AAC profile", a.profile().orElse("none"), "LC");
        }
    }

    private static void expect(List<String> failures, String what, String actual, String wanted) {
        if (!actual.equals(wanted)) {
            failures.add(what + " " + actual + " != " + wanted);
        }
    }

    static OutputFacts facts(MediaFacts f) {
        Optional<OutputFacts.Video> video = f.firstVideo().map(v -> new OutputFacts.Video(v.codec(), v.width(),
                v.height(), v.frameRate().orElse(0), v.pixelFormat().orElse(""), v.displayRotation().orElse(0)));
        Optional<OutputFacts.Audio> audio = f.firstAudio().map(a -> new OutputFacts.Audio(a.codec(),
                a.profile().orElse(""), a.sampleRate(), a.channels()));
        return new OutputFacts(f.duration().orElse(0), video, audio);
    }

    private static String fmt(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }
}
