package io.recmerge.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class SecondsTest {

    @Test
    void timesHaveSixDecimalsAPointAndNoExponent() {
        assertThat(Seconds.of(1.2)).isEqualTo("1.200000");
        assertThat(Seconds.of(1024.0 / 48000)).isEqualTo("0.021333");
        assertThat(Seconds.of(-1024.0 / 48000)).isEqualTo("-0.021333");
        assertThat(Seconds.of(1e7)).isEqualTo("10000000.000000");
        assertThat(Seconds.of(1e-9)).isEqualTo("0.000000");
    }

    @Test
    void aTinyNegativeTimeIsWrittenAsZeroNotMinusZero() {
        assertThat(Seconds.of(-1e-9)).isEqualTo("0.000000");
        assertThat(Seconds.of(-0.0)).isEqualTo("0.000000");
    }

    @Test
    void theDecimalPointIsAPointInEveryLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertThat(Seconds.of(2.5)).isEqualTo("2.500000");
            assertThat(Seconds.rate(29.97)).isEqualTo("29.970");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void integralFrameRatesHaveNoDecimals() {
        assertThat(Seconds.rate(15)).isEqualTo("15");
        assertThat(Seconds.rate(30000.0 / 1001)).isEqualTo("29.970");
        assertThat(Seconds.rate(25.0000000001)).isEqualTo("25");
    }
}
