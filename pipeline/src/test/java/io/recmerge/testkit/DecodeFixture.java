package io.recmerge.testkit;

import java.util.List;

/**
 * The 12-second one-user recording the decode checks are tried on (input check and verify decode):
 * AAC from 0 s, H.264 MP4 from 0.6 s, one beep and flash at 2 s; long enough for the input check's
 * two windows (first 3 s, 2 s from the middle). Generated once, cached.
 */
public final class DecodeFixture {

    /** The base name of its files: {@code BASE + ".aac"}, {@code BASE + ".mp4"}. */
    public static final String BASE = UserSessionSpec.baseName("1001", "20261123101500");

    private DecodeFixture() {
    }

    public static GeneratedSession session() {
        return RecordingFactory.cached(new SessionSpec("decode-check", List.of(UserSessionSpec.of("1001",
                "20261123101500", List.of(AudioSpec.mono(BASE + ".aac", 0, 12, List.of(2.0))),
                List.of(VideoSpec.of(BASE + ".mp4", Container.MP4_H264, 0.2, 0.6, 11.4, List.of(2.0))))), true));
    }
}
