package io.recmerge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The {@code ./recmerge} launcher at the repository root, run through a symlink on a PATH folder and
 * from an unrelated working directory. It runs on a copy of the script in a throw-away checkout
 * layout whose jar is a thin manifest jar over this build's classes, with sources older than the
 * jar, so the launcher never needs to build (and the test fails if it tried: the poms are empty).
 */
class LauncherTest {

    private static final Path SCRIPT = Path.of("..", "recmerge").toAbsolutePath().normalize();

    @TempDir
    Path tmp;

    @Test
    void versionWorksThroughASymlinkOnPathFromAnyDirectory() throws Exception {
        Path checkout = fakeCheckout(tmp.resolve("checkout"));
        Path bin = Files.createDirectories(tmp.resolve("bin"));
        Files.createSymbolicLink(bin.resolve("recmerge"), checkout.resolve("recmerge"));
        Path elsewhere = Files.createDirectories(tmp.resolve("elsewhere"));

        Result r = run(elsewhere, bin.resolve("recmerge").toString(), "--version");

        assertThat(r.exit()).as(r.output()).isZero();
        assertThat(r.output()).doesNotContain("pom.xml").startsWith("recmerge ");
    }

    @Test
    void aChainOfRelativeSymlinksStillFindsTheCheckout() throws Exception {
        Path checkout = fakeCheckout(tmp.resolve("checkout"));
        Path links = Files.createDirectories(tmp.resolve("links"));
        Files.createSymbolicLink(links.resolve("first"), Path.of("..", "checkout", "recmerge"));
        Path bin = Files.createDirectories(tmp.resolve("bin"));
        Files.createSymbolicLink(bin.resolve("recmerge"), Path.of("..", "links", "first"));

        Result r = run(checkout.getParent(), "bin/recmerge", "--version");

        assertThat(r.exit()).as(r.output()).isZero();
        assertThat(r.output()).startsWith("recmerge ");
    }

    record Result(int exit, String output) { }

    private static Result run(Path cwd, String... command) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).directory(cwd.toFile()).redirectErrorStream(true);
        // The fake checkout's poms are empty: a launcher that wrongly decides to build fails, never builds.
        pb.environment().put("PATH", Path.of(System.getProperty("java.home"), "bin") + ":" + System.getenv("PATH"));
        pb.environment().put("HOME", cwd.toString());
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("launcher finished").isTrue();
        return new Result(p.exitValue(), out.strip());
    }

    /** The launcher copy plus what its up-to-date check looks at, all older than the jar. */
    private static Path fakeCheckout(Path root) throws IOException {
        Files.createDirectories(root.resolve("pipeline/src/main"));
        Files.createDirectories(root.resolve("ffmpeg-profiles"));
        Files.writeString(root.resolve("pom.xml"), "<project/>");
        Files.writeString(root.resolve("pipeline/pom.xml"), "<project/>");
        Files.writeString(root.resolve("pipeline/src/main/Placeholder.java"), "");
        Path script = Files.copy(SCRIPT, root.resolve("recmerge"));
        assertThat(script.toFile().setExecutable(true)).isTrue();
        FileTime old = FileTime.from(Instant.now().minusSeconds(3600));
        for (String f : List.of("pom.xml", "pipeline/pom.xml", "pipeline/src/main/Placeholder.java")) {
            Files.setLastModifiedTime(root.resolve(f), old);
        }
        writeThinJar(Files.createDirectories(root.resolve("pipeline/target")).resolve("recmerge.jar"));
        return root;
    }

    /** A jar with only a manifest: Main-Class from this build's classes, the libraries from the test class path. */
    private static void writeThinJar(Path jar) throws IOException {
        Manifest m = new Manifest();
        m.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        m.getMainAttributes().put(Attributes.Name.MAIN_CLASS, Main.class.getName());
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        StringBuilder entries = new StringBuilder(codeSource(Main.class)).append(' ').append(codeSource(CommandLine.class));
        for (String entry : classPath.split(java.io.File.pathSeparator)) {
            if (!entry.isBlank()) {
                entries.append(' ').append(Path.of(entry).toUri());
            }
        }
        m.getMainAttributes().put(Attributes.Name.CLASS_PATH, entries.toString());
        try (OutputStream out = new JarOutputStream(Files.newOutputStream(jar), m)) {
            out.flush();
        }
    }

    private static String codeSource(Class<?> c) {
        try {
            return c.getProtectionDomain().getCodeSource().getLocation().toURI().toString();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
