package io.recmerge.render;

import io.recmerge.plan.PlannedOutput;
import io.recmerge.plan.RenderPlan;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Is there room for an output before ffmpeg starts? A full disk otherwise shows up as a failed
 * render with a cut-off log. The size is estimated: a stream copy is about as large as its inputs;
 * a transcode gets a generous bit budget for its picture size and rate (x264 at the profiles' CRF
 * stays well under it for call recordings), plus the audio.
 */
public final class SpaceCheck {

    /** Bits per pixel per frame allowed for a re-encoded picture (about 1.4 Mbit/s at 640x360, 15 fps). */
    private static final double BITS_PER_PIXEL = 0.4;
    private static final double AUDIO_BITS_PER_SECOND = 192_000;
    private static final long MARGIN_BYTES = 64 << 10;

    private SpaceCheck() {
    }

    /** The sentence for a shortfall ("no space left on OUT (0.2 MB free, about 3.1 MB needed)"), or empty. */
    public static Optional<String> shortfall(PlannedOutput out) {
        try {
            long free = Files.getFileStore(out.finalFile().getParent()).getUsableSpace();
            long needed = estimate(out);
            return free >= needed ? Optional.empty() : Optional.of(message(out.finalFile().getParent(), free, needed));
        } catch (IOException e) {
            return Optional.empty(); // unknown: ffmpeg's own error will say it
        }
    }

    /** After ffmpeg failed with "No space left on device": the same sentence with what is free now. */
    public static String afterFailure(PlannedOutput out) {
        Path dir = out.finalFile().getParent();
        try {
            return message(dir, Files.getFileStore(dir).getUsableSpace(), estimate(out));
        } catch (IOException e) {
            return "no space left on " + dir;
        }
    }

    public static boolean isNoSpace(List<String> stderr) {
        return stderr.stream().anyMatch(l -> l.contains("No space left on device"));
    }

    static long estimate(PlannedOutput out) {
        long bytes;
        if (out.plan() instanceof RenderPlan.StreamCopy copy) {
            // A preparation's inputs count too: a smart render's main run reads its pieces through a
            // data: URL that cannot be sized, and the pieces sit beside the output until it is done.
            bytes = inputs(copy.command().args())
                    + copy.preparations().stream().mapToLong(p -> inputs(p.command().args())).sum();
        } else {
            double video = out.canvas().map(c -> (double) c.width() * c.height() * out.fps().orElse(15.0)
                    * BITS_PER_PIXEL).orElse(0.0);
            double audio = out.kind().hasAudio() ? AUDIO_BITS_PER_SECOND : 0;
            bytes = Math.round((video + audio) * out.duration() / 8);
        }
        return bytes + MARGIN_BYTES;
    }

    private static long inputs(List<String> args) {
        long total = 0;
        for (int i = 0; i + 1 < args.size(); i++) {
            if (args.get(i).equals("-i")) {
                try {
                    total += Files.size(Path.of(args.get(i + 1)));
                } catch (IOException | RuntimeException e) {
                    // an input that cannot be sized adds nothing to the estimate
                }
            }
        }
        return total;
    }

    private static String message(Path dir, long free, long needed) {
        return String.format(Locale.ROOT, "no space left on %s (%.1f MB free, about %.1f MB needed)", dir,
                free / 1e6, needed / 1e6);
    }
}
