package io.recmerge.convert;

import io.recmerge.testkit.AudioSpec;
import io.recmerge.testkit.Container;
import io.recmerge.testkit.RotationAt;
import io.recmerge.testkit.SessionSpec;
import io.recmerge.testkit.UserSessionSpec;
import io.recmerge.testkit.VideoSpec;
import java.util.List;

/**
 * Session folders for the integration tests. Beeps and flashes sit at the same, irregularly spaced
 * session times, so an offset cannot alias onto the next event.
 */
final class Recordings {

    static final String STAMP = "20261123101500";

    private Recordings() {
    }

    /** uid 1001: AAC 0..10 s, H.264 MP4 whose first frame (info) is at 1.2 s: the usual blank lead-in. */
    static SessionSpec lateVideo() {
        return new SessionSpec("it-late-video", List.of(avUser("1001", STAMP, Container.MP4_H264, 0.0, 1.2, 10.0,
                List.of(2.2, 3.47, 5.93, 8.6))), true);
    }

    /** Same shape, but the first frame lands off the 15 fps grid of the output (info 1.23 s). */
    static SessionSpec offGridVideo() {
        return new SessionSpec("it-off-grid", List.of(avUser("1001", STAMP, Container.MP4_H264, 0.0, 1.23, 9.0,
                List.of(1.9, 4.31, 6.07, 8.45))), true);
    }

    /** uid 2002: AAC 0..8 s + WebM VP8 from 0.8 s (a web client with codec vp8). */
    static SessionSpec webVp8() {
        return new SessionSpec("it-web-vp8", List.of(avUser("2002", STAMP, Container.WEBM_VP8, 0.0, 0.8, 8.0,
                List.of(1.6, 3.13, 5.4, 7.2))), true);
    }

    /** Three users: A/V, A/V with its audio starting late, audio only. */
    static SessionSpec threeUsers() {
        UserSessionSpec a = avUser("1001", STAMP, Container.MP4_H264, 0.0, 1.4, 9.0, List.of(2.0, 4.6, 7.3));
        String base = UserSessionSpec.baseName("4004", "20261123101502");
        UserSessionSpec b = UserSessionSpec.of("4004", "20261123101502",
                List.of(AudioSpec.mono(base + ".aac", 0.5, 7.5, List.of(1.7, 3.9, 6.1))),
                List.of(VideoSpec.of(base + ".mp4", Container.MP4_H264, 0.2, 0.6, 7.4, List.of(1.7, 3.9, 6.1))));
        String c = UserSessionSpec.baseName("3003", "20261123101504");
        UserSessionSpec audioOnly = UserSessionSpec.of("3003", "20261123101504",
                List.of(AudioSpec.mono(c + ".aac", 0.0, 6.0, List.of(1.1, 2.75, 4.4))), List.of());
        return new SessionSpec("it-three-users", List.of(a, b, audioOnly), true);
    }

    /** uid 6006: the phone was held upright for the whole call (rotation=90 from the first frame). */
    static SessionSpec portraitPhone() {
        String base = UserSessionSpec.baseName("6006", STAMP);
        VideoSpec video = VideoSpec.of(base + ".mp4", Container.MP4_H264, 0.1, 0.6, 6.0, List.of(1.5, 3.2, 5.1))
                .withRotations(List.of(new RotationAt(0.6, 90)));
        return new SessionSpec("it-portrait", List.of(UserSessionSpec.of("6006", STAMP,
                List.of(AudioSpec.mono(base + ".aac", 0.0, 6.6, List.of(1.5, 3.2, 5.1))), List.of(video))), true);
    }

    /**
     * uid 7007 left and came back within 15 s: one audio file, the video split in two files with a
     * 2.4 s gap between them (black there, the audio goes on).
     */
    static SessionSpec splitVideo() {
        String base = UserSessionSpec.baseName("7007", STAMP);
        List<Double> events = List.of(1.8, 3.35, 7.6, 9.95);
        VideoSpec first = VideoSpec.of(base + "_1.mp4", Container.MP4_H264, 0.5, 1.0, 3.6, List.of(1.8, 3.35));
        VideoSpec second = VideoSpec.of(base + "_2.mp4", Container.MP4_H264, 6.5, 7.0, 4.0, List.of(7.6, 9.95));
        return new SessionSpec("it-split-video", List.of(UserSessionSpec.of("7007", STAMP,
                List.of(AudioSpec.mono(base + ".aac", 0.0, 11.0, events)), List.of(first, second))), true);
    }

    /** {@link #lateVideo()} without recording2-done.txt: the recorder is still writing (or crashed). */
    static SessionSpec unfinished() {
        return new SessionSpec("it-unfinished", lateVideo().users(), false);
    }

    static UserSessionSpec avUser(String uid, String stamp, Container container, double audioStart, double info,
                                  double end, List<Double> events) {
        String base = UserSessionSpec.baseName(uid, stamp);
        return UserSessionSpec.of(uid, stamp,
                List.of(AudioSpec.mono(base + ".aac", audioStart, end - audioStart, events)),
                List.of(VideoSpec.of(base + "." + container.extension(), container, Math.max(0, info - 0.4), info,
                        end - info, events)));
    }
}
