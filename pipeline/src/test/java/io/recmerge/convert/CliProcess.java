package io.recmerge.convert;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

/** The CLI as its own JVM process, as a user or a pod starts it: for signals, locks and shards. */
final class CliProcess {

    private CliProcess() {
    }

    static Process start(Path log, Map<String, String> env, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(javaBinary(), "-cp", classPath(), "io.recmerge.cli.Main"));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().putAll(env);
        return pb.start();
    }

    static void await(BooleanSupplier condition, Duration limit, String what) throws InterruptedException {
        Instant deadline = Instant.now().plus(limit);
        while (!condition.getAsBoolean()) {
            assertThat(Instant.now()).as("%s never happened", what).isBefore(deadline);
            Thread.sleep(50);
        }
    }

    /** The first hidden temp file ffmpeg writes under {@code dir}, when there is one. */
    static boolean partialUnder(Path dir) {
        try (var files = Files.walk(dir)) {
            return files.anyMatch(p -> p.getFileName().toString().endsWith(".partial"));
        } catch (IOException | java.io.UncheckedIOException e) {
            return false; // the folder is being written; look again
        }
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** Surefire hides the real class path behind a manifest-only jar; it publishes it here. */
    private static String classPath() {
        return System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    }
}
