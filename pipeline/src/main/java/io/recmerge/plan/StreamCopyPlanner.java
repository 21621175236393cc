package io.recmerge.plan;

import io.recmerge.engine.FfmpegCommand;
import io.recmerge.engine.Filter;
import io.recmerge.engine.FilterGraph;
import io.recmerge.profile.Profile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Stream copy: when the video file already fits the profile, its packets are copied, never
 * decoded. The video must start with the output: a late start would become an empty edit, which
 * decoders fill with the first frame rather than black, so a black lead-in ({@code keep}) is
 * rendered, while a lead-in freeze moves only the first packet to t=0 ({@code setts}) and so
 * shows the first frame from the start. One rotation for the whole output becomes display-matrix
 * metadata. The audio is copied too when it needs nothing but its offset or a cut at an AAC frame
 * boundary (AudioCopy); when it must be padded, mixed or cut elsewhere, only the audio is
 * re-encoded, which costs little next to re-encoding the picture.
 */
final class StreamCopyPlanner {

    private StreamCopyPlanner() {
    }

    static Optional<RenderPlan> plan(OutputDraft d, PlanRequest request) {
        Profile p = d.profile();
        if (!p.streamCopy()) {
            return Optional.empty();
        }
        boolean audioCopy = AudioCopy.fits(d);
        if (d.video().isEmpty()) {
            return audioCopy ? Optional.of(build(d, true)) : Optional.empty();
        }
        if (d.video().size() != 1 || !videoFits(d.video().get(0), p, d, request) || p.audio().isEmpty()
                && !d.audio().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(build(d, audioCopy || d.audio().isEmpty()));
    }

    private static RenderPlan build(OutputDraft d, boolean audioCopied) {
        FfmpegCommand.Builder cmd = FfmpegCommand.ffmpeg();
        for (MediaPiece a : d.audio()) {
            cmd.input(a.file(), audioCopied ? AudioCopy.inputOptions(a, d.window()) : a.inputOptions());
        }
        List<String> maps = new ArrayList<>(d.audio().isEmpty() ? List.of()
                : List.of("-map", audioCopied ? "0:a:0" : "[" + AudioMix.OUT + "]"));
        List<RenderPlan.Preparation> preparations = new ArrayList<>();
        for (MediaPiece v : d.video()) {
            Path source = v.file();
            if (v.annexB()) {
                preparations.add(AnnexBRewrap.preparation(v, d.tempFile()));
                source = preparations.get(preparations.size() - 1).output();
            }
            cmd.input(source, videoInputOptions(d, v));
            maps.addAll(List.of("-map", d.audio().size() + ":v:0"));
        }
        if (!audioCopied && !d.audio().isEmpty()) {
            cmd.filterGraph(new FilterGraph(AudioMix.chains(d, 0)));
        }
        cmd.args(maps).args("-c:v", "copy");
        d.freezeUntil().ifPresent(f -> cmd.args("-bsf:v", FREEZE_FIRST_PACKET));
        cmd.args(audioCodec(d, audioCopied)).args(d.profile().muxerOptions())
                .args(AudioCopy.movieTimescale(d, audioCopied && lateTrack(d)))
                .args("-f", d.profile().container(), "-progress", "pipe:1").output(d.tempFile());
        OptionalInt rotation = d.video().isEmpty() ? OptionalInt.empty()
                : OptionalInt.of(d.video().get(0).rotations().get(0).degrees());
        return new RenderPlan.StreamCopy(cmd.build(), rotation.isPresent() && rotation.getAsInt() != 0
                ? rotation : OptionalInt.empty(), !audioCopied, preparations);
    }

    private static List<String> audioCodec(OutputDraft d, boolean audioCopied) {
        if (audioCopied) {
            return List.of("-c:a", "copy");
        }
        Profile.AudioCodec c = d.profile().audio().orElseThrow();
        List<String> args = new ArrayList<>(List.of("-c:a", c.encoder(), "-ar", Integer.toString(c.sampleRate())));
        args.addAll(c.options());
        return args;
    }

    /** A copied track starting after t=0: the copied audio, or the video when its first packet is not moved to 0. */
    private static boolean lateTrack(OutputDraft d) {
        boolean lateVideo = d.freezeUntil().isEmpty()
                && d.video().stream().anyMatch(v -> d.window().relative(v.start()) > 1e-6);
        return !d.audio().isEmpty() && (AudioCopy.startsLate(d.audio().get(0), d.window()) || lateVideo);
    }

    /**
     * The first packet (the I-frame the recorder started the file with) is moved to t=0 and so
     * shown until the second frame: a frozen first frame without decoding anything.
     */
    static final String FREEZE_FIRST_PACKET = Filter.of("setts",
            "pts", "if(eq(N,0),0,PTS)", "dts", "if(eq(N,0),0,DTS)").render();

    /**
     * Without -copyts ffmpeg first moves each input to start at 0 (it subtracts the file's own
     * start time: 1.4 s for the recorder's MPEG-TS), then adds -itsoffset; so the offset is just
     * where the piece belongs on the output timeline.
     */
    private static List<String> videoInputOptions(OutputDraft d, MediaPiece v) {
        List<String> options = new ArrayList<>(offset(d.window().relative(v.start())));
        int degrees = v.rotations().get(0).degrees();
        if (degrees != 0) {
            // The display matrix turns counter-clockwise; a recording's rotation is clockwise.
            options.addAll(List.of("-display_rotation:v:0", Integer.toString(-degrees)));
        }
        return options;
    }

    static List<String> offset(double seconds) {
        return Math.abs(seconds) < 1e-6 ? List.of() : List.of("-itsoffset", Seconds.of(seconds));
    }

    /** Every condition under which copying the video gives what a re-encode would. */
    static boolean videoFits(MediaPiece v, Profile p, OutputDraft d, PlanRequest request) {
        if (v.rotations().size() != 1) {
            return false; // turning mid-stream needs new frames
        }
        RotationSpan span = v.rotations().get(0);
        boolean codec = p.video().map(c -> c.codec().equals(v.codec()) && c.pixelFormat().equals(v.pixelFormat()))
                .orElse(false);
        boolean evenSize = v.width() % 2 == 0 && v.height() % 2 == 0;
        boolean sameSize = d.canvas().map(c -> c.width() == Canvases.uprightWidth(v, span)
                && c.height() == Canvases.uprightHeight(v, span)).orElse(false);
        boolean sameRate = request.fps().isEmpty() || v.frameRate().isPresent()
                && Math.abs(v.frameRate().getAsDouble() - request.fps().getAsDouble()) < 0.01;
        boolean rotationOk = span.degrees() == 0 || p.isMp4Family();
        // A late first frame would leave an empty edit that decoders fill with that frame, not with
        // black: a lead-in is either frozen (setts, below) or rendered.
        boolean startsWithOutput = Math.abs(d.window().relative(v.start())) <= d.frameSeconds()
                || d.freezeUntil().isPresent();
        boolean reachesEnd = Math.abs(d.window().relative(v.end()) - d.window().duration()) <= d.frameSeconds();
        return codec && evenSize && sameSize && sameRate && rotationOk && v.isCopyableContainer() && startsWithOutput
                && reachesEnd;
    }
}
