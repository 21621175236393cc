package io.recmerge.plan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OutputNamesTest {

    @Test
    void sessionOutputsAreTheMetadataNameWithoutUidPrefixPlusAv() {
        assertThat(OutputNames.session("uid_0_20190208084418570", OutputKind.AV, "mp4"))
                .isEqualTo("0_20190208084418570_av.mp4");
        assertThat(OutputNames.session("uid_1001_20261123101500", OutputKind.VIDEO, "webm"))
                .isEqualTo("1001_20261123101500_av.webm");
    }

    @Test
    void audioOutputsGetTheirExtensionWithoutTheAvSuffix() {
        assertThat(OutputNames.session("uid_0_20261123101500", OutputKind.AUDIO, "m4a"))
                .isEqualTo("0_20261123101500.m4a");
    }

    @Test
    void videoOnlySessionOutputNeverTakesTheRecordersOwnMediaName() {
        // SDK 2.x names its video 0_<stamp>.mp4; the output keeps _av as the script does.
        assertThat(OutputNames.session("uid_0_20190208084418974", OutputKind.VIDEO, "mp4"))
                .isNotEqualTo("0_20190208084418974.mp4").endsWith("_av.mp4");
    }

    @Test
    void uidModesUseTheMergeNames() {
        assertThat(OutputNames.uid("7", OutputKind.AV, "mp4")).isEqualTo("7_0_merge_av.mp4");
        assertThat(OutputNames.uid("7", OutputKind.AUDIO, "m4a")).isEqualTo("7_0_merge.m4a");
        assertThat(OutputNames.uid("7", OutputKind.VIDEO, "ts")).isEqualTo("7_0_merge.ts");
    }

    @Test
    void snapshotsAndKeptAudioAreNamedAfterTheOutputWithoutExtension() {
        assertThat(OutputNames.snapshots("0_1_av.mp4", 3)).containsExactly("0_1_av_001.jpg", "0_1_av_002.jpg",
                "0_1_av_003.jpg");
        assertThat(OutputNames.keptAudio("0_1_av.ts", OutputKind.AV)).contains("0_1_av.m4a");
        assertThat(OutputNames.keptAudio("0_1.m4a", OutputKind.AUDIO)).isEmpty();
    }

    @Test
    void temporaryNamesAreHiddenPartialsBesideTheFinalName() {
        assertThat(OutputNames.temporary("1001_1_av.mp4")).isEqualTo(".1001_1_av.mp4.partial");
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
