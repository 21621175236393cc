package io.recmerge.cloud;

import io.recmerge.diag.Code;
import io.recmerge.diag.Diagnostic;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;

/**
 * Turns one run of slices into the files the pipeline reads, in the work folder. MPEG-TS slices of
 * a run continue each other's packets and timestamps: the AAC audio becomes one ADTS file (like a
 * recorder's .aac: its length is counted in frames, its stream copied into the MP4), the video one
 * MPEG-TS of the video alone. A slice that the recorder force-cut (5.5 min / 50 MB) starts without
 * a key frame; inside a run it follows its predecessor's bytes and decodes. When such a slice
 * opens a run (the slice before it is missing), nothing before the next key frame can be decoded:
 * that stretch is left out and reported. WebM slices carry their own header: a file each.
 */
final class RunJoiner {

    /** A file in the work folder and the span of the recording clock it covers. */
    record Piece(String name, Instant start, Instant end) { }

    private final CloudRecording recording;
    private final Path work;
    private final List<Diagnostic> diagnostics;

    RunJoiner(CloudRecording recording, Path work, List<Diagnostic> diagnostics) {
        this.recording = recording;
        this.work = work;
        this.diagnostics = diagnostics;
    }

    /** @param prefix {@code <uid>_} of the work files */
    List<Piece> audio(CloudTrack.Run run, String prefix) throws IOException {
        if (run.extension().equals("webm")) {
            return separately(run, prefix + "audio_");
        }
        SliceScan first = SliceScan.head(run.slices().get(0).file());
        if (!first.adts()) {
            Piece p = new Piece(prefix + "audio_" + CloudName.format(run.start()) + ".ts", run.start(), run.end());
            CloudWork.join(run, work.resolve(p.name()));
            return List.of(p);
        }
        Instant start = run.start().plusNanos(nanos(first.audioPts(), earliest(first)));
        Piece p = new Piece(prefix + "audio_" + CloudName.format(start) + ".aac", start, run.end());
        TsWriter.adts(files(run), work.resolve(p.name()));
        return List.of(p);
    }

    List<Piece> video(CloudTrack.Run run, String prefix) throws IOException {
        if (run.extension().equals("webm")) {
            return separately(run, prefix + "video_");
        }
        SliceScan first = SliceScan.head(run.slices().get(0).file());
        if (first.videoPts().isEmpty()) {
            // Not a TS whose video can be found: joined as it is, for the probe to say what it is.
            Piece p = new Piece(prefix + "video_" + CloudName.format(run.start()) + ".ts", run.start(), run.end());
            CloudWork.join(run, work.resolve(p.name()));
            return List.of(p);
        }
        OptionalLong origin = earliest(first);
        if (!first.h264() || first.startsWithKeyFrame()) {
            Instant start = run.start().plusNanos(nanos(first.videoPts(), origin));
            return List.of(write(run, prefix, start, 0, 0));
        }
        for (int i = 0; i < run.slices().size(); i++) {
            SliceScan scan = SliceScan.whole(run.slices().get(i).file());
            if (scan.keyPts().isPresent()) {
                Instant key = run.start().plusNanos(nanos(scan.keyPts(), origin));
                lostHead(run, key);
                return List.of(write(run, prefix, key, i, scan.keyPacket()));
            }
        }
        lostHead(run, run.end());
        return List.of();
    }

    private Piece write(CloudTrack.Run run, String prefix, Instant start, int fromSlice, long fromPacket)
            throws IOException {
        Piece p = new Piece(prefix + "video_" + CloudName.format(start) + ".ts", start, run.end());
        TsWriter.video(files(run), fromSlice, fromPacket, work.resolve(p.name()));
        return p;
    }

    private void lostHead(CloudTrack.Run run, Instant key) {
        CloudTrack.Slice first = run.slices().get(0);
        double from = recording.seconds(run.start());
        double to = recording.seconds(key);
        String left = key.equals(run.end()) ? "none of its run has one, so all" : "the";
        diagnostics.add(Diagnostic.of(Code.CLOUD_VIDEO_NO_KEYFRAME, String.format(Locale.ROOT,
                "%s starts without a key frame (the recorder force-cuts a slice at 5.5 min or 50 MB) and the slice "
                        + "before it is not there to decode it from; %s %.3f s until the next key frame (%.3f-%.3f s "
                        + "of the recording clock) cannot be decoded and were left out", first.name(), left, to - from,
                from, to)).uid(uidOf(first)).file(first.name()).build());
    }

    private static String uidOf(CloudTrack.Slice slice) {
        return CloudName.parse(slice.name()).flatMap(CloudName::uid).orElse(null);
    }

    /** WebM slices: each is a file of its own (hard-linked into the work folder). */
    private List<Piece> separately(CloudTrack.Run run, String prefix) throws IOException {
        List<Piece> out = new ArrayList<>();
        for (CloudTrack.Slice s : run.slices()) {
            Piece p = new Piece(prefix + CloudName.format(s.utc()) + "." + run.extension(), s.utc(), s.end());
            CloudWork.place(s, work.resolve(p.name()));
            out.add(p);
        }
        return out;
    }

    private static List<Path> files(CloudTrack.Run run) {
        return run.slices().stream().map(CloudTrack.Slice::file).toList();
    }

    /** The slice's own start: its earliest first timestamp (the one its name's UTC stands for). */
    private static OptionalLong earliest(SliceScan s) {
        if (s.audioPts().isPresent() && s.videoPts().isPresent()) {
            return SliceScan.ticks(s.audioPts().getAsLong() - s.videoPts().getAsLong()) < 0 ? s.audioPts()
                    : s.videoPts();
        }
        return s.audioPts().isPresent() ? s.audioPts() : s.videoPts();
    }

    /** Nanoseconds from {@code origin} to {@code pts}, 0 when either is unknown. */
    private static long nanos(OptionalLong pts, OptionalLong origin) {
        return pts.isEmpty() || origin.isEmpty() ? 0
                : Math.round(SliceScan.ticks(pts.getAsLong() - origin.getAsLong()) * 1e9);
    }
}
