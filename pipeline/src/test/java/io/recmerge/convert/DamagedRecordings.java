package io.recmerge.convert;

import io.recmerge.testkit.AudioSpec;
import io.recmerge.testkit.Container;
import io.recmerge.testkit.SessionSpec;
import io.recmerge.testkit.UserSessionSpec;
import io.recmerge.testkit.VideoSpec;
import java.util.List;

/**
 * Healthy session folders that the issue-4 tests damage after writing them (testkit Damage): short
 * (6 s) so that every conversion stays cheap. Beeps and flashes share irregular session times.
 */
final class DamagedRecordings {

    static final String STAMP = "20261123101500";
    static final List<Double> EVENTS_A = List.of(1.6, 2.87, 4.33, 5.4);
    static final List<Double> EVENTS_B = List.of(1.3, 2.45, 3.9, 5.15);

    private DamagedRecordings() {
    }

    /**
     * uid 1001: AAC 0..6 s and its video still in MPEG-TS (first frame at 1.0 s), the file a recorder
     * leaves when it dies before converting TS to MP4; uid 2002: AAC + MP4. No done marker.
     */
    static SessionSpec crashed() {
        String base = UserSessionSpec.baseName("1001", STAMP);
        UserSessionSpec ts = UserSessionSpec.of("1001", STAMP,
                List.of(AudioSpec.mono(base + ".aac", 0.0, 6.0, EVENTS_A)),
                List.of(VideoSpec.of(base + "_1.ts", Container.TS_H264, 0.6, 1.0, 5.0, EVENTS_A)));
        return new SessionSpec("dmg-crashed", List.of(ts, av("2002")), false);
    }

    /** Three healthy A/V users (1001, 4004, 5005), done: the tests make some of their files undecodable. */
    static SessionSpec threeAv() {
        return new SessionSpec("dmg-three-av", List.of(av("1001"), av("4004"), av("5005")), true);
    }

    /** One healthy A/V user 1001 and 3003, whose files the tests empty or swap. Done. */
    static SessionSpec twoAv() {
        return new SessionSpec("dmg-two-av", List.of(av("1001"), av("3003")), true);
    }

    /** A/V user: AAC 0..6 s, MP4 with its first frame at 0.8 s. */
    static UserSessionSpec av(String uid) {
        return Recordings.avUser(uid, STAMP, Container.MP4_H264, 0.0, 0.8, 6.0, EVENTS_B);
    }

    static String base(String uid) {
        return UserSessionSpec.baseName(uid, STAMP);
    }
}
