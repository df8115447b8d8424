package org.dancu.civil;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;

class ProvinceTimeTest {

    private final ProvinceTime time = new ProvinceTime(ProvinceTime.VIETNAM);
    private final Instant eveningUtc = Instant.parse("2026-01-15T20:30:09Z");

    @Test
    void instantsAndOffsetTimesAreReadOnTheProvincesClockDayFirst() {
        assertThat(time.dateTime(eveningUtc)).isEqualTo("16/01/2026 03:30");
        assertThat(time.dateTimeSeconds(eveningUtc)).isEqualTo("16/01/2026 03:30:09");
        assertThat(time.date(eveningUtc)).isEqualTo("16/01/2026");
        assertThat(time.dateTime(OffsetDateTime.parse("2026-01-15T20:30:00Z"))).isEqualTo("16/01/2026 03:30");
        assertThat(time.date(LocalDate.of(2025, 7, 1))).isEqualTo("01/07/2025");
        assertThat(time.dateTime(null)).isNull();
    }

    @Test
    void aDayOfTheProvinceBeginsAtItsMidnight() {
        assertThat(time.startOf(LocalDate.of(2026, 1, 16))).isEqualTo(Instant.parse("2026-01-15T17:00:00Z"));
    }

    @Test
    void recordedDatesAreShownToTheirPrecisionDayFirst() {
        assertThat(time.recorded("1958")).isEqualTo("1958");
        assertThat(time.recorded("1958-03")).isEqualTo("03/1958");
        assertThat(time.recorded("1958-03-21")).isEqualTo("21/03/1958");
        assertThat(time.recorded("not a date")).isEqualTo("not a date");
        assertThat(time.recorded(null)).isNull();
    }
}
