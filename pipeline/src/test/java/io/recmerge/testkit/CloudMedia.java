package io.recmerge.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The kit's media a cloud user's slices are cut from: per stretch one ADTS file and (with video)
 * one video file, written by {@link RecordingFactory} (cached) as one "user session" per stretch,
 * with every time on the recording clock. An event inside the video is snapped to its frame grid,
 * so its beep and its flash coincide exactly.
 */
final class CloudMedia {

    private static final double FRAME = 1.0 / 15;

    private CloudMedia() {
    }

    /** The source media of every user and stretch, as one kit session. */
    static SessionSpec sources(CloudFolder.Spec spec) {
        List<UserSessionSpec> sessions = new ArrayList<>();
        for (CloudUser u : spec.users()) {
            for (int i = 0; i < u.stretches().size(); i++) {
                sessions.add(UserSessionSpec.of(u.uid(), stamp(i), List.of(audio(u, i)), video(u, i).stream().toList()));
            }
        }
        return new SessionSpec("cloudsrc-" + spec.name(), sessions, true);
    }

    static AudioSpec audio(CloudUser u, int stretch) {
        CloudUser.Stretch s = u.stretches().get(stretch);
        List<Double> beeps = u.events().stream().filter(e -> e >= s.start() && e + AudioSpec.BEEP_SECONDS <= s.end())
                .map(e -> snap(u, stretch, e)).toList();
        return AudioSpec.mono(base(u, stretch) + ".aac", s.start(), s.end() - s.start(), beeps);
    }

    static Optional<VideoSpec> video(CloudUser u, int stretch) {
        return grid(u, stretch).map(grid -> {
            double start = grid.info();
            List<Double> flashes = u.events().stream().filter(e -> e >= start && e < grid.close() - FRAME)
                    .map(grid::snap).toList();
            List<RotationAt> rotations = new ArrayList<>(List.of(new RotationAt(start, u.rotationAt(start))));
            u.rotations().stream().filter(r -> r.at() > start && r.at() < grid.close() - FRAME)
                    .forEach(rotations::add);
            return new VideoSpec(grid.fileName(), grid.container(), start, start, grid.duration(), grid.width(),
                    grid.height(), grid.fps(), flashes, rotations);
        });
    }

    /** The stretch's video without flashes or rotations: its frame grid. */
    private static Optional<VideoSpec> grid(CloudUser u, int stretch) {
        CloudUser.Stretch s = u.stretches().get(stretch);
        double start = Times.ms(s.start() + u.videoLead());
        return u.video().map(c -> VideoSpec.of(base(u, stretch) + "." + c.extension(), c, start, start,
                s.end() - start, List.of()));
    }

    /** An event inside the video moves to its nearest frame; before the video it stays (to the ms). */
    private static double snap(CloudUser u, int stretch, double event) {
        return grid(u, stretch).filter(g -> event >= g.info()).map(g -> g.snap(event)).orElse(Times.ms(event));
    }

    static String base(CloudUser u, int stretch) {
        return UserSessionSpec.baseName(u.uid(), stamp(stretch));
    }

    private static String stamp(int stretch) {
        return "s" + stretch;
    }
}
