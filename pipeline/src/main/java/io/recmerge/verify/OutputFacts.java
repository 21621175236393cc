package io.recmerge.verify;

import java.util.Optional;

/** What a verified output measured like: the manifest's numbers come from here, not from the plan. */
public record OutputFacts(double duration, Optional<Video> video, Optional<Audio> audio) {

    public record Video(String codec, int width, int height, double fps, String pixelFormat, int displayRotation) { }

    public record Audio(String codec, String profile, int sampleRate, int channels) { }
}
