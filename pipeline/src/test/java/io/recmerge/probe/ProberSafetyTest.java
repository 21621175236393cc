package io.recmerge.probe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.recmerge.engine.EngineLocator;
import io.recmerge.engine.ExecProcessRunner;
import io.recmerge.testkit.FfmpegTool;
import io.recmerge.testkit.GeneratedSession;
import io.recmerge.testkit.RecordingFactory;
import io.recmerge.testkit.SessionSpec;
import io.recmerge.testkit.UserSessionSpec;
import io.recmerge.testkit.VideoSpec;
import io.recmerge.testkit.Container;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A crafted file under a media name cannot make ffmpeg read another file: the file-only protocol
 * whitelist does not stop the concat demuxer from following a relative name (and a symlink behind
 * it) anywhere on the machine; the demuxer whitelist recmerge probes with does.
 */
class ProberSafetyTest {

    @TempDir
    Path tmp;

    @Test
    void anFfconcatListSavedAsMp4IsRefusedThoughPlainFfprobeWouldFollowItOutOfTheFolder() throws Exception {
        String base = UserSessionSpec.baseName("9009", "20261123101500");
        GeneratedSession secret = RecordingFactory.cached(new SessionSpec("probe-secret", List.of(UserSessionSpec.of(
                "9009", "20261123101500", List.of(), List.of(VideoSpec.of(base + ".mp4", Container.MP4_H264, 0, 0,
                        2.0, List.of())))), true));
        Path folder = Files.createDirectories(tmp.resolve("session"));
        Path outside = Files.copy(secret.file(base + ".mp4"), tmp.resolve("secret.mp4"));
        Files.createSymbolicLink(folder.resolve("inner.mp4"), outside);
        Path crafted = Files.writeString(folder.resolve("uid_1_2.mp4"), "ffconcat version 1.0\nfile inner.mp4\n");

        String plain = FfmpegTool.ffprobe(List.of("-protocol_whitelist", "file", "-show_entries",
                "format=format_name:stream=codec_name", "-of", "csv=p=0", crafted.toString())).stdoutText();
        assertThat(plain).as("the threat is real: without the demuxer whitelist the secret is read")
                .contains("concat").contains("h264");

        Prober prober = new Prober(new ExecProcessRunner(EngineLocator.locate(Optional.empty(), System.getenv())));
        assertThatThrownBy(() -> prober.probe(crafted)).isInstanceOf(Prober.ProbeException.class)
                .hasMessageContaining("Format not on whitelist");
    }
}
