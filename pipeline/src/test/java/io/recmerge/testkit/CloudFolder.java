package io.recmerge.testkit;

import io.recmerge.testkit.CloudUser.Track;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A generated Agora Cloud Recording folder (individual mode, or composite mode) with its ground
 * truth: per user and track an HLS playlist and MPEG-TS (or WebM) slices cut from the kit's media
 * (beeps, flashes, the upright red marker), named and tagged as Agora does
 * ({@code #EXT-X-AGORA-TRACK-EVENT} START, {@code #EXT-X-AGORA-ROTATE}, {@code #EXTINF} without the
 * trailing comma, {@code #EXT-X-DISCONTINUITY}, {@code #EXT-X-ENDLIST}), with the faults a user
 * asks for (see {@link CloudUser}). Every time is seconds on the recording's clock: zero is the
 * UTC {@link #zero()} of its earliest slice, which some user's first stretch must start at (0).
 *
 * <pre>
 * CloudFolder f = CloudFolder.builder("cloud-basic")
 *         .user(CloudUser.av("1001", 0, 6).withEvents(1.2, 2.9, 4.7))
 *         .user(CloudUser.audioOnly("3003", 0.4, 5).withEvents(1.5, 3.3))
 *         .build();           // generated once, cached like RecordingFactory's folders
 * convert(f.dir(), ...);      // f.beeps("1001"), f.flashes("1001"), f.lost("1001", Track.AUDIO) ...
 * </pre>
 *
 * <p>{@link #dir()} is a shared cache folder: never modify it; {@link #copyTo(Path)} gives a
 * private copy.
 */
public final class CloudFolder {

    public static final Instant ZERO = Instant.parse("2024-03-05T10:00:00Z");
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMddHHmmssSSS");
    static final String FOLDER = "rec";
    static final String SLICE_LIST = "slices.tsv";

    /**
     * What to generate. {@code composite}: one user whose audio and video share each slice,
     * named {@code <sid>_<cname>_<utc>.ts} (faults then name {@link Track#MIXED}).
     */
    public record Spec(String name, String sid, String cname, Instant zero, double sliceSeconds, boolean composite,
                       List<CloudUser> users) {
        public Spec {
            users = List.copyOf(users);
            if (!name.matches("[A-Za-z0-9._-]+") || !sid.matches("[A-Za-z0-9]+") || users.isEmpty()
                    || composite && users.size() != 1) {
                throw new IllegalArgumentException("bad cloud folder spec: " + name);
            }
            if (users.stream().mapToDouble(u -> u.stretches().get(0).start()).min().orElse(1) != 0) {
                throw new IllegalArgumentException("some user must start at 0, the recording clock's zero");
            }
        }
    }

    public enum SliceState {
        PRESENT, MISSING, EMPTY,
        /** Lost in a failover's hole: no playlist names it. */
        LOST
    }

    /**
     * One slice as generated. {@code start} is the UTC in its name on the recording clock (its first
     * packet); {@code recorder} 0 for the first recorder, 1 for {@code bak0_}.
     */
    public record Slice(String file, String uid, Track track, int stretch, double start, double seconds,
                        SliceState state, boolean keyFrame, int recorder) {
        public double end() {
            return start + seconds;
        }
    }

    /** A stretch of the recording clock, seconds. */
    public record Span(double start, double end) {
        boolean overlaps(double from, double to) {
            return from < end && to > start;
        }
    }

    private final Path dir;
    private final Spec spec;
    private final List<Slice> slices;

    private CloudFolder(Path dir, Spec spec, List<Slice> slices) {
        this.dir = dir;
        this.spec = spec;
        this.slices = List.copyOf(slices);
    }

    public static Builder builder(String name) {
        return new Builder(name);
    }

    /** Builds a {@link Spec}; defaults: a 32-hex-digit sid, cname "room", 2 s slices, zero {@link #ZERO}. */
    public static final class Builder {
        private final String name;
        private String sid = "5e1f0a2b9c3d4e5f60718293a4b5c6d7";
        private String cname = "room";
        private Instant zero = ZERO;
        private double slice = 2;
        private boolean composite;
        private final List<CloudUser> users = new ArrayList<>();

        private Builder(String name) {
            this.name = name;
        }

        public Builder channel(String newSid, String newCname) {
            sid = newSid;
            cname = newCname;
            return this;
        }

        public Builder zero(Instant utc) {
            zero = utc;
            return this;
        }

        public Builder sliceSeconds(double seconds) {
            slice = seconds;
            return this;
        }

        public Builder user(CloudUser user) {
            users.add(user);
            return this;
        }

        /** Composite mode: this one user's audio and video are mixed into each slice. */
        public Builder composite(CloudUser user) {
            composite = true;
            return user(user);
        }

        public Spec spec() {
            return new Spec(name, sid, cname, zero, slice, composite, users);
        }

        /** Generated once per spec (cached under {@code recmerge.testCache}); shared, read-only. */
        public CloudFolder build() {
            return CloudFolder.of(spec());
        }
    }

    public static CloudFolder of(Spec spec) {
        Path entry = RecordingFactory.cacheEntry("cloud-" + spec.name() + "-"
                + RecordingFactory.hash(CloudWriter.VERSION + "|" + spec),
                target -> CloudWriter.write(spec, target));
        return new CloudFolder(entry.resolve(FOLDER), spec, CloudWriter.readSlices(entry.resolve(SLICE_LIST)));
    }

    /** The recording folder (shared cache: read-only). */
    public Path dir() {
        return dir;
    }

    public Spec spec() {
        return spec;
    }

    /** The UTC of the recording clock's zero: its earliest slice's start. */
    public Instant zero() {
        return spec.zero();
    }

    /** {@code <sid>_<cname>}: what the recording's files share. */
    public String key() {
        return spec.sid() + "_" + spec.cname();
    }

    public CloudUser user(String uid) {
        return spec.users().stream().filter(u -> u.uid().equals(uid)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no user " + uid + " in " + spec.name()));
    }

    /** Every slice of the user's track (composite: {@link Track#MIXED}), in order, present or not. */
    public List<Slice> slices(String uid, Track track) {
        return slices.stream().filter(s -> s.uid().equals(uid) && s.track() == track).toList();
    }

    /** Where the track has no media although the user was sending: missing, empty or lost slices. */
    public List<Span> lost(String uid, Track track) {
        return slices(uid, track).stream().filter(s -> s.state() != SliceState.PRESENT)
                .map(s -> new Span(s.start(), s.end())).toList();
    }

    /** Beeps that are in the folder (not in a lost slice), all stretches, sorted. */
    public List<Double> beeps(String uid) {
        return stretches(uid).flatMap(i -> beeps(uid, i).stream()).sorted().toList();
    }

    /** Beeps of one stretch (an interruption starts the next) that are in the folder. */
    public List<Double> beeps(String uid, int stretch) {
        List<Span> lost = lost(uid, spec.composite() ? Track.MIXED : Track.AUDIO);
        return CloudMedia.audio(user(uid), stretch).beeps().stream()
                .filter(b -> lost.stream().noneMatch(l -> l.overlaps(b, b + AudioSpec.BEEP_SECONDS))).toList();
    }

    /** Flash frames that are in the folder, snapped to the frame grid, all stretches. */
    public List<Double> flashes(String uid) {
        return stretches(uid).flatMap(i -> flashes(uid, i).stream()).sorted().toList();
    }

    public List<Double> flashes(String uid, int stretch) {
        List<Span> lost = lost(uid, spec.composite() ? Track.MIXED : Track.VIDEO);
        return CloudMedia.video(user(uid), stretch).map(VideoSpec::snappedFlashes).orElse(List.of()).stream()
                .filter(f -> lost.stream().noneMatch(l -> l.overlaps(f, f + 0.001))).toList();
    }

    /** The rotation of every frame, per stretch, on the recording clock. */
    public List<RotationSpan> rotationSpans(String uid) {
        return stretches(uid).flatMap(i -> CloudMedia.video(user(uid), i).stream())
                .flatMap(v -> v.rotationSpans().stream()).toList();
    }

    private Stream<Integer> stretches(String uid) {
        return Stream.iterate(0, i -> i < user(uid).stretches().size(), i -> i + 1);
    }

    /** A private copy of the recording folder in {@code target} (created), to modify freely. */
    public CloudFolder copyTo(Path target) {
        try {
            Files.createDirectories(target);
            try (Stream<Path> files = Files.list(dir)) {
                for (Path f : (Iterable<Path>) files::iterator) {
                    Files.copy(f, target.resolve(f.getFileName().toString()), StandardCopyOption.REPLACE_EXISTING);
                }
            }
            return new CloudFolder(target, spec, slices);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The playlist of the first recorder for a user's track: {@code <sid>_<cname>__uid_s_<uid>__uid_e_<type>.m3u8}. */
    public String playlist(String uid, Track track) {
        return trackName(spec, uid, track) + ".m3u8";
    }

    /** The seconds on this recording's clock as Agora's UTC, {@code yyyyMMddHHmmssSSS}. */
    public String utc(double seconds) {
        return utc(zero().plusMillis(Math.round(seconds * 1000)));
    }

    public static String utc(Instant instant) {
        return UTC.format(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
    }

    static String trackName(Spec spec, String uid, Track track) {
        String key = spec.sid() + "_" + spec.cname();
        return spec.composite() ? key : key + "__uid_s_" + uid + "__uid_e_" + track.label();
    }
}
