package io.recmerge.plan;

import io.recmerge.diag.Code;
import io.recmerge.diag.Diagnostic;
import io.recmerge.metadata.MetadataEvent;
import io.recmerge.metadata.MetadataFile;
import io.recmerge.probe.MediaFacts;
import io.recmerge.probe.StreamFacts;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * Places a user session's media files on its session clock. Pure: metadata events and probe facts
 * in, pieces out. The audio starts at its {@code create} time, the video's first frame at its
 * {@code info} time (docs/timing.md); lengths come from the media, not from {@code close} lines, which
 * are missing after a crash.
 */
public final class TimelineBuilder {

    /** The AAC-LC decoder delay: what an ADTS file (which cannot signal it) decodes early with. */
    static final int ADTS_PRIMING_SAMPLES = 1024;
    /** Audio shorter than its create-close span by more than this is reported (a dozen AAC frames). */
    static final double SHORT_AUDIO_SECONDS = 0.25;

    private TimelineBuilder() {
    }

    /** @param facts probe results by media file name; files without facts are left out (already reported) */
    public static UserTimeline build(MetadataFile meta, Map<String, MediaFacts> facts) {
        List<MediaPiece> audio = new ArrayList<>();
        List<MediaPiece> video = new ArrayList<>();
        List<Diagnostic> diagnostics = new ArrayList<>(meta.diagnostics());
        for (String name : meta.mediaFiles()) {
            MediaFacts f = facts.get(name);
            if (f == null) {
                continue;
            }
            FileEvents events = FileEvents.of(meta, name);
            if (events.close().isEmpty()) {
                diagnostics.add(Diagnostic.of(Code.CLOSE_MISSING, meta.baseName() + ".txt has no close for "
                        + name + "; its end was taken from the media").uid(meta.uid()).file(name).build());
            }
            Optional<StreamFacts> v = f.firstVideo();
            Optional<StreamFacts> a = f.firstAudio();
            if (v.isPresent()) {
                videoPiece(name, f, v.get(), events).ifPresent(video::add);
            } else if (a.isPresent()) {
                Optional<MediaPiece> piece = audioPiece(name, f, a.get(), events);
                List<MediaPiece> parts = piece.map(p -> f.adtsDamage().map(d -> DamagedAudio.parts(p, d))
                        .orElse(List.of(p))).orElse(List.of());
                audio.addAll(parts);
                piece.flatMap(p -> shortAudio(meta, parts, events)).ifPresent(diagnostics::add);
            } else {
                diagnostics.add(Diagnostic.of(Code.MEDIA_UNSUPPORTED, name + " has no audio or video stream")
                        .uid(meta.uid()).file(name).build());
            }
        }
        return new UserTimeline(meta.uid(), meta.stamp(), meta.baseName(), audio, video, diagnostics);
    }

    private static Optional<MediaPiece> audioPiece(String name, MediaFacts f, StreamFacts s, FileEvents events) {
        // MPEG-TS (cloud recording slices) cannot signal the priming either: same delay as ADTS
        int priming = (f.formatIs("aac") || f.formatIs("mpegts")) && "aac".equals(s.codec()) ? ADTS_PRIMING_SAMPLES : 0;
        double decoded = length(f, s);
        double duration = decoded - (s.sampleRate() > 0 ? (double) priming / s.sampleRate() : 0);
        if (!(duration > 0.001)) {
            return Optional.empty();
        }
        double start = events.create().or(events::info).orElse(0.0);
        return Optional.of(new MediaPiece(name, f.file(), TrackKind.AUDIO, start, duration, s.codec(),
                f.formatName(), startTime(f, s), 0, 0, "", OptionalDouble.empty(), s.sampleRate(),
                s.channels(), priming, List.of(), OptionalDouble.empty(), false, java.util.OptionalLong.empty(),
                s.profile().orElse("")));
    }

