package io.recmerge.plan;

import io.recmerge.engine.FfmpegCommand;
import java.nio.file.Path;

/**
 * The SDK 2.x recorder's MP4 holds H.264 in Annex B form (start codes where MP4 wants NAL
 * lengths). ffmpeg's copy into MP4 sees no key frame in it and keeps no video packet. Copied
 * into MPEG-TS with no automatic bitstream filter ({@code -fflags -autobsf}: the Annex B filter
 * would mangle what is Annex B already) and with the leading non-key packets kept
 * ({@code -copyinkf}), it becomes a valid TS whose packets are exactly the recorder's, timestamps
 * included; the main run then reads that TS like a crashed recorder's leftover and the mp4 muxer
 * writes length-prefixed samples. Nothing is decoded.
 */
final class AnnexBRewrap {

    private AnnexBRewrap() {
    }

    /** The intermediate beside the output's temp file: hidden, ".partial", so a killed run's is cleaned up. */
    static Path intermediate(Path tempFile) {
        String name = tempFile.getFileName().toString().replaceFirst("\\.partial$", "");
        return tempFile.resolveSibling(name + ".annexb.ts.partial");
    }

    static RenderPlan.Preparation preparation(MediaPiece video, Path tempFile) {
        Path ts = intermediate(tempFile);
        FfmpegCommand command = FfmpegCommand.ffmpeg().input(video.file())
                .args("-map", "0:v:0", "-c:v", "copy", "-copyinkf", "-fflags", "-autobsf", "-f", "mpegts")
                .output(ts).build();
        return new RenderPlan.Preparation(command, ts);
    }
}
