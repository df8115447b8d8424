package org.dancu.steering.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.dancu.cleansing.CleansingIndicators;
import org.dancu.register.RegisterIndicators;
import org.dancu.steering.DemoPlan;
import org.dancu.steering.IndicatorCount;
import org.dancu.steering.Period;
import org.junit.jupiter.api.Test;

/** The demo's history precedes the live register: one denominator, its size, leading up to today's shares. */
class DemoHistoryTest {

    private static final DemoPlan.Trajectory VALID_PIN =
            new DemoPlan.Trajectory(RegisterIndicators.VALID_PIN, 94, 0.3, -1, 1);
    private static final DemoPlan.Trajectory COMPLETE =
            new DemoPlan.Trajectory(RegisterIndicators.COMPLETE, 76, 0.7, -1, 1);
    private static final DemoPlan.Trajectory TAX =
            new DemoPlan.Trajectory(CleansingIndicators.TAX, 73, 1.3, -1, 0.2);
    private static final Map<String, DemoHistory.Live> VALID_TODAY = Map.of(
            "03334", new DemoHistory.Live(980, 1_000), "03337", new DemoHistory.Live(1_900, 2_000));
    private static final Map<String, DemoHistory.Live> COMPLETE_TODAY = Map.of(
            "03334", new DemoHistory.Live(600, 1_000), "03337", new DemoHistory.Live(1_300, 2_000));
    private static final Map<String, Map<String, DemoHistory.Live>> TODAY = Map.of(
            RegisterIndicators.VALID_PIN, VALID_TODAY, RegisterIndicators.COMPLETE, COMPLETE_TODAY);
    private static final DemoHistory HISTORY = new DemoHistory(VALID_TODAY, TODAY, Map.of());
    /** Phường Mường Thanh formed from the old Mường Thanh (its code) and two others, by their residents today. */
    private static final Map<String, Long> MUONG_THANH_FORMED_FROM = Map.of("03334", 537L, "03124", 301L, "03125", 162L);
    private static final DemoHistory BY_OLD_COMMUNE = new DemoHistory(VALID_TODAY, TODAY,
            Map.of("03334", MUONG_THANH_FORMED_FROM));
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

    @Test
    void eachCurrentCommunesCountsAreSharedAmongItsOldCommunesByTheirResidentsAndAddUpToIt() {
        for (DemoPlan.Trajectory trajectory : List.of(VALID_PIN, COMPLETE, TAX)) {
            for (int monthsBefore = 18; monthsBefore >= 0; monthsBefore--) {
                List<IndicatorCount> whole = HISTORY.counts(trajectory, MONTH, 18 - monthsBefore, monthsBefore);
                List<IndicatorCount> shared = BY_OLD_COMMUNE.counts(trajectory, MONTH, 18 - monthsBefore, monthsBefore);
                String what = trajectory.indicator() + ", month " + monthsBefore;
                assertThat(byCurrentCommune(shared)).as(what).isEqualTo(byCurrentCommune(whole));
                assertThat(shared).as(what).allSatisfy(count -> assertThat(count.numerator())
                        .isBetween(0L, count.denominator()));
                List<IndicatorCount> oldCommunes = shared.stream()
                        .filter(count -> count.currentCommuneCode().equals("03334")).toList();
                assertThat(oldCommunes).extracting(IndicatorCount::communeCode)
                        .containsExactlyInAnyOrderElementsOf(MUONG_THANH_FORMED_FROM.keySet());
                long commune = denominator(oldCommunes);
                oldCommunes.forEach(count -> assertThat((double) count.denominator()).as(what + " " + count.communeCode())
                        .isCloseTo(commune * MUONG_THANH_FORMED_FROM.get(count.communeCode()) / 1_000.0,
                                org.assertj.core.data.Offset.offset(1.0)));
                assertThat(shared.stream().filter(count -> count.currentCommuneCode().equals("03337")))
                        .as("a commune without old communes keeps its code").extracting(IndicatorCount::communeCode)
                        .containsExactly("03337");
            }
        }
    }

    @Test
    void aSharedTotalAddsUpExactly() {
        assertThat(DemoHistory.shared(10, Map.of("a", 1L, "b", 1L, "c", 1L))).containsExactlyInAnyOrderEntriesOf(
                Map.of("a", 4L, "b", 3L, "c", 3L));
        assertThat(DemoHistory.shared(7, Map.of("a", 2L, "b", 5L)).values().stream().mapToLong(Long::longValue).sum())
                .isEqualTo(7);
        assertThat(DemoHistory.shared(0, Map.of("a", 2L, "b", 5L))).containsEntry("a", 0L).containsEntry("b", 0L);
        assertThat(DemoHistory.shared(3, Map.of("a", 0L, "b", 5L, "c", 1L))).containsEntry("a", 0L)
                .containsEntry("b", 3L).containsEntry("c", 0L);
        assertThat(DemoHistory.shared(0, Map.of("a", 0L, "b", 0L))).containsEntry("a", 0L).containsEntry("b", 0L);
    }

    /** Numerator and denominator per current commune. */
    private static Map<String, List<Long>> byCurrentCommune(List<IndicatorCount> counts) {
        return counts.stream().collect(Collectors.groupingBy(IndicatorCount::currentCommuneCode,
                Collectors.collectingAndThen(Collectors.toList(), list -> List.of(numerator(list), denominator(list)))));
    }
}
