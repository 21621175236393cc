package io.recmerge.plan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OutputNamesTest {

    @Test
    void avAndVideoOutputsGetTheAvSuffix() {
        assertThat(OutputNames.session("uid_1001_20261123101500", OutputKind.AV, "mp4"))
                .isEqualTo("uid_1001_20261123101500_av.mp4");
        assertThat(OutputNames.session("uid_1001_20261123101500", OutputKind.VIDEO, "webm"))
                .isEqualTo("uid_1001_20261123101500_av.webm");
    }

    @Test
    void audioOutputsGetTheirExtensionWithoutTheAvSuffix() {
        assertThat(OutputNames.session("uid_0_20261123101500", OutputKind.AUDIO, "m4a"))
                .isEqualTo("uid_0_20261123101500.m4a");
    }

    @Test
    void temporaryNamesAreHiddenPartialsBesideTheFinalName() {
        assertThat(OutputNames.temporary("uid_1001_1_av.mp4")).isEqualTo(".uid_1001_1_av.mp4.partial");
    }

    @Test
    void outputKindsLabelThemselvesForTheManifest() {
        assertThat(OutputKind.AV.label()).isEqualTo("av");
        assertThat(OutputKind.AUDIO.label()).isEqualTo("audio");
        assertThat(OutputKind.VIDEO.label()).isEqualTo("video");
        assertThat(OutputKind.AUDIO.hasVideo()).isFalse();
        assertThat(OutputKind.VIDEO.hasAudio()).isFalse();
        assertThat(OutputKind.AV.hasAudio() && OutputKind.AV.hasVideo()).isTrue();
    }
}
