package io.recmerge.plan;

import static io.recmerge.plan.Fixtures.aac;
import static io.recmerge.plan.Fixtures.h264;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** --leading-blank: audio from 0, the video's first frame at 1.2 (the FAQ's blank lead-in). */
class LeadInTest {

    private static final List<MediaPiece> AUDIO = List.of(aac("a.aac", 0, 10));
    private static final List<MediaPiece> VIDEO = List.of(h264("v.mp4", 1.2, 8.8));

    private static LeadIn decide(LeadingBlank policy, List<MediaPiece> audio) {
        return LeadIn.decide(policy, audio, VIDEO, 0);
    }

    @Test
    void keepStartsAtTheAudioUnderBlack() {
        assertThat(decide(LeadingBlank.KEEP, AUDIO)).isEqualTo(new LeadIn(0, Optional.empty()));
    }

    @Test
    void trimStartsAtTheFirstVideoFrame() {
        assertThat(decide(LeadingBlank.TRIM, AUDIO)).isEqualTo(new LeadIn(1.2, Optional.empty()));
    }

    @Test
    void freezeStartsAtTheAudioAndFreezesTheFirstFrameUntilTheVideoStarts() {
        assertThat(decide(LeadingBlank.FREEZE, AUDIO)).isEqualTo(new LeadIn(0, Optional.of(1.2)));
    }

    @Test
    void autoCountsAudioOfUnknownAudibilityAsAudibleAndFreezes() {
        assertThat(decide(LeadingBlank.AUTO, AUDIO)).isEqualTo(new LeadIn(0, Optional.of(1.2)));
    }

    @Test
    void autoCutsSilenceUpToAQuarterSecondBeforeTheFirstSound() {
        LeadIn leadIn = decide(LeadingBlank.AUTO, List.of(AUDIO.get(0).withAudibleFrom(0.9)));

        assertThat(leadIn.start()).isCloseTo(0.65, within(1e-9));
        assertThat(leadIn.freezeUntil()).contains(1.2);
    }

    @Test
    void autoNeverStartsBeforeTheAudio() {
        assertThat(decide(LeadingBlank.AUTO, List.of(AUDIO.get(0).withAudibleFrom(0.1))))
                .isEqualTo(new LeadIn(0, Optional.of(1.2)));
    }

    @Test
    void autoDropsALeadInWithoutSoundAndStartsAtTheVideo() {
        assertThat(decide(LeadingBlank.AUTO, List.of(AUDIO.get(0).withAudibleFrom(1.2))))
                .isEqualTo(new LeadIn(1.2, Optional.empty()));
        assertThat(decide(LeadingBlank.AUTO, List.of(AUDIO.get(0).withAudibleFrom(10))))
                .isEqualTo(new LeadIn(1.2, Optional.empty()));
    }

    @Test
    void autoTakesTheEarliestSoundOfSeveralAudioPieces() {
        List<MediaPiece> two = List.of(aac("a.aac", 0, 5).withAudibleFrom(4), aac("b.aac", 0.5, 5).withAudibleFrom(0.75));
        assertThat(decide(LeadingBlank.AUTO, two)).isEqualTo(new LeadIn(0.5, Optional.of(1.2)));
    }

    @Test
    void withoutALeadInEveryPolicyStartsAtTheEarliestPiece() {
        List<MediaPiece> lateAudio = List.of(aac("a.aac", 2, 8));
        for (LeadingBlank policy : LeadingBlank.values()) {
            assertThat(LeadIn.decide(policy, lateAudio, VIDEO, 1.2)).as(policy.name())
                    .isEqualTo(new LeadIn(1.2, Optional.empty()));
            assertThat(LeadIn.decide(policy, List.of(), VIDEO, 1.2)).as(policy.name())
                    .isEqualTo(new LeadIn(1.2, Optional.empty()));
            assertThat(LeadIn.decide(policy, AUDIO, List.of(), 0)).as(policy.name())
                    .isEqualTo(new LeadIn(0, Optional.empty()));
        }
    }

    @Test
    void movedEarlierBeforeTheFirstFrameItFreezesThatFrameForTheRemainder() {
        LeadIn trimmed = decide(LeadingBlank.TRIM, AUDIO);

        assertThat(trimmed.startingAt(1.194667, VIDEO)).isEqualTo(new LeadIn(1.194667, Optional.of(1.2)));
        assertThat(trimmed.startingAt(1.2, VIDEO)).as("not moved").isEqualTo(trimmed);
        assertThat(trimmed.startingAt(1.21, VIDEO)).as("later: nothing to freeze")
                .isEqualTo(new LeadIn(1.21, Optional.empty()));
        assertThat(trimmed.startingAt(1.1, List.of())).as("no video").isEqualTo(new LeadIn(1.1, Optional.empty()));
    }

    @Test
    void movedWithAFreezeAlreadyThereItKeepsThatFreeze() {
        LeadIn frozen = new LeadIn(0.75, Optional.of(1.2));

        assertThat(frozen.startingAt(0.746667, VIDEO)).isEqualTo(new LeadIn(0.746667, Optional.of(1.2)));
    }
}
