package io.recmerge.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FfmpegCommandTest {

    @Test
    void ffmpegCommandsStartQuietWithTaggedLogLines() {
        FfmpegCommand cmd = FfmpegCommand.ffmpeg().build();
        assertThat(cmd.tool()).isEqualTo(FfmpegCommand.Tool.FFMPEG);
        assertThat(cmd.args()).containsExactly("-hide_banner", "-loglevel", "level+warning", "-nostats");
        assertThat(FfmpegCommand.ffmpeg("error").build().args())
                .containsExactly("-hide_banner", "-loglevel", "error", "-nostats");
    }

    @Test
    void ffprobeCommandsPrintErrorsOnly() {
        FfmpegCommand cmd = FfmpegCommand.ffprobe().build();
        assertThat(cmd.tool()).isEqualTo(FfmpegCommand.Tool.FFPROBE);
        assertThat(cmd.args()).containsExactly("-hide_banner", "-v", "error");
    }

    @Test
    void everyInputGetsTheFileOnlyProtocolWhitelistAfterItsOwnOptions() {
        FfmpegCommand cmd = FfmpegCommand.ffmpeg().input(Path.of("/rec/a.aac"), List.of("-itsoffset", "1.200000"))
                .input(Path.of("/rec/v.mp4")).build();
        assertThat(cmd.args().subList(4, cmd.args().size())).containsExactly(
                "-itsoffset", "1.200000", "-protocol_whitelist", "file", "-format_whitelist", "mov,matroska,mpegts,aac", "-i", "/rec/a.aac",
                "-protocol_whitelist", "file", "-format_whitelist", "mov,matroska,mpegts,aac", "-i", "/rec/v.mp4");
    }

    @Test
    void relativeInputAndOutputPathsAreMadeAbsoluteSoADashCannotBeReadAsAnOption() {
        FfmpegCommand cmd = FfmpegCommand.ffmpeg().input(Path.of("-i.mp4")).output(Path.of("-y.mp4")).build();
        String cwd = Path.of("").toAbsolutePath().toString();
        assertThat(cmd.args()).contains(cwd + "/-i.mp4", cwd + "/-y.mp4").doesNotContain("-i.mp4", "-y.mp4");
    }

    @Test
    void theOutputNeverOverwrites() {
        List<String> args = FfmpegCommand.ffmpeg().output(Path.of("/out/x.mp4")).build().args();
        assertThat(args.subList(args.size() - 2, args.size())).containsExactly("-n", "/out/x.mp4");
    }

    @Test
    void lavfiSourcesOpenNoFile() {
        assertThat(FfmpegCommand.ffmpeg().lavfi("anullsrc=r=48000").build().args())
                .endsWith("-f", "lavfi", "-i", "anullsrc=r=48000")
                .doesNotContain("-protocol_whitelist");
    }

    @Test
    void aFilterGraphIsOneArgument() {
        FilterGraph graph = new FilterGraph(List.of(FilterChain.of(List.of("0:v"),
                List.of(Filter.of("select", "expr", "between(t,1,2)")), "v")));
        assertThat(FfmpegCommand.ffmpeg().filterGraph(graph).build().args())
                .endsWith("-filter_complex", "[0:v]select=expr='between(t,1,2)'[v]");
    }

    @Test
    void theCommandIsImmutableAndTheBuilderCanGoOnWithoutChangingIt() {
        FfmpegCommand.Builder builder = FfmpegCommand.ffmpeg().args("-a");
        FfmpegCommand first = builder.build();
        builder.args(List.of("-b"));
        assertThat(first.args()).containsExactly("-hide_banner", "-loglevel", "level+warning", "-nostats", "-a");
        assertThat(builder.build().args()).endsWith("-a", "-b");
        assertThatThrownBy(() -> first.args().add("-y")).isInstanceOf(UnsupportedOperationException.class);

        List<String> source = new ArrayList<>(List.of("-x"));
        FfmpegCommand copied = new FfmpegCommand(FfmpegCommand.Tool.FFPROBE, source);
        source.add("-y");
        assertThat(copied.args()).containsExactly("-x");
        assertThatThrownBy(() -> new FfmpegCommand(null, List.of())).isInstanceOf(NullPointerException.class);
    }

    @Test
    void displayQuotesOnlyTheArgumentsThatNeedItForAShell() {
        FfmpegCommand cmd = FfmpegCommand.ffmpeg().args("-filter_complex", "[0:v]null[v]", "-metadata",
                "title=it's here", "-f", "mp4").output(Path.of("/out/a b.mp4")).build();
        assertThat(cmd.display()).isEqualTo("ffmpeg -hide_banner -loglevel level+warning -nostats "
                + "-filter_complex '[0:v]null[v]' -metadata 'title=it'\\''s here' -f mp4 -n '/out/a b.mp4'");
        assertThat(FfmpegCommand.ffprobe().args("").build().display()).isEqualTo("ffprobe -hide_banner -v error ''");
    }

    @Test
    void aFailedRunSaysWhatFailedAndTheLastStderrLine() {
        FfmpegCommand cmd = FfmpegCommand.ffprobe().build();
        ProcessFailedException e = new ProcessFailedException(cmd, ProcessFailedException.Reason.EXIT_CODE, 1,
                List.of("first", "[error] x.mp4: Invalid data found when processing input"));
        assertThat(e.getMessage()).isEqualTo("ffprobe exited with 1: [error] x.mp4: Invalid data found when "
                + "processing input");
        assertThat(e.exitCode()).isEqualTo(1);
        assertThat(e.command()).isSameAs(cmd);
        assertThat(new ProcessFailedException(FfmpegCommand.ffmpeg().build(), ProcessFailedException.Reason.TIMEOUT,
                -1, List.of()).getMessage()).isEqualTo("ffmpeg ran past its time limit and was stopped");
        assertThat(new ProcessFailedException(cmd, ProcessFailedException.Reason.CANCELLED, -1, List.of())
                .getMessage()).isEqualTo("ffprobe was stopped (interrupted)");
        assertThat(new ProcessFailedException(cmd, ProcessFailedException.Reason.START_FAILED, -1, List.of("no"))
                .getMessage()).isEqualTo("ffprobe could not be started: no");
    }
}
