package io.recmerge.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pure parts of finding ffmpeg: no native library is loaded and no process started here. */
class EngineLocatorTest {

    @TempDir
    Path dir;

    private Path file(String name, boolean executable) throws IOException {
        Path p = Files.writeString(dir.resolve(name), "#!/bin/sh\nexit 0\n");
        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(executable ? "rwxr-xr-x" : "rw-r--r--"));
        return p;
    }

    @Test
    void aMissingLibpulseBecomesTheOneLineInstallHint() {
        UnsatisfiedLinkError e = new UnsatisfiedLinkError("/root/.javacpp/cache/ffmpeg-8.1.2-1.5.14-linux-x86_64-gpl"
                + ".jar/org/bytedeco/ffmpeg/linux-x86_64/libjniavdevice.so: libpulse.so.0: cannot open shared "
                + "object file: No such file or directory");

        String hint = EngineLocator.explain(e);
        assertThat(hint).isEqualTo("the bundled ffmpeg needs the system library libpulse.so.0; install it with: "
                + "sudo apt-get install -y libpulse0 (or point --ffmpeg / RECMERGE_FFMPEG at another ffmpeg)");
        assertThat(hint).doesNotContain("\n");
    }

    @Test
    void aLibpulseFailureDeepInTheCauseChainIsFoundToo() {
        Throwable wrapped = new RuntimeException("could not load",
                new IllegalStateException(null, new UnsatisfiedLinkError("libpulse.so.0: cannot open")));
        assertThat(EngineLocator.explain(wrapped)).isEqualTo(EngineLocator.LIBPULSE_HINT);
    }

    @Test
    void anyOtherLoadFailureNamesItselfAndTheOverride() {
        String text = EngineLocator.explain(new UnsatisfiedLinkError("no jniavutil in java.library.path"));
        assertThat(text).isEqualTo("the bundled ffmpeg could not be loaded (UnsatisfiedLinkError: no jniavutil in "
                + "java.library.path); use --ffmpeg PATH or RECMERGE_FFMPEG to run another ffmpeg");
        assertThat(EngineLocator.explain(new NoClassDefFoundError())).startsWith(
                "the bundled ffmpeg could not be loaded (NoClassDefFoundError: null)");
    }

    @Test
    void theLibraryFolderGoesFirstOnTheLibraryPath() {
        Path lib = Path.of("/cache/ffmpeg/linux-x86_64");
        assertThat(EngineLocator.libraryPath(lib, Map.of())).isEqualTo(Map.of("LD_LIBRARY_PATH", "/cache/ffmpeg/linux-x86_64"));
        assertThat(EngineLocator.libraryPath(lib, Map.of("LD_LIBRARY_PATH", "")))
                .isEqualTo(Map.of("LD_LIBRARY_PATH", "/cache/ffmpeg/linux-x86_64"));
        assertThat(EngineLocator.libraryPath(lib, Map.of("LD_LIBRARY_PATH", "/opt/lib:/usr/local/lib", "HOME", "/root")))
                .isEqualTo(Map.of("LD_LIBRARY_PATH", "/cache/ffmpeg/linux-x86_64:/opt/lib:/usr/local/lib"));
    }

    @Test
    void aNonExecutableOverrideIsRefusedWithItsOrigin() throws IOException {
        Path ffmpeg = file("ffmpeg", false);
        file("ffprobe", true);

        assertThatThrownBy(() -> EngineLocator.fromOverride(ffmpeg, "--ffmpeg"))
                .isInstanceOf(EngineUnavailableException.class)
                .hasMessage("--ffmpeg " + ffmpeg + " is not an executable file");
    }

    @Test
    void aMissingOrDirectoryOverrideIsRefused() {
        assertThatThrownBy(() -> EngineLocator.fromOverride(dir.resolve("nope"), "RECMERGE_FFMPEG"))
                .isInstanceOf(EngineUnavailableException.class)
                .hasMessage("RECMERGE_FFMPEG " + dir.resolve("nope") + " is not an executable file");
        assertThatThrownBy(() -> EngineLocator.fromOverride(dir, "--ffmpeg"))
                .isInstanceOf(EngineUnavailableException.class)
                .hasMessageEndingWith(" is not an executable file");
    }

    @Test
    void anOverrideNeedsAnExecutableFfprobeBesideIt() throws IOException {
        Path ffmpeg = file("ffmpeg", true);
        assertThatThrownBy(() -> EngineLocator.fromOverride(ffmpeg, "--ffmpeg"))
                .isInstanceOf(EngineUnavailableException.class)
                .hasMessage("--ffmpeg " + ffmpeg + " cannot be used: recmerge also needs the ffprobe of the same "
                        + "installation, and there is no " + dir.resolve("ffprobe") + " beside it");

        file("ffprobe", false);
        assertThatThrownBy(() -> EngineLocator.fromOverride(ffmpeg, "--ffmpeg"))
                .isInstanceOf(EngineUnavailableException.class)
                .hasMessageEndingWith(dir.resolve("ffprobe") + " is not executable");
    }

    @Test
    void anExecutableWithoutFfmpegInItsNameCannotBeItsOwnFfprobe() throws IOException {
        Path tool = file("avconv", true);
        assertThatThrownBy(() -> EngineLocator.fromOverride(tool, "--ffmpeg"))
                .isInstanceOf(EngineUnavailableException.class)
                .hasMessage("--ffmpeg " + tool + " cannot be used: recmerge also needs the ffprobe of the same "
                        + "installation, and the name 'avconv' does not contain 'ffmpeg', so there is no ffprobe name "
                        + "to look for beside it (give the path of a file named like ffmpeg)");
    }

    @Test
    void aSuffixedBuildFindsItsSuffixedFfprobe() throws IOException, EngineUnavailableException {
        Path ffmpeg = file("ffmpeg-8.1", true);
        Path ffprobe = file("ffprobe-8.1", true);

        Engine engine = EngineLocator.fromOverride(ffmpeg, "RECMERGE_FFMPEG");
        assertThat(engine.ffmpeg()).isEqualTo(ffmpeg);
        assertThat(engine.ffprobe()).isEqualTo(ffprobe);
        assertThat(engine.origin()).isEqualTo("RECMERGE_FFMPEG");
        assertThat(engine.executable(FfmpegCommand.Tool.FFPROBE)).isEqualTo(ffprobe);
        assertThat(engine.executable(FfmpegCommand.Tool.FFMPEG)).isEqualTo(ffmpeg);
    }

    @Test
    void theCommandLineOverrideWinsOverTheEnvironment() throws IOException, EngineUnavailableException {
        Path cli = file("ffmpeg", true);
        file("ffprobe", true);
        Path envDir = Files.createDirectory(dir.resolve("env"));
        Path fromEnv = Files.writeString(envDir.resolve("ffmpeg"), "");

        Engine engine = EngineLocator.locate(Optional.of(cli), Map.of(EngineLocator.ENV_OVERRIDE, fromEnv.toString()));
        assertThat(engine.ffmpeg()).isEqualTo(cli);
        assertThat(engine.origin()).isEqualTo("--ffmpeg");
    }

    @Test
    void theEnvironmentOverrideIsUsedWithoutACommandLineOne() throws IOException {
        Path notExecutable = file("ffmpeg", false);
        assertThatThrownBy(() -> EngineLocator.locate(Optional.empty(),
                Map.of(EngineLocator.ENV_OVERRIDE, notExecutable.toString())))
                .isInstanceOf(EngineUnavailableException.class)
                .hasMessage("RECMERGE_FFMPEG " + notExecutable + " is not an executable file");
    }
}
