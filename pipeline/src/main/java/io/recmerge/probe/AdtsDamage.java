package io.recmerge.probe;

import io.recmerge.container.AdtsScan;
import io.recmerge.diag.Code;
import io.recmerge.diag.Diagnostic;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Damaged stretches of an ADTS file, one diagnostic each: how much audio was lost there, measured
 * from the stretch's bytes and the frame sizes around it. When the two sides disagree by more
 * than {@link #MAX_SPREAD_SECONDS} (silence next to sound, whose frames differ tenfold in size),
 * the loss cannot be told to within a video frame: that is an error, so the output is partial.
 */
final class AdtsDamage {

    static final double MAX_SPREAD_SECONDS = 0.1;
    /** Fewer intact frames than this before a stretch give no mean frame size worth the name. */
    static final int MIN_FRAMES_BEFORE = 8;

    private AdtsDamage() {
    }

    /** @return the scan of a damaged file with its diagnostics, or empty for an intact (or unscannable) file */
    static Optional<Found> examine(Path file, String name, String uid) {
        try {
            return AdtsScan.of(file).filter(AdtsScan::damaged)
                    .map(scan -> new Found(scan, diagnostics(scan, name, uid)));
        } catch (IOException e) {
            return Optional.empty(); // ffprobe read the file moments ago; the render will say what is wrong
        }
    }

    record Found(AdtsScan scan, List<Diagnostic> diagnostics) { }

    static boolean measured(AdtsScan.Gap gap, int sampleRate) {
        return gap.framesBefore() >= MIN_FRAMES_BEFORE && sampleRate > 0
                && gap.spreadFrames() * AdtsScan.SAMPLES_PER_FRAME / sampleRate <= MAX_SPREAD_SECONDS;
    }

    private static List<Diagnostic> diagnostics(AdtsScan scan, String name, String uid) {
        List<Diagnostic> out = new ArrayList<>();
        double frame = scan.sampleRate() > 0 ? (double) AdtsScan.SAMPLES_PER_FRAME / scan.sampleRate() : 0;
        for (AdtsScan.Gap g : scan.gaps()) {
            String where = String.format(Locale.ROOT, "%s: bytes %d-%d (%d bytes) after %d intact frames (%.3f s into "
                    + "the audio) are damaged", name, g.from(), g.to(), g.to() - g.from(), g.framesBefore(),
                    g.framesBefore() * frame);
            boolean ok = measured(g, scan.sampleRate());
            Code code = ok ? Code.AUDIO_DAMAGED : Code.AUDIO_DAMAGE_UNMEASURED;
            String loss = String.format(Locale.ROOT, "about %d frames (%.3f s, estimates from either side %.0f and "
                    + "%.0f frames) were lost there", g.lostFrames(), g.lostFrames() * frame,
                    (g.to() - g.from()) / g.bytesBefore(), (g.to() - g.from()) / g.bytesAfter());
            String done = ok ? "; silence of that length fills them, so the audio after stays in place"
                    : "; that is too uncertain to keep the audio after it in sync (silence of the estimate fills them)";
            out.add(Diagnostic.of(code, where + ": " + loss + done).uid(uid).file(name).build());
        }
        return out;
    }
}
