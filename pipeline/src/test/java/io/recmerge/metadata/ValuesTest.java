package io.recmerge.metadata;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class ValuesTest {

    @Test
    void timesArePlainDecimalsFromZeroToTenMillion() {
        assertThat(Values.time("0")).contains(0.0);
        assertThat(Values.time("0.000")).contains(0.0);
        assertThat(Values.time("12.345")).contains(12.345);
        assertThat(Values.time("10000000")).contains(1e7);
        assertThat(Values.time("10000000.0000001")).isEmpty();
        assertThat(Values.time("10000000.1")).isEmpty();
        assertThat(Values.time("-0.0")).isEmpty();
        assertThat(Values.time("NaN")).isEmpty();
        assertThat(Values.time("")).isEmpty();
        assertThat(Values.time("1".repeat(13))).isEmpty();
    }

    @Test
    void integersAreRangeChecked() {
        assertThat(Values.integer("640", 16, 16384)).isEqualTo(OptionalInt.of(640));
        assertThat(Values.integer("0640", 16, 16384)).isEqualTo(OptionalInt.of(640));
        assertThat(Values.integer("15", 16, 16384)).isEmpty();
        assertThat(Values.integer("16385", 16, 16384)).isEmpty();
        assertThat(Values.integer("2147483648", Integer.MIN_VALUE, Integer.MAX_VALUE)).isEmpty();
        assertThat(Values.integer("-5", -10, 10)).isEqualTo(OptionalInt.of(-5));
        assertThat(Values.integer("5x", -10, 10)).isEmpty();
    }

    @Test
    void rotationsAreFoldedQuarterTurns() {
        assertThat(Values.rotation("0")).isEqualTo(OptionalInt.of(0));
        assertThat(Values.rotation("270")).isEqualTo(OptionalInt.of(270));
        assertThat(Values.rotation("-90")).isEqualTo(OptionalInt.of(270));
        assertThat(Values.rotation("-270")).isEqualTo(OptionalInt.of(90));
        assertThat(Values.rotation("450")).isEqualTo(OptionalInt.of(90));
        assertThat(Values.rotation("720")).isEqualTo(OptionalInt.of(0));
        assertThat(Values.rotation("-3600")).isEqualTo(OptionalInt.of(0));
        assertThat(Values.rotation("45")).isEmpty();
        assertThat(Values.rotation("91")).isEmpty();
        assertThat(Values.rotation("3690")).isEmpty();
    }
}
