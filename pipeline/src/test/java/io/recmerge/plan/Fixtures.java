package io.recmerge.plan;

import io.recmerge.profile.Profile;
import io.recmerge.profile.ProfileCatalog;
import io.recmerge.profile.ProfileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/** Records built by hand for the pure plan tests: no file is read, no process started. */
final class Fixtures {

    static final Path DIR = Path.of("/rec/20261123/room_101500_123456");
    static final Path OUT = Path.of("/rec/20261123/room_101500_123456/converted");
    static final String BASE = "uid_1001_20261123101500";
    static final String MP4_FORMAT = "mov,mp4,m4a,3gp,3g2,mj2";
    static final String WEBM_FORMAT = "matroska,webm";
    /** 1024 / 48000 s: the ADTS AAC priming the copy offsets and the filter graphs take off. */
    static final double PRIMING = 1024.0 / 48000;

    private static ProfileCatalog catalog;

    private Fixtures() {
    }

    static synchronized ProfileCatalog catalog() {
        if (catalog == null) {
            try {
                catalog = ProfileCatalog.load();
            } catch (ProfileException e) {
                throw new AssertionError(e);
            }
        }
        return catalog;
    }

    static Profile profile(String name) {
        return catalog().builtIn().get(name);
    }

    static Profile mp4() {
        return profile("mp4-h264-aac");
    }

    static Profile m4a() {
        return profile("m4a-aac");
    }

    static Profile webm() {
        return profile("webm-vp9-opus");
    }

    /**
     * The reference converter's choices (lead-in kept as black, gaps kept, one output per user
     * session): the goldens' baseline, so each other choice shows up as its own difference.
     */
    static PlanRequest request() {
        return request(mp4(), m4a());
    }

    static PlanRequest request(Profile profile, Profile audioOnly) {
        return request(profile, audioOnly, OptionalDouble.empty(), Optional.empty(), Mode.SESSION, LeadingBlank.KEEP,
                Gaps.KEEP);
    }

    static PlanRequest request(LeadingBlank leadingBlank) {
        return request(mp4(), m4a(), OptionalDouble.empty(), Optional.empty(), Mode.SESSION, leadingBlank, Gaps.KEEP);
    }

    static PlanRequest request(Gaps gaps) {
        return request(mp4(), m4a(), OptionalDouble.empty(), Optional.empty(), Mode.SESSION, LeadingBlank.KEEP, gaps);
    }

    static PlanRequest request(Mode mode) {
        return request(mp4(), m4a(), OptionalDouble.empty(), Optional.empty(), mode, LeadingBlank.KEEP, Gaps.KEEP);
    }

    /** The one place a PlanRequest is constructed in the plan tests. */
    static PlanRequest request(Profile profile, Profile audioOnly, OptionalDouble fps, Optional<Canvas> size, Mode mode,
                               LeadingBlank leadingBlank, Gaps gaps) {
        return new PlanRequest(profile, audioOnly, OUT, fps, size, mode, leadingBlank, gaps);
    }

    /** ADTS AAC, 48 kHz mono, content {@code duration} s from {@code start} (priming already subtracted). */
    static MediaPiece aac(String name, double start, double duration) {
        return audio(name, start, duration, "aac", "aac", 1, 1024);
    }

    static MediaPiece audio(String name, double start, double duration, String codec, String container,
                            int channels, int priming) {
        return piece(name, TrackKind.AUDIO, start, duration, codec, container, 0, 0, 0, "", OptionalDouble.empty(),
                48000, channels, priming, List.of());
    }

    /** H.264 yuv420p 640x480 at 15 fps in MP4, upright for its whole length. */
    static MediaPiece h264(String name, double start, double duration) {
        return video(name, "h264", MP4_FORMAT, start, duration, 640, 480, "yuv420p", OptionalDouble.of(15),
                List.of(new RotationSpan(start, start + duration, 0)));
    }

    static MediaPiece h264(String name, double start, double duration, RotationSpan... spans) {
        return video(name, "h264", MP4_FORMAT, start, duration, 640, 480, "yuv420p", OptionalDouble.of(15),
                Arrays.asList(spans));
    }

    static MediaPiece vp8(String name, double start, double duration) {
        return video(name, "vp8", WEBM_FORMAT, start, duration, 640, 480, "yuv420p", OptionalDouble.of(15),
                List.of(new RotationSpan(start, start + duration, 0)));
    }

    static MediaPiece video(String name, String codec, String container, double start, double duration, int width,
                            int height, String pixelFormat, OptionalDouble fps, List<RotationSpan> spans) {
        return piece(name, TrackKind.VIDEO, start, duration, codec, container, 0, width, height, pixelFormat, fps, 0,
                0, 0, spans);
    }

    /** The same piece at another size (upright). */
    static MediaPiece sized(MediaPiece v, int width, int height) {
        return piece(v.name(), v.kind(), v.start(), v.duration(), v.codec(), v.container(), v.sourceStartTime(),
                width, height, v.pixelFormat(), v.frameRate(), v.sampleRate(), v.channels(), v.primingSamples(),
                v.rotations());
    }

    /** The same piece whose own timeline starts at {@code sourceStartTime}. */
    static MediaPiece sourceStart(MediaPiece v, double sourceStartTime) {
        return piece(v.name(), v.kind(), v.start(), v.duration(), v.codec(), v.container(), sourceStartTime,
                v.width(), v.height(), v.pixelFormat(), v.frameRate(), v.sampleRate(), v.channels(),
                v.primingSamples(), v.rotations());
    }

    /**
     * The one place a MediaPiece is constructed in the plan tests (audibility not analysed, whole
     * files); AAC is AAC-LC, as ffprobe names the recorder's.
     */
    static MediaPiece piece(String name, TrackKind kind, double start, double duration, String codec, String container,
                            double sourceStartTime, int width, int height, String pixelFormat, OptionalDouble fps,
                            int sampleRate, int channels, int priming, List<RotationSpan> spans) {
        return new MediaPiece(name, DIR.resolve(name), kind, start, duration, codec, container, sourceStartTime,
                width, height, pixelFormat, fps, sampleRate, channels, priming, spans, OptionalDouble.empty(), false,
                OptionalLong.empty(), codec.equals("aac") ? "LC" : "");
    }

    /** The same piece as ffprobe would name another profile of its codec ("HE-AAC", "" for unknown). */
    static MediaPiece codecProfile(MediaPiece a, String codecProfile) {
        return new MediaPiece(a.name(), a.file(), a.kind(), a.start(), a.duration(), a.codec(), a.container(),
                a.sourceStartTime(), a.width(), a.height(), a.pixelFormat(), a.frameRate(), a.sampleRate(),
                a.channels(), a.primingSamples(), a.rotations(), a.audibleFrom(), a.annexB(), a.fromByte(),
                codecProfile);
    }

    static UserTimeline timeline(List<MediaPiece> audio, List<MediaPiece> video) {
        return new UserTimeline("1001", "20261123101500", BASE, audio, video, List.of());
    }

    static PlannedOutput plan(List<MediaPiece> audio, List<MediaPiece> video) {
        return plan(audio, video, request());
    }

    static PlannedOutput plan(List<MediaPiece> audio, List<MediaPiece> video, PlanRequest request) {
        return Planner.plan(timeline(audio, video), request)
                .orElseThrow(() -> new AssertionError("the planner planned nothing"));
    }

    /** Absolute path text exactly as the command builder writes it. */
    static String abs(String name) {
        return DIR.resolve(name).toAbsolutePath().toString();
    }

    static String temp(String outputName) {
        return OUT.resolve("." + outputName + ".partial").toAbsolutePath().toString();
    }
}
