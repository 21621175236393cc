package io.recmerge.plan;

import io.recmerge.container.AdtsScan;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/**
 * A damaged ADTS file as parts that each keep their own time. ADTS has no timestamps: ffmpeg's
 * demuxer resyncs after a damaged stretch and plays every later frame early by the frames the
 * stretch held. So the file is read as one part per intact run of frames (the later ones from
 * the byte where the run starts, {@code -skip_initial_bytes}), each placed at its frame's time,
 * the estimated lost frames counted in; the audio mix leaves silence between them.
 */
final class DamagedAudio {

    private DamagedAudio() {
    }

    /**
     * @param whole the file placed as if it were intact (start at its create time)
     * @return the parts in time order; each decodes afresh, so it drops its first frame's worth
     *         of decoder priming like a whole file does
     */
    static List<MediaPiece> parts(MediaPiece whole, AdtsScan scan) {
        int rate = whole.sampleRate();
        if (!scan.damaged() || rate <= 0) {
            return List.of(whole);
        }
        double frame = (double) AdtsScan.SAMPLES_PER_FRAME / rate;
        List<MediaPiece> parts = new ArrayList<>();
        long streamFrame = 0;
        int intactBefore = 0;
        long fromByte = 0;
        for (int i = 0; i <= scan.gaps().size(); i++) {
            int intactEnd = i < scan.gaps().size() ? scan.gaps().get(i).framesBefore() : scan.frames();
            int count = intactEnd - intactBefore;
            if (count > 1) {
                parts.add(part(whole, whole.start() + streamFrame * frame, (count - 1) * frame, fromByte));
            }
            if (i < scan.gaps().size()) {
                AdtsScan.Gap gap = scan.gaps().get(i);
                streamFrame += count + gap.lostFrames();
                intactBefore = intactEnd;
                fromByte = gap.to();
            }
        }
        return parts.isEmpty() ? List.of(whole) : parts;
    }

    private static MediaPiece part(MediaPiece w, double start, double duration, long fromByte) {
        return new MediaPiece(w.name(), w.file(), w.kind(), start, duration, w.codec(), w.container(),
                w.sourceStartTime(), w.width(), w.height(), w.pixelFormat(), w.frameRate(), w.sampleRate(),
                w.channels(), w.primingSamples(), w.rotations(), w.audibleFrom(), w.annexB(),
                OptionalLong.of(fromByte), w.codecProfile());
    }
}
