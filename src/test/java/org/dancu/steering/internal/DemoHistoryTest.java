package org.dancu.steering.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.dancu.steering.IndicatorCatalogue;
import org.dancu.steering.IndicatorCount;
import org.dancu.steering.Period;
import org.junit.jupiter.api.Test;

/** The demo's history precedes the live register: one denominator, its size, leading up to today's shares. */
class DemoHistoryTest {

    private static final DemoHistory.Trajectory VALID_PIN =
            new DemoHistory.Trajectory(IndicatorCatalogue.REG_VALID_PIN, 94, 0.3, -1, 1);
    private static final DemoHistory.Trajectory COMPLETE =
            new DemoHistory.Trajectory(IndicatorCatalogue.REG_COMPLETE, 76, 0.7, -1, 1);
    private static final DemoHistory.Trajectory TAX =
            new DemoHistory.Trajectory(IndicatorCatalogue.CLEAN_TAX, 73, 1.3, -1, 0.2);
    private static final Map<String, DemoHistory.Live> VALID_TODAY = Map.of(
            "03334", new DemoHistory.Live(980, 1_000), "03337", new DemoHistory.Live(1_900, 2_000));
    private static final Map<String, DemoHistory.Live> COMPLETE_TODAY = Map.of(
            "03334", new DemoHistory.Live(600, 1_000), "03337", new DemoHistory.Live(1_300, 2_000));
    private static final DemoHistory HISTORY = new DemoHistory(VALID_TODAY, Map.of(
            IndicatorCatalogue.REG_VALID_PIN, VALID_TODAY, IndicatorCatalogue.REG_COMPLETE, COMPLETE_TODAY));
    private static final Period MONTH = Period.parse("2026-11");

    private static long denominator(List<IndicatorCount> counts) {
        return counts.stream().mapToLong(IndicatorCount::denominator).sum();
    }

    private static long numerator(List<IndicatorCount> counts) {
        return counts.stream().mapToLong(IndicatorCount::numerator).sum();
    }

    @Test
    void theRegistersIndicatorsShareOneDenominatorThatLeadsUpToTheRegistersSize() {
        long previous = 0;
        for (int monthsBefore = 18; monthsBefore >= 0; monthsBefore--) {
            List<IndicatorCount> valid = HISTORY.counts(VALID_PIN, MONTH, 18 - monthsBefore, monthsBefore);
            List<IndicatorCount> complete = HISTORY.counts(COMPLETE, MONTH, 18 - monthsBefore, monthsBefore);
            assertThat(denominator(valid)).as("month %d", monthsBefore).isEqualTo(denominator(complete))
                    .isGreaterThanOrEqualTo(previous).isLessThanOrEqualTo(3_000).isGreaterThan(2_900);
            previous = denominator(valid);
        }
        assertThat(previous).as("this month: the register's living residents").isEqualTo(3_000);
    }

    @Test
    void theHistoryEndsAtTodaysSharesAndASectorsRecordsAreAShareOfTheResidents() {
        List<IndicatorCount> lastMonth = HISTORY.counts(VALID_PIN, MONTH, 17, 1);
        double share = 100.0 * numerator(lastMonth) / denominator(lastMonth);
        assertThat(share).isBetween(95.0, 97.0);
        List<IndicatorCount> now = HISTORY.counts(COMPLETE, MONTH, 18, 0);
        assertThat(numerator(now)).isEqualTo(1_900);

        assertThat(denominator(HISTORY.counts(TAX, MONTH, 18, 0))).isEqualTo(600);
        assertThat(HISTORY.counts(TAX, MONTH, 18, 0)).extracting(IndicatorCount::communeCode)
                .containsExactlyInAnyOrder("03334", "03337");
    }
}
