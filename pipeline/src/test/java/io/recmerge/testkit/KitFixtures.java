package io.recmerge.testkit;

import java.util.List;

/** Small session specs the kit's self-tests share (cached under target/test-media). */
final class KitFixtures {

    static final String STAMP = "20261123101500";
    /** Session times of beeps and flashes; 2.53 is off the 15 fps grid of a video with info 1.2 on purpose. */
    static final List<Double> EVENTS = List.of(1.8, 2.53, 4.2, 6.6);

    private KitFixtures() {
    }

    /** uid 1001: AAC 0..8 s, MP4 from info 1.2 to 8.0 with rotations 0 / 90 @3.0 / 180 @5.0 / 270 @6.4. */
    static SessionSpec basic() {
        String base = UserSessionSpec.baseName("1001", STAMP);
        AudioSpec audio = AudioSpec.mono(base + ".aac", 0, 8, EVENTS);
        VideoSpec video = new VideoSpec(base + "_1.mp4", Container.MP4_H264, 0.4, 1.2, 6.8, 320, 240, 15,
                EVENTS, List.of(new RotationAt(1.2, 0), new RotationAt(3.0, 90), new RotationAt(5.0, 180),
                        new RotationAt(6.4, 270)));
        UserSessionSpec user = new UserSessionSpec("1001", STAMP, List.of(audio), List.of(video),
                List.of("garbage line", "new session started"));
        return new SessionSpec("kit-basic", List.of(user), true);
    }

    /** uid 2002: stereo AAC + WebM VP8 from 0.8; uid 5005: a crashed recorder's TS (no close), no done marker. */
    static SessionSpec containers() {
        String web = UserSessionSpec.baseName("2002", STAMP);
        AudioSpec audio = new AudioSpec(web + ".aac", 0, 5, 2, List.of(1.6, 3.4));
        VideoSpec webm = VideoSpec.of(web + "_1.webm", Container.WEBM_VP8, 0.3, 0.8, 4.2, List.of(1.6, 3.4));
        String ts = UserSessionSpec.baseName("5005", STAMP);
        VideoSpec leftover = VideoSpec.of(ts + "_1.ts", Container.TS_H264, 0.1, 0.5, 3.0, List.of(1.1, 2.7));
        return new SessionSpec("kit-containers", List.of(
                UserSessionSpec.of("2002", STAMP, List.of(audio), List.of(webm)),
                UserSessionSpec.of("5005", STAMP, List.of(), List.of(leftover))), false);
    }
}
