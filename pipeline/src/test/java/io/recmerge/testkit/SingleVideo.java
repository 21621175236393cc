package io.recmerge.testkit;

import java.nio.file.Path;
import java.util.List;

/** One cached video file of the kit (uid 2002, no audio, no flashes): for tests of a single file's bytes. */
public final class SingleVideo {

    private SingleVideo() {
    }

    /** The cached file: read-only by contract (copy it before changing it). */
    public static Path cached(String specName, Container container, double seconds) {
        String base = UserSessionSpec.baseName("2002", "20261123101500");
        String name = base + (container == Container.WEBM_VP8 ? ".webm" : container == Container.TS_H264 ? ".ts" : ".mp4");
        GeneratedSession s = RecordingFactory.cached(new SessionSpec(specName, List.of(UserSessionSpec.of("2002",
                "20261123101500", List.of(), List.of(VideoSpec.of(name, container, 0, 0, seconds, List.of())))), true));
        return s.file(name);
    }
}
