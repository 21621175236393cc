package io.recmerge.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One user of a generated cloud recording (see {@link CloudFolder}): the stretches the user sends
 * media (an interruption is a gap between two stretches, each opened by a START event), the video
 * codec, rotations, the beep/flash events and the faults to cut into the track's slices. Times are
 * seconds on the recording's clock (zero = its earliest slice). Immutable: each {@code with...}
 * returns a changed copy.
 *
 * @param videoLead seconds the video of each stretch starts after its audio (the blank lead-in)
 * @param events session times of a beep and, where there is video, a flash (snapped to the frame grid)
 * @param forcedCuts session times where the recorder force-cut a video slice (5.5 min / 50 MB):
 *                   the next slice starts there without a key frame
 */
public record CloudUser(String uid, List<Stretch> stretches, Optional<Container> video, double videoLead,
                        List<RotationAt> rotations, List<Double> events, List<Fault> faults,
                        List<Double> forcedCuts, List<Track> uploadCopies) {

    /** A user's two tracks in individual mode; composite mode's one track of both is {@code MIXED}. */
    public enum Track {
        AUDIO, VIDEO, MIXED;

        /** {@code audio} / {@code video}, as the file names spell it. */
        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** The user sends media from {@code start} to {@code end}; a START event opens it. */
    public record Stretch(double start, double end) {
        public Stretch {
            if (!(end > start) || start < 0) {
                throw new IllegalArgumentException("a stretch needs 0 <= start < end: " + start + ".." + end);
            }
        }
    }

    /** What goes wrong with one slice of a track (its index in the track, counting every stretch). */
    public enum FaultKind {
        /** The playlist names the slice; the file is not in the folder. */
        MISSING,
        /** The file is there with 0 bytes. */
        EMPTY,
        /**
         * The recorder failed over before this slice: the first playlist stops here without
         * #EXT-X-ENDLIST, {@code count} slices are lost in the hole, the rest is named {@code bak0_}.
         */
        FAILOVER
    }

    /** @param slice the slice's index in the track, or -1: the slice in which session time {@code at} lies */
    public record Fault(Track track, FaultKind kind, int slice, int count, double at) { }

    public CloudUser {
        stretches = List.copyOf(stretches);
        rotations = List.copyOf(rotations);
        events = List.copyOf(events);
        faults = List.copyOf(faults);
        forcedCuts = List.copyOf(forcedCuts);
        uploadCopies = List.copyOf(uploadCopies);
        if (!uid.matches("[A-Za-z0-9]+")) {
            throw new IllegalArgumentException("uid must be letters and digits: " + uid);
        }
    }

    /** Audio and H.264 video from {@code start} to {@code end}, no events yet. */
    public static CloudUser av(String uid, double start, double end) {
        return new CloudUser(uid, List.of(new Stretch(start, end)), Optional.of(Container.MP4_H264), 0, List.of(),
                List.of(), List.of(), List.of(), List.of());
    }

    /** Audio only (the user never sent video). */
    public static CloudUser audioOnly(String uid, double start, double end) {
        return av(uid, start, end).withVideo(Optional.empty());
    }

    /** The video is VP8: its slices are WebM. */
    public CloudUser vp8() {
        return withVideo(Optional.of(Container.WEBM_VP8));
    }

    public CloudUser withVideo(Optional<Container> container) {
        return new CloudUser(uid, stretches, container, videoLead, rotations, events, faults, forcedCuts, uploadCopies);
    }

    public CloudUser withVideoLead(double seconds) {
        return new CloudUser(uid, stretches, video, seconds, rotations, events, faults, forcedCuts, uploadCopies);
    }

    public CloudUser withEvents(Double... times) {
        return new CloudUser(uid, stretches, video, videoLead, rotations, List.of(times), faults, forcedCuts,
                uploadCopies);
    }

    /** The stream stops at {@code stop} and comes back at {@code resume} with a new START. */
    public CloudUser interrupted(double stop, double resume) {
        List<Stretch> s = new ArrayList<>(stretches.subList(0, stretches.size() - 1));
        Stretch last = stretches.get(stretches.size() - 1);
        s.add(new Stretch(last.start(), stop));
        s.add(new Stretch(resume, last.end()));
        return new CloudUser(uid, s, video, videoLead, rotations, events, faults, forcedCuts, uploadCopies);
    }

    /** From {@code at} on the video is turned: tagged {@code ROTATE=degrees} (the kit's rotation = Agora's). */
    public CloudUser rotatedAt(double at, int degrees) {
        List<RotationAt> r = new ArrayList<>(rotations);
        r.add(new RotationAt(at, degrees));
        return new CloudUser(uid, stretches, video, videoLead, r, events, faults, forcedCuts, uploadCopies);
    }

    public CloudUser withFault(Track track, FaultKind kind, int slice) {
        return withFault(track, kind, slice, 0);
    }

    /** @param count for {@link FaultKind#FAILOVER}: slices lost in the failover's hole */
    public CloudUser withFault(Track track, FaultKind kind, int slice, int count) {
        List<Fault> f = new ArrayList<>(faults);
        f.add(new Fault(track, kind, slice, count, -1));
        return new CloudUser(uid, stretches, video, videoLead, rotations, events, f, forcedCuts, uploadCopies);
    }

    /** A fault of the slice in which session time {@code at} lies (where video slices start depends on key frames). */
    public CloudUser withFaultAt(Track track, FaultKind kind, double at) {
        List<Fault> f = new ArrayList<>(faults);
        f.add(new Fault(track, kind, -1, 0, at));
        return new CloudUser(uid, stretches, video, videoLead, rotations, events, f, forcedCuts, uploadCopies);
    }

    /** A video slice starts at {@code at} without a key frame (the recorder's 5.5 min / 50 MB force-cut). */
    public CloudUser forceCutAt(double at) {
        List<Double> c = new ArrayList<>(forcedCuts);
        c.add(at);
        return new CloudUser(uid, stretches, video, videoLead, rotations, events, faults, c, uploadCopies);
    }

    /**
     * The track's playlist comes as two upload-failure copies {@code _<tick>_1.m3u8} (all slices)
     * and {@code _<tick>_2.m3u8} (the first half, not ended) instead of the plain name.
     */
    public CloudUser withUploadCopies(Track track) {
        List<Track> t = new ArrayList<>(uploadCopies);
        t.add(track);
        return new CloudUser(uid, stretches, video, videoLead, rotations, events, faults, forcedCuts, t);
    }

    /** The rotation (clockwise to upright) at session time {@code t}: the last change at or before it. */
    int rotationAt(double t) {
        int current = 0;
        for (RotationAt r : rotations) {
            if (r.at() <= t + 1e-9) {
                current = r.degrees();
            }
        }
        return current;
    }

    /** The fault of slice {@code index} of the track, which covers session times [start, end). */
    Optional<Fault> fault(Track track, int index, double start, double end) {
        return faults.stream().filter(f -> f.track() == track && (f.slice() == index
                || f.slice() < 0 && f.at() >= start && f.at() < end)).findFirst();
    }
}
