package io.recmerge.cli;

import io.recmerge.convert.ConvertSettings;
import io.recmerge.plan.Canvas;
import io.recmerge.plan.Gaps;
import io.recmerge.plan.LeadingBlank;
import io.recmerge.plan.Mode;
import io.recmerge.plan.PlanRequest;
import io.recmerge.profile.ProfileCatalog;
import io.recmerge.verify.VerifyDepth;
import picocli.CommandLine.Option;

/** The options that shape each session's outputs: the same for convert, batch and watch. */
final class SessionOptions {

    @Option(names = "--mode", paramLabel = "MODE", defaultValue = "session", converter = Choices.ModeChoice.class,
            description = "session (one output per user session), uid (one per uid, sessions joined), "
                    + "uid-audio (one .m4a per uid), uid-video (video only per uid); or the SDK converter's numbers "
                    + "0, 1, 2, 3 for these. Default: ${DEFAULT-VALUE}.")
    Mode mode;

    @Option(names = "--leading-blank", paramLabel = "POLICY", defaultValue = "auto",
            converter = Choices.LeadingBlankChoice.class,
            description = "Before the first video frame: auto (drop silence, show the first frame under sound), "
                    + "freeze (first frame under all audio), keep (black), trim (start at the first frame). "
                    + "Default: ${DEFAULT-VALUE}.")
    LeadingBlank leadingBlank;

    @Option(names = "--gaps", paramLabel = "keep|drop|freeze", defaultValue = "keep", converter = Choices.GapsChoice.class,
            description = "Time without audio or video inside an output: keep (black, silence), drop, or freeze "
                    + "(the last frame under silence, like the SDK's converter). Default: ${DEFAULT-VALUE}.")
    Gaps gaps;

    @Option(names = "--profile", paramLabel = "NAME|FILE", defaultValue = ProfileCatalog.DEFAULT,
            description = "Output profile, built-in name or JSON file (default: ${DEFAULT-VALUE}; see 'recmerge profiles').")
    String profile;

    @Option(names = "--fps", paramLabel = "N", converter = Converters.Fps.class, description = "Output frame rate, 5..120 (default: the source's when constant, else 15).")
    Double fps;

    @Option(names = "--size", paramLabel = "WxH", converter = Converters.Size.class,
            description = "Output picture size (default: the largest source size).")
    Canvas size;

    @Option(names = "--force", description = "Convert even if the recording is not finished (no recording2-done.txt).")
    boolean force;

    @Option(names = "--redo", description = "Convert again even when the output folder's manifest.json shows the "
            + "same inputs and options were converted before.")
    boolean redo;

    @Option(names = "--verify", paramLabel = "auto|full", defaultValue = "auto", converter = Choices.VerifyChoice.class,
            description = "auto: read every packet of each output and decode its first and last seconds; "
                    + "full: decode every output whole. Default: ${DEFAULT-VALUE}.")
    VerifyDepth verify;
    @Option(names = "--uid", paramLabel = "UID", arity = "1..*", split = ",",
            description = "Convert only these uids (several: --uid 1001 1002 or --uid 1001,1002).")
    java.util.List<String> uids = new java.util.ArrayList<>();

    @picocli.CommandLine.ArgGroup(exclusive = false)
    WindowOptions window = new WindowOptions();

    @Option(names = "--snapshots", paramLabel = "INTERVAL", converter = Converters.Interval.class,
            description = "Also write a JPEG of the upright picture every INTERVAL (e.g. 500ms, 2s; at least 100ms), "
                    + "named <output name>_001.jpg, ...")
    Double snapshots;

    @Option(names = "--keep-audio", description = "Also write the output's audio as <output name>.m4a beside it.")
    boolean keepAudio;

    /** A usage problem in the values, or empty. */
    java.util.Optional<String> problem() {
        if (fps != null && (fps < 5 || fps > 120 || fps.isNaN())) {
            return java.util.Optional.of("--fps " + fps + " is outside 5..120");
        }
        return window.problem();
    }

    PlanRequest.Selection selection() {
        return new PlanRequest.Selection(new java.util.HashSet<>(uids), window.interval());
    }

    ConvertSettings.Builder settings(ConvertSettings.Resume resume) {
        ConvertSettings.Builder b = ConvertSettings.defaults().toBuilder().profile(profile).size(size).force(force)
                .mode(mode).leadingBlank(leadingBlank).gaps(gaps).resume(redo ? ConvertSettings.Resume.NEVER : resume)
                .verify(verify).select(selection()).extras(new PlanRequest.Extras(java.util.Optional.ofNullable(snapshots),
                        keepAudio, java.util.Optional.empty()));
        if (fps != null) {
            b.fps(fps);
        }
        return b;
    }
}
