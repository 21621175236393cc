package io.recmerge.testkit;

import java.util.ArrayList;
import java.util.List;

/**
 * One video file. Its own t=0 sits at session time {@code info} (the first frame); frames are at
 * {@code info + k/fps} for k in [0, frameCount()). {@code width x height} is the sensor size, i.e.
 * the stored frame size for every rotation. {@code flashes} (session times) become full-white frames
 * at the nearest frame, see {@link #snappedFlashes()}. {@code rotations}: see {@link RotationAt};
 * empty means rotation 0 throughout. Rotation changes are snapped to the frame grid too, and the
 * metadata file gets the snapped times. {@code create} and {@code info} are rounded to the
 * millisecond, as the metadata file writes them.
 */
public record VideoSpec(String fileName, Container container, double create, double info, double duration,
                        int width, int height, int fps, List<Double> flashes, List<RotationAt> rotations) {

    public VideoSpec {
        Times.requireFinite(create, "create");
        Times.requireFinite(info, "info");
        create = Times.ms(create);
        info = Times.ms(info);
        if (info < create || !(duration > 0) || fps < 1 || width % 2 != 0 || height % 2 != 0 || width < 16
                || height < 16) {
            throw new IllegalArgumentException("bad video spec (create <= info, duration > 0, even size): "
                    + fileName);
        }
        flashes = List.copyOf(flashes);
        rotations = List.copyOf(rotations);
    }

    /** 320x240 at 15 fps, no rotation: the common case. */
    public static VideoSpec of(String fileName, Container container, double create, double info,
                               double duration, List<Double> flashes) {
        return new VideoSpec(fileName, container, create, info, duration, 320, 240, 15, flashes, List.of());
    }

    /** A copy with these rotations. */
    public VideoSpec withRotations(List<RotationAt> newRotations) {
        return new VideoSpec(fileName, container, create, info, duration, width, height, fps, flashes,
                newRotations);
    }

    /** Number of frames (duration rounded to whole frames). */
    public int frameCount() {
        return (int) Math.round(duration * fps);
    }

    /** Session time of frame k (rounded to the nanosecond, so grid times print as 1.8, not 1.7999999999999998). */
    public double frameTime(int k) {
        return Math.round((info + (double) k / fps) * 1e9) / 1e9;
    }

    /** Index of the frame nearest to a session time (may be outside the file). */
    public int frameIndex(double sessionTime) {
        return (int) Math.round((sessionTime - info) * fps);
    }

    /** A session time moved to the nearest frame of this file: use it to put a beep exactly on a flash. */
    public double snap(double sessionTime) {
        return frameTime(frameIndex(sessionTime));
    }

    /** Session time of the close line: just after the last frame. */
    public double close() {
        return frameTime(frameCount());
    }

    /** Frame index of each flash; throws when a flash falls outside the file. */
    public List<Integer> flashFrames() {
        List<Integer> frames = new ArrayList<>();
        for (double f : flashes) {
            int k = frameIndex(f);
            if (k < 0 || k >= frameCount()) {
                throw new IllegalArgumentException("flash " + f + " outside " + fileName);
            }
            frames.add(k);
        }
        return frames;
    }

    /** Ground truth: session times of the flash frames (on the frame grid). */
    public List<Double> snappedFlashes() {
        return flashFrames().stream().map(this::frameTime).toList();
    }

    /** Ground truth: flash times on the file's own timeline (snapped - info): k / fps. */
    public List<Double> fileFlashes() {
        return flashFrames().stream().map(k -> Math.round((double) k / fps * 1e9) / 1e9).toList();
    }

    /** Ground truth: the rotation of every frame, as spans on the session clock. */
    public List<RotationSpan> rotationSpans() {
        List<int[]> segs = segments();
        return segs.stream().map(s -> new RotationSpan(frameTime(s[0]), frameTime(s[1]), s[2])).toList();
    }

    /** {start frame, end frame (exclusive), degrees} per rotation segment; validates the list. */
    List<int[]> segments() {
        List<RotationAt> rs = rotations.isEmpty() ? List.of(new RotationAt(info, 0)) : rotations;
        List<int[]> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < rs.size(); i++) {
            int end = i + 1 < rs.size() ? frameIndex(rs.get(i + 1).at()) : frameCount();
            if (end <= start || end > frameCount()) {
                throw new IllegalArgumentException("rotation changes must be increasing, at least one frame "
                        + "apart and inside the file: " + rotations);
            }
            out.add(new int[] {start, end, rs.get(i).degrees()});
            start = end;
        }
        return out;
    }
}
