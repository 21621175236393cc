package io.recmerge.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.recmerge.convert.ConvertSettings;
import io.recmerge.plan.Gaps;
import io.recmerge.plan.LeadingBlank;
import io.recmerge.plan.Mode;
import io.recmerge.plan.Interval;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** video_convert.py's options as recmerge settings, and the --mode numbers. */
class ScriptOptionsTest {

    private static ConvertSettings parse(String... args) {
        VideoConvertCommand c = new VideoConvertCommand();
        new CommandLine(c).parseArgs(args);
        assertThat(c.script.problem()).isEmpty();
        return c.script.settings().build();
    }

    @Test
    void modeNumbersAreTheScriptsModes() {
        Choices.ModeChoice choice = new Choices.ModeChoice();
        assertThat(choice.convert("0")).isEqualTo(Mode.SESSION);
        assertThat(choice.convert("1")).isEqualTo(Mode.UID);
        assertThat(choice.convert("2")).isEqualTo(Mode.UID_AUDIO);
        assertThat(choice.convert("3")).isEqualTo(Mode.UID_VIDEO);
        assertThat(choice.convert("uid-video")).isEqualTo(Mode.UID_VIDEO);
        assertThatThrownBy(() -> choice.convert("4")).hasMessageContaining("--mode must be one of");
    }

    @Test
    void defaultsAreTheScriptsBehaviour() {
        ConvertSettings s = parse("-f", "/rec");
        assertThat(s.mode()).isEqualTo(Mode.SESSION);
        assertThat(s.fps().getAsDouble()).isEqualTo(15.0);
        assertThat(s.gaps()).isEqualTo(Gaps.FREEZE);
        assertThat(s.leadingBlank()).isEqualTo(LeadingBlank.KEEP);
        assertThat(s.profile()).isEqualTo("mp4-h264-aac");
    }

    @Test
    void eachOptionMapsOntoItsConvertSetting() {
        ConvertSettings s = parse("-f", "/rec", "-m", "2", "-p", "3", "-s", "-r", "640", "360", "-a", "-c", "250",
                "-o", "out.mp4", "-u", "42", "-e");
        assertThat(s.mode()).isEqualTo(Mode.UID_AUDIO);
        assertThat(s.fps().getAsDouble()).as("-p clamped to 5").isEqualTo(5.0);
        assertThat(s.gaps()).isEqualTo(Gaps.DROP);
        assertThat(s.size()).hasValueSatisfying(c -> assertThat(c.width() + "x" + c.height()).isEqualTo("640x360"));
        assertThat(s.extras().keepAudio()).isTrue();
        assertThat(s.extras().snapshotEvery()).contains(0.25);
        assertThat(s.extras().name()).contains("out");
        assertThat(s.select().uids()).containsExactly("42");
        assertThat(s.profile()).isEqualTo("ts-h264-aac");
        assertThat(ScriptOptions.clampFps(500)).isEqualTo(120);
    }

    @Test
    void aTimeWindowSwitchesSessionModeToUidMode() {
        ConvertSettings s = parse("-f", "/rec", "-b", "2.5", "-t", "4");
        assertThat(s.mode()).isEqualTo(Mode.UID);
        assertThat(s.select().window()).contains(new Interval(2.5, 6.5));
    }

    @Test
    void badValuesAreUsageProblems() {
        VideoConvertCommand c = new VideoConvertCommand();
        new CommandLine(c).parseArgs("-f", "/rec", "-c", "50");
        assertThat(c.script.problem()).hasValueSatisfying(p -> assertThat(p).contains("below the minimum of 100 ms"));
        new CommandLine(c = new VideoConvertCommand()).parseArgs("-f", "/rec", "-o", "../x");
        assertThat(c.script.problem()).hasValueSatisfying(p -> assertThat(p).contains("not a path"));
    }

    @Test
    void convertTakesTheWindowAndSnapshotOptions() {
        ConvertCommand c = new ConvertCommand();
        new CommandLine(c).parseArgs("/rec", "--uid", "1,2", "--from", "1.5", "--duration", "2", "--snapshots",
                "500ms", "--keep-audio", "--gaps", "freeze", "--mode", "1");
        ConvertSettings s = c.session.settings(ConvertSettings.Resume.NEVER).build();
        assertThat(s.select().uids()).containsExactlyInAnyOrder("1", "2");
        assertThat(s.select().window()).contains(new Interval(1.5, 3.5));
        assertThat(s.extras().snapshotEvery()).contains(0.5);
        assertThat(s.gaps()).isEqualTo(Gaps.FREEZE);
        assertThat(s.mode()).isEqualTo(Mode.UID);
        assertThat(s.outputShapingKey()).contains("uids=[1, 2]", "snapshots=0.5", "keepAudio=true");
    }
}
