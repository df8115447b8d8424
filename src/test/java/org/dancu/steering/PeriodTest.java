package org.dancu.steering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class PeriodTest {

    @ParameterizedTest
    @ValueSource(strings = {"2026-05", "2026Q2", "2026S1", "2026S2", "2026", "2025-12", "2025Q4"})
    void codesReadBackToThemselves(String code) {
        assertThat(Period.parse(code).code()).isEqualTo(code);
    }

    @Test
    void eachTypeCoversItsCalendarSpan() {
        Period half = Period.parse("2026S1");
        assertThat(half.firstDay()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(half.lastDay()).isEqualTo(LocalDate.of(2026, 6, 30));
        assertThat(Period.parse("2026Q3").lastDay()).isEqualTo(LocalDate.of(2026, 9, 30));
        assertThat(Period.parse("2024-02").lastDay()).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(Period.parse("2026").lastDay()).isEqualTo(LocalDate.of(2026, 12, 31));
    }

    @Test
    void containingAlignsOnTheType() {
        LocalDate day = LocalDate.of(2026, 8, 17);
        assertThat(Period.containing(PeriodType.MONTH, day).code()).isEqualTo("2026-08");
        assertThat(Period.containing(PeriodType.QUARTER, day).code()).isEqualTo("2026Q3");
        assertThat(Period.containing(PeriodType.HALF_YEAR, day).code()).isEqualTo("2026S2");
        assertThat(Period.containing(PeriodType.YEAR, day).code()).isEqualTo("2026");
    }

    @Test
    void previousAndYearEarlierCrossYearBoundaries() {
        assertThat(Period.parse("2026S1").previous().code()).isEqualTo("2025S2");
        assertThat(Period.parse("2026-01").previous().code()).isEqualTo("2025-12");
        assertThat(Period.parse("2026Q1").yearEarlier().code()).isEqualTo("2025Q1");
    }

    @Test
    void betweenListsEveryPeriodTouchingTheRange() {
        assertThat(Period.between(PeriodType.QUARTER, LocalDate.of(2025, 11, 5), LocalDate.of(2026, 4, 1)))
                .extracting(Period::code).containsExactly("2025Q4", "2026Q1", "2026Q2");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "2026-13", "2026Q5", "2026S3", "26", "2026-1", "Q1"})
    void malformedCodesAreRefused(String code) {
        assertThatThrownBy(() -> Period.parse(code)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aMisalignedStartIsRefused() {
        assertThatThrownBy(() -> new Period(PeriodType.QUARTER, YearMonth.of(2026, 2)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void countsRefuseBadCodesAndNegativeNumbers() {
        Period may = Period.parse("2026-05");
        assertThatThrownBy(() -> new IndicatorCount(may, "3334", null, null, 1, 2))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new IndicatorCount(may, "03334", null, "so nnmt", 1, 2))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new IndicatorCount(may, "03334", null, null, -1, 2))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
