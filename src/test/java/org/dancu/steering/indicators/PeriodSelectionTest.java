package org.dancu.steering.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.dancu.steering.Period;
import org.junit.jupiter.api.Test;

class PeriodSelectionTest {

    @Test
    void aRangeOfMonthsListsEveryMonthInOrder() {
        assertThat(PeriodSelection.parse("2025-01..2026-12")).hasSize(24)
                .startsWith(Period.parse("2025-01")).endsWith(Period.parse("2026-12"));
        assertThat(PeriodSelection.parse("2025Q3..2026Q1")).extracting(Period::code)
                .containsExactly("2025Q3", "2025Q4", "2026Q1");
    }

    @Test
    void aListKeepsItsOrderAndMixesTypes() {
        assertThat(PeriodSelection.parse("2026-05, 2026Q2,2026")).extracting(Period::code)
                .containsExactly("2026-05", "2026Q2", "2026");
    }

    @Test
    void badPeriodsAreRefusedWithTheirReason() {
        assertRefused(null, "steering.api.error.period-missing");
        assertRefused("2026-13", "steering.api.error.period");
        assertRefused("2026-01..2026Q4", "steering.api.error.period-types");
        assertRefused("2026-12..2026-01", "steering.api.error.period-order");
        assertRefused("2000-01..2026-12", "steering.api.error.period-too-many");
        assertRefused("2026-01..", "steering.api.error.period");
    }

    private static void assertRefused(String text, String key) {
        assertThatThrownBy(() -> PeriodSelection.parse(text)).isInstanceOfSatisfying(InvalidIndicatorRequest.class,
                e -> assertThat(e.messageKey()).isEqualTo(key));
    }
}
