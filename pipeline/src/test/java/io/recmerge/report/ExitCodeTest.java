package io.recmerge.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ExitCodeTest {

    @Test
    void theCodesAreTheOnesTheCliContractPromises() {
        assertThat(Arrays.stream(ExitCode.values()).mapToInt(ExitCode::code)).containsExactly(0, 1, 2, 3, 4, 130);
        assertThat(ExitCode.OK.code()).isZero();
        assertThat(ExitCode.USAGE.code()).isEqualTo(1);
        assertThat(ExitCode.PARTIAL.code()).isEqualTo(2);
        assertThat(ExitCode.NOTHING.code()).isEqualTo(3);
        assertThat(ExitCode.NOT_FINISHED.code()).isEqualTo(4);
        assertThat(ExitCode.INTERRUPTED.code()).isEqualTo(130);
    }

    @Test
    void everyOutputWrittenIsZero() {
        assertThat(ExitCode.forOutcome(3, 0)).isEqualTo(ExitCode.OK);
        assertThat(ExitCode.forOutcome(1, 0)).isEqualTo(ExitCode.OK);
    }

    @Test
    void someWrittenAndSomeFailedIsTwo() {
        assertThat(ExitCode.forOutcome(2, 1)).isEqualTo(ExitCode.PARTIAL);
        assertThat(ExitCode.forOutcome(1, 5)).isEqualTo(ExitCode.PARTIAL);
    }

    @Test
    void nothingWrittenIsThreeWhetherOutputsFailedOrNoneWerePlanned() {
        assertThat(ExitCode.forOutcome(0, 2)).isEqualTo(ExitCode.NOTHING);
        assertThat(ExitCode.forOutcome(0, 0)).isEqualTo(ExitCode.NOTHING);
    }
}
