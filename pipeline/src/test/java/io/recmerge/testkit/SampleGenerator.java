package io.recmerge.testkit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Writes the bundled sample session folders (samples/README.md describes them). Run by
 * {@code samples/generate}; argument: the samples root. The specs are public so tests can use the
 * samples' ground truth. Beep and flash times lie on each video's 15 fps frame grid (info + k/15),
 * so beeps and flashes coincide exactly.
 */
public final class SampleGenerator {

    public static final String STAMP = "20261123101500";

    private SampleGenerator() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: SampleGenerator OUTPUT_ROOT");
            System.exit(2);
        }
        Path root = Path.of(args[0]).toAbsolutePath();
        for (SessionSpec spec : List.of(oneUser(), webVp8(), multiUser())) {
            Path dir = root.resolve(spec.name());
            clearFiles(dir);
            RecordingFactory.write(spec, dir);
            System.out.println("wrote " + dir);
        }
    }

    /** uid 1001: AAC 0-10 s, H.264 MP4 from 1.2 s (blank lead-in), four beeps/flashes. */
    public static SessionSpec oneUser() {
        List<Double> events = List.of(2.2, 3.8, 6.2, 8.8);
        String base = UserSessionSpec.baseName("1001", STAMP);
        return new SessionSpec("one-user", List.of(UserSessionSpec.of("1001", STAMP,
                List.of(AudioSpec.mono(base + ".aac", 0, 10, events)),
                List.of(VideoSpec.of(base + ".mp4", Container.MP4_H264, 0.4, 1.2, 8.8, events)))), true);
    }

    /** uid 2002, a web client: AAC 0-8 s, VP8 WebM from 0.8 s. */
    public static SessionSpec webVp8() {
        List<Double> events = List.of(1.6, 3.4, 5.8, 7.2);
        String base = UserSessionSpec.baseName("2002", STAMP);
        return new SessionSpec("web-vp8", List.of(UserSessionSpec.of("2002", STAMP,
                List.of(AudioSpec.mono(base + ".aac", 0, 8, events)),
                List.of(VideoSpec.of(base + ".webm", Container.WEBM_VP8, 0.3, 0.8, 7.2, events)))), true);
    }

    /** uid 1001 (A/V), uid 4004 (A/V, turned to rotation=90 at 5.0 s), uid 3003 (audio only). */
    public static SessionSpec multiUser() {
        return new SessionSpec("multi-user", List.of(multiUser1001(), multiUser4004(), multiUser3003()), true);
    }

    private static UserSessionSpec multiUser1001() {
        List<Double> events = List.of(2.0, 4.4, 7.4, 10.6);
        String base = UserSessionSpec.baseName("1001", STAMP);
        return UserSessionSpec.of("1001", STAMP, List.of(AudioSpec.mono(base + ".aac", 0, 12, events)),
                List.of(VideoSpec.of(base + ".mp4", Container.MP4_H264, 0.5, 1.4, 10.6, events)));
    }

    private static UserSessionSpec multiUser4004() {
        String stamp = "20261123101502";
        List<Double> events = List.of(1.6, 3.8, 6.4, 8.2);
        String base = UserSessionSpec.baseName("4004", stamp);
        VideoSpec video = VideoSpec.of(base + ".mp4", Container.MP4_H264, 0.2, 0.8, 9.2, events)
                .withRotations(List.of(new RotationAt(0.8, 0), new RotationAt(5.0, 90)));
        return UserSessionSpec.of("4004", stamp, List.of(AudioSpec.mono(base + ".aac", 0, 10, events)),
                List.of(video));
    }

    private static UserSessionSpec multiUser3003() {
        String stamp = "20261123101504";
        String base = UserSessionSpec.baseName("3003", stamp);
        return UserSessionSpec.of("3003", stamp,
                List.of(AudioSpec.mono(base + ".aac", 0, 9, List.of(1.0, 4.5, 7.3))), List.of());
    }

    /** Removes the plain files of one generated sample folder (never recursive, never the root). */
    private static void clearFiles(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                if (Files.isRegularFile(f)) {
                    Files.delete(f);
                }
            }
        }
    }
}