    private static Optional<MediaPiece> videoPiece(String name, MediaFacts f, StreamFacts s, FileEvents events) {
        double duration = length(f, s);
        if (!(duration > 0.001) || s.width() <= 0 || s.height() <= 0) {
            return Optional.empty();
        }
        double start = events.info().or(events::create).orElse(0.0);
        List<RotationSpan> spans = Rotations.spans(start, start + duration, events.initialRotation(),
                events.rotations());
        return Optional.of(new MediaPiece(name, f.file(), TrackKind.VIDEO, start, duration, s.codec(),
                f.formatName(), startTime(f, s), s.width(), s.height(), s.pixelFormat().orElse(""),
                s.frameRate(), 0, 0, 0, spans, OptionalDouble.empty(), f.annexBVideo(),
                java.util.OptionalLong.empty(), s.profile().orElse("")));
    }

    /**
     * Audio that holds less than its create-close span: the recorder lost frames (the SDK 2.3 one
     * wrote 46.12 s of ADTS for a 47.29 s span). Where they were lost is unknown, ADTS has no
     * timestamps; the user learns how much is missing.
     */
    static Optional<Diagnostic> shortAudio(MetadataFile meta, List<MediaPiece> parts, FileEvents events) {
        if (events.close().isEmpty() || parts.isEmpty()) {
            return Optional.empty();
        }
        MediaPiece audio = parts.get(0);
        double span = events.close().get() - audio.start();
        double held = parts.stream().mapToDouble(MediaPiece::duration).sum();
        double missing = events.close().get() - parts.get(parts.size() - 1).end();
        if (!(missing > SHORT_AUDIO_SECONDS)) {
            return Optional.empty();
        }
        return Optional.of(Diagnostic.of(Code.AUDIO_SHORTER_THAN_SPAN, String.format(Locale.ROOT,
                "%s holds %.3f s of audio for its %.3f s from create to close (%.3f-%.3f s): %.3f s are missing",
                audio.name(), held, span, audio.start(), events.close().get(), missing))
                .uid(meta.uid()).file(audio.name()).build());
    }

    /**
     * Stream duration when the container has it (MP4); else the format's, less the stream's start.
     * Matroska/WebM counts its Duration from the segment's time 0, not from the first frame: a
     * cloud recording's WebM slice whose frames run 40-42 s says 42 s (ffprobe's format start_time
     * is then 40), so there the whole start comes off. Elsewhere (MPEG-TS) ffmpeg's duration runs
     * from the format's start_time, and only a stream starting later than that shortens it.
     */
    private static double length(MediaFacts f, StreamFacts s) {
        if (s.duration().isPresent()) {
            return s.duration().getAsDouble();
        }
        double formatDuration = f.duration().orElse(0);
        double from = f.formatIs("matroska") ? 0 : f.startTime().orElse(0);
        return formatDuration - Math.max(0, startTime(f, s) - from);
    }

    private static double startTime(MediaFacts f, StreamFacts s) {
        return s.startTime().orElse(f.startTime().orElse(0));
    }

    /** The events of one media file, as the timeline needs them. */
    record FileEvents(Optional<Double> create, Optional<Double> info, Optional<Double> close,
                      OptionalInt initialRotation, List<MetadataEvent.Rotate> rotations) {

        static FileEvents of(MetadataFile meta, String name) {
            Optional<Double> create = Optional.empty();
            Optional<Double> info = Optional.empty();
            Optional<Double> close = Optional.empty();
            OptionalInt rotation = OptionalInt.empty();
            List<MetadataEvent.Rotate> rotates = new ArrayList<>();
            for (MetadataEvent e : meta.events()) {
                if (e instanceof MetadataEvent.Create c && c.file().equals(name) && create.isEmpty()) {
                    create = Optional.of(c.time());
                } else if (e instanceof MetadataEvent.Info i && i.file().equals(name) && info.isEmpty()) {
                    info = Optional.of(i.time());
                    rotation = i.rotation();
                } else if (e instanceof MetadataEvent.Rotate r && r.file().equals(name)) {
                    rotates.add(r);
                } else if (e instanceof MetadataEvent.Close c && c.file().equals(name)) {
                    close = Optional.of(c.time());
                }
            }
            return new FileEvents(create, info, close, rotation, rotates);
        }
    }
}
