package io.recmerge.convert;

import io.recmerge.testkit.AudioSpec;
import io.recmerge.testkit.Container;
import io.recmerge.testkit.RotationAt;
import io.recmerge.testkit.SessionSpec;
import io.recmerge.testkit.UserSessionSpec;
import io.recmerge.testkit.VideoSpec;
import java.util.ArrayList;
import java.util.List;

/** Recordings with these shapes: rotations, lead-ins, gaps, codec and size switches, uid joins. */
final class FidelityRecordings {

    static final String STAMP = Recordings.STAMP;

    private FidelityRecordings() {
    }

    /** uid 1001 turns the phone: 0 until 3.0, 90 until 7.0, 180 until 9.0, 270 until the end (12.0). */
    static SessionSpec fourRotations() {
        String base = UserSessionSpec.baseName("1001", STAMP);
        List<Double> events = List.of(1.6, 3.4, 5.53, 8.2, 10.87);
        VideoSpec video = new VideoSpec(base + ".mp4", Container.MP4_H264, 0.6, 1.0, 11.0, 320, 240, 15, events,
                List.of(new RotationAt(1.0, 0), new RotationAt(3.0, 90), new RotationAt(7.0, 180),
                        new RotationAt(9.0, 270)));
        return new SessionSpec("fid-rotations", List.of(UserSessionSpec.of("1001", STAMP,
                List.of(AudioSpec.mono(base + ".aac", 0.0, 12.0, events)), List.of(video))), true);
    }

    /**
     * A 20-minute call with a turn every few minutes; beeps and flashes every ~97 s (irregular),
     * so drift from joining segments would show as growing offsets.
     */
    static SessionSpec twentyMinutes() {
        String base = UserSessionSpec.baseName("2020", STAMP);
        List<Double> events = new ArrayList<>();
        for (double t = 5.3; t < 1195; t += 97.13) {
            events.add(Math.round(t * 1000) / 1000.0);
        }
        VideoSpec video = new VideoSpec(base + ".mp4", Container.MP4_H264, 0.2, 0.6, 1199.4, 320, 240, 15, events,
                List.of(new RotationAt(0.6, 0), new RotationAt(240.0, 90), new RotationAt(610.0, 0),
                        new RotationAt(905.0, 270), new RotationAt(1080.0, 0)));
        return new SessionSpec("fid-twenty-minutes", List.of(UserSessionSpec.of("2020", STAMP,
                List.of(AudioSpec.mono(base + ".aac", 0.0, 1200.0, events)), List.of(video))), true);
    }

    /** Speech before the first frame: a beep at 0.7 s, the video starts at 1.5 s. */
    static SessionSpec speechBeforeVideo() {
        String base = UserSessionSpec.baseName("3030", STAMP);
        List<Double> beeps = List.of(0.7, 2.4, 4.13, 6.6);
        List<Double> flashes = List.of(2.4, 4.13, 6.6);
        VideoSpec video = VideoSpec.of(base + ".mp4", Container.MP4_H264, 1.0, 1.5, 6.5, flashes);
        return new SessionSpec("fid-speech-first", List.of(UserSessionSpec.of("3030", STAMP,
                List.of(AudioSpec.mono(base + ".aac", 0.0, 8.0, beeps)), List.of(video))), true);
    }

    /**
     * One metadata file, two stretches of presence (left, came back after more than the gap
     * threshold; a "new session started" line between): 0..4 s and 8..12 s, nothing in between.
     */
    static SessionSpec absentInTheMiddle() {
        String base = UserSessionSpec.baseName("4040", STAMP);
        List<Double> first = List.of(1.2, 3.1);
        List<Double> second = List.of(8.9, 11.07);
        UserSessionSpec user = new UserSessionSpec("4040", STAMP,
                List.of(AudioSpec.mono(base + "_1.aac", 0.0, 4.0, first), AudioSpec.mono(base + "_2.aac", 8.0, 4.0,
                        second)),
                List.of(VideoSpec.of(base + "_1.mp4", Container.MP4_H264, 0.1, 0.4, 3.6, first),
                        VideoSpec.of(base + "_2.mp4", Container.MP4_H264, 8.1, 8.4, 3.6, second)),
                List.of("6.000 new session started"));
        return new SessionSpec("fid-absent", List.of(user), true);
    }

    /** A web client switches from VP8 (320x240) to H.264 at 640x360 (another size and aspect ratio). */
    static SessionSpec codecAndSizeSwitch() {
        String base = UserSessionSpec.baseName("5050", STAMP);
        List<Double> first = List.of(1.4, 3.27);
        List<Double> second = List.of(6.2, 8.53);
        VideoSpec webm = VideoSpec.of(base + "_1.webm", Container.WEBM_VP8, 0.2, 0.6, 4.4, first);
        VideoSpec mp4 = new VideoSpec(base + "_2.mp4", Container.MP4_H264, 5.0, 5.2, 4.8, 640, 360, 15, second,
                List.of());
        List<Double> all = new ArrayList<>(first);
        all.addAll(second);
        UserSessionSpec user = UserSessionSpec.of("5050", STAMP,
                List.of(AudioSpec.mono(base + ".aac", 0.0, 10.0, all)), List.of(webm, mp4));
        return new SessionSpec("fid-switch", List.of(user), true);
    }

    /** uid 8008 at 10:15:00 and again at 10:26:00: an eleven-minute break, longer than any rejoin. */
    static SessionSpec longBreak() {
        UserSessionSpec a = Recordings.avUser("8008", "20261123101500", Container.MP4_H264, 0.0, 0.6, 5.0,
                List.of(1.3, 3.07));
        UserSessionSpec b = Recordings.avUser("8008", "20261123102600", Container.MP4_H264, 0.0, 0.4, 5.0,
                List.of(1.1, 3.93));
        return new SessionSpec("fid-long-break", List.of(a, b), true);
    }

    /** uid 1001 twice, 20 s apart by their stamps (10:15:00 and 10:15:20), plus uid 0 (the mixed stream). */
    static SessionSpec twoSessionsOfOneUid() {
        UserSessionSpec a = Recordings.avUser("1001", "20261123101500", Container.MP4_H264, 0.0, 0.8, 7.0,
                List.of(1.9, 4.33, 6.1));
        UserSessionSpec b = Recordings.avUser("1001", "20261123101520", Container.MP4_H264, 0.0, 0.5, 6.0,
                List.of(1.3, 2.87, 5.2));
        String mixed = UserSessionSpec.baseName("0", "20261123101500");
        UserSessionSpec zero = UserSessionSpec.of("0", "20261123101500",
                List.of(AudioSpec.mono(mixed + ".aac", 0.0, 5.0, List.of(1.1, 3.6))), List.of());
        return new SessionSpec("fid-uid", List.of(a, b, zero), true);
    }
}
