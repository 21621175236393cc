package io.recmerge.bench;

import io.recmerge.testkit.AudioSpec;
import io.recmerge.testkit.Container;
import io.recmerge.testkit.RotationAt;
import io.recmerge.testkit.SessionSpec;
import io.recmerge.testkit.UserSessionSpec;
import io.recmerge.testkit.VideoSpec;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The benchmark's cases: 20-second one-user sessions (H.264, WebM/VP8), 10-minute 640x360
 * sessions (plain, two rotation changes, a rejoin gap), a batch of two-minute sessions. Every user
 * session looks like a phone's: audio from 0, the video file created at 0.4 s, its first frame
 * ({@code info}) at 0.6 s, 640x360 at 15 fps.
 */
final class Cases {

    static final String UID = "1001";
    static final String STAMP = "20261123101500";
    static final double INFO = 0.6;
    /** SSIM differences below this are noise between two x264 encodes: "equal". */
    static final double SSIM_EQUAL = 0.001;

    private Cases() {
    }

    /** The cases to run; {@code quick}: only the 20-second ones and a batch of 5. */
    static List<BenchCase> build(BenchMedia media, Options o) throws IOException {
        List<BenchCase> cases = new ArrayList<>();
        List<Target> shortTargets = List.of(Target.atMost(Target.Measure.RATIO_REFERENCE, 1.0, "0.5"), jvm());
        cases.add(single(media, o, "short-h264", "20 s, AAC + H.264 MP4", one(20, Container.MP4_H264, List.of()),
                true, o.shortReps(), shortTargets));
        cases.add(single(media, o, "short-webm", "20 s, AAC + VP8 WebM", one(20, Container.WEBM_VP8, List.of()),
                false, o.shortReps(), shortTargets));
        if (!o.quick()) {
            cases.add(single(media, o, "long-copy", "10 min, AAC + H.264 MP4, no rotation",
                    one(600, Container.MP4_H264, List.of()), true, o.longReps(),
                    List.of(Target.atMost(Target.Measure.RATIO_REFERENCE, 0.05, ""),
                            Target.atMost(Target.Measure.RATIO_REMUX, 1.5, ""), jvm())));
            cases.add(single(media, o, "long-rotate", "10 min, rotation 0 / 90 at 200 s / 0 at 400 s",
                    one(600, Container.MP4_H264, List.of(new RotationAt(INFO, 0), new RotationAt(200, 90),
                            new RotationAt(400, 0))), false, o.longReps(),
                    List.of(Target.atMost(Target.Measure.RATIO_REFERENCE, 0.6, ""),
                            Target.atLeast(Target.Measure.SSIM_VS_REFERENCE, -SSIM_EQUAL), jvm())));
            cases.add(single(media, o, "long-rejoin", "10 min, one AAC, video split 290 s / 300 s (10 s gap)",
                    rejoin(), false, o.longReps(), List.of(jvm())));
        }
        // Time linear in the media's length: the copy case at 1 and 60 minutes beside long-copy's 10.
        // Only when named in --only (the 60-minute media take minutes to generate, the reference ~10).
        for (int minutes : new int[] {1, 60}) {
            String name = "linear-" + minutes;
            if (o.named(name)) {
                cases.add(single(media, o, name, minutes + " min, AAC + H.264 MP4, no rotation",
                        one(minutes * 60, Container.MP4_H264, List.of()), true, o.longReps(), List.of(jvm())));
            }
        }
        int n = o.quick() ? 5 : 20;
        UserSessionSpec two = one(120, Container.MP4_H264, List.of());
        SessionSpec spec = new SessionSpec("bench-2min", List.of(two), true);
        if (o.wants("batch-" + n)) {
            cases.add(new BenchCase("batch-" + n, n + " sessions of 2 min (AAC + H.264), a folder tree", two,
                    media.batchTree(spec, n), true, true, o.longReps(),
                    List.of(Target.atMost(Target.Measure.RATIO_REFERENCE, 0.3, ""), jvm())));
        }
        cases.removeIf(Objects::isNull);
        return cases;
    }

    private static Target jvm() {
        return Target.atMost(Target.Measure.JVM_PEAK_MB, 200, "");
    }

    /** The case, or null when --only leaves it out (then its media are not generated either). */
    private static BenchCase single(BenchMedia media, Options o, String name, String what, UserSessionSpec user,
                                    boolean remux, int reps, List<Target> targets) throws IOException {
        if (!o.wants(name)) {
            return null;
        }
        SessionSpec spec = new SessionSpec("bench-" + name, List.of(user), true);
        return new BenchCase(name, what, user, List.of(media.session(spec)), remux, false, reps, targets);
    }

    /** One user: audio 0..seconds, the video from 0.6 s to the end. */
    static UserSessionSpec one(double seconds, Container c, List<RotationAt> rotations) {
        String base = UserSessionSpec.baseName(UID, STAMP);
        AudioSpec audio = AudioSpec.mono(base + ".aac", 0, seconds, List.of());
        VideoSpec video = new VideoSpec(base + "." + c.extension(), c, 0.4, INFO, seconds - INFO, 640, 360, 15,
                List.of(), rotations);
        return UserSessionSpec.of(UID, STAMP, List.of(audio), List.of(video));
    }

    /** A user who left and came back within 15 s: the audio file goes on, the video is split. */
    static UserSessionSpec rejoin() {
        String base = UserSessionSpec.baseName(UID, STAMP);
        AudioSpec audio = AudioSpec.mono(base + ".aac", 0, 600, List.of());
        VideoSpec first = new VideoSpec(base + "_1.mp4", Container.MP4_H264, 0.4, INFO, 290 - INFO, 640, 360, 15,
                List.of(), List.of());
        VideoSpec second = new VideoSpec(base + "_2.mp4", Container.MP4_H264, 299.8, 300, 300, 640, 360, 15,
                List.of(), List.of());
        return UserSessionSpec.of(UID, STAMP, List.of(audio), List.of(first, second));
    }
}
