package io.recmerge.plan;

import io.recmerge.diag.Diagnostic;
import java.util.List;
import java.util.Objects;

/**
 * One user session (one metadata file) on its own session clock: the audio and video pieces that
 * could be used, and what was found wrong on the way.
 *
 * @param baseName the metadata file name without {@code .txt}: outputs are named after it
 */
public record UserTimeline(String uid, String stamp, String baseName, List<MediaPiece> audio,
                           List<MediaPiece> video, List<Diagnostic> diagnostics) {

    public UserTimeline {
        Objects.requireNonNull(uid, "uid");
        Objects.requireNonNull(stamp, "stamp");
        Objects.requireNonNull(baseName, "baseName");
        audio = List.copyOf(audio);
        video = List.copyOf(video);
        diagnostics = List.copyOf(diagnostics);
    }

    public boolean isEmpty() {
        return audio.isEmpty() && video.isEmpty();
    }
}
