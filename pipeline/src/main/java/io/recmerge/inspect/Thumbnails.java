package io.recmerge.inspect;

import io.recmerge.engine.FfmpegCommand;
import io.recmerge.engine.Filter;
import io.recmerge.engine.FilterChain;
import io.recmerge.engine.ProcessFailedException;
import io.recmerge.engine.ProcessRunner;
import io.recmerge.engine.RunOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Small JPEG stills for the HTML page, made by the bundled ffmpeg through the one process runner:
 * one decoded frame, turned upright by the recorded rotation, scaled to a fixed height.
 */
public final class Thumbnails {

    /** Thumbnail height in pixels; the width follows the upright picture's aspect. */
    static final int HEIGHT = 90;
    private static final Duration LIMIT = Duration.ofSeconds(30);

    private final ProcessRunner runner;

    public Thumbnails(ProcessRunner runner) {
        this.runner = runner;
    }

    /**
     * @param at seconds on the file's own timeline (0 = its first frame)
     * @param clockwise the turn the stored frame needs to be upright (0, 90, 180, 270); 0 for an
     *                  output recmerge wrote, which is upright already (or carries a display
     *                  rotation that ffmpeg applies on decode)
     * @return the JPEG bytes, empty when no frame could be decoded there
     */
    public Optional<byte[]> still(Path file, double at, int clockwise) {
        Path jpeg = null;
        try {
            jpeg = Files.createTempFile("recmerge-thumb", ".jpg");
            Files.delete(jpeg); // ffmpeg runs with -n (never overwrite): it must create the file itself
            FfmpegCommand cmd = FfmpegCommand.ffmpeg("error")
                    .input(file, List.of("-ss", String.format(Locale.ROOT, "%.3f", Math.max(0, at))))
                    .args("-map", "0:v:0", "-frames:v", "1", "-vf", chain(clockwise), "-q:v", "5", "-f", "image2")
                    .output(jpeg).build();
            runner.run(cmd, RunOptions.withTimeout(LIMIT));
            return Files.size(jpeg) > 0 ? Optional.of(Files.readAllBytes(jpeg)) : Optional.empty();
        } catch (ProcessFailedException | IOException e) {
            return Optional.empty(); // a missing thumbnail is shown as such; the page is still written
        } finally {
            if (jpeg != null) {
                try {
                    Files.deleteIfExists(jpeg);
                } catch (IOException ignored) {
                    // a temp file left behind is harmless
                }
            }
        }
    }

    /** Quarter turns with transpose (never an arbitrary-angle rotate, which crops), then the size. */
    static String chain(int clockwise) {
        List<Filter> filters = new ArrayList<>();
        switch (((clockwise % 360) + 360) % 360) {
            case 90 -> filters.add(Filter.of("transpose", "dir", "clock"));
            case 180 -> {
                filters.add(Filter.of("hflip"));
                filters.add(Filter.of("vflip"));
            }
            case 270 -> filters.add(Filter.of("transpose", "dir", "cclock"));
            default -> { }
        }
        filters.add(Filter.of("scale", "w", "-2", "h", Integer.toString(HEIGHT)));
        return new FilterChain(List.of(), filters, List.of()).render();
    }
}
