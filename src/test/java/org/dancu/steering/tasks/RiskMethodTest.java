package org.dancu.steering.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.dancu.steering.IndicatorDefinition;
import org.dancu.steering.figures.HandStoredIndicators;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RiskMethodTest {

    /** The last day of a month, so the month's value is dated on the assessment day. */
    private static final LocalDate TODAY = LocalDate.of(2026, 5, 31);

    /** Month-end values starting at {@code start}, rising by {@code step} each month, ending this month. */
    private static List<RiskMethod.Point> monthly(int months, double start, double step) {
        List<RiskMethod.Point> points = new ArrayList<>();
        LocalDate end = TODAY;
        for (int i = 0; i < months; i++) {
            LocalDate date = end.minusMonths(months - 1L - i).withDayOfMonth(1).plusMonths(1).minusDays(1);
            points.add(new RiskMethod.Point(date, start + step * i));
        }
        return points;
    }

    @Test
    void aSteadyRiseThatReachesTheTargetIsOnTrack() {
        RiskMethod.Assessment a = RiskMethod.assess(monthly(6, 60, 5), 90, LocalDate.of(2026, 12, 31), TODAY);
        assertThat(a.status()).isEqualTo(RiskMethod.Status.ON_TRACK);
        assertThat(a.projected()).isCloseTo(85 + 5 * 7, within(1.0));
        assertThat(a.margin()).isBetween(0.0, 2.0);
    }

    @Test
    void aSlowRiseThatFallsShortIsAtRiskWithTheProjectionAndMargin() {
        List<RiskMethod.Point> series = monthly(6, 60, 1);
        series.set(2, new RiskMethod.Point(series.get(2).date(), 63));
        RiskMethod.Assessment a = RiskMethod.assess(series, 90, LocalDate.of(2026, 12, 31), TODAY);
        assertThat(a.status()).isEqualTo(RiskMethod.Status.AT_RISK);
        assertThat(a.projected()).isBetween(68.0, 75.0);
        assertThat(a.margin()).isPositive();
        assertThat(a.points()).isEqualTo(6);
    }

    @Test
    void onlyTheLastSixPointsCount() {
        List<RiskMethod.Point> series = new ArrayList<>(monthly(10, 0, 0));
        List<RiskMethod.Point> recent = monthly(6, 70, 4);
        for (int i = 0; i < 6; i++) {
            series.set(4 + i, recent.get(i));
        }
        RiskMethod.Assessment a = RiskMethod.assess(series, 100, LocalDate.of(2026, 12, 31), TODAY);
        assertThat(a.status()).isEqualTo(RiskMethod.Status.ON_TRACK);
    }

    /** Statuses without a projection, each with this month's value and the points it had. */
    @ParameterizedTest(name = "{5}: {0} months from {1} by {2}, target {3}, deadline {4}")
    @CsvSource({
            "6, 60, 5, 95, 2026-03-31, LATE",        // a passed deadline unmet is late
            "4, 90, 3, 95, 2026-03-31, MET",         // a reached target is met even after the deadline
            "2, 60, 5, 90, 2026-12-31, TOO_FEW_POINTS"})
    void aStatusWithoutAProjection(int months, double start, double step, double target, LocalDate deadline,
                                   RiskMethod.Status expected) {
        RiskMethod.Assessment a = RiskMethod.assess(monthly(months, start, step), target, deadline, TODAY);
        assertThat(a.status()).isEqualTo(expected);
        assertThat(a.latest()).isEqualTo(start + step * (months - 1));
        assertThat(a.points()).isEqualTo(months);
    }

    @Test
    void withoutAValueThisMonthTheTaskHasNoDataEvenWhenEarlierMonthsMetTheTarget() {
        List<RiskMethod.Point> earlier = monthly(6, 92, 1).subList(0, 5);
        RiskMethod.Assessment a = RiskMethod.assess(earlier, 90, LocalDate.of(2026, 12, 31), TODAY);
        assertThat(a.status()).isEqualTo(RiskMethod.Status.NO_DATA);
        assertThat(a.latest()).isNaN();
        assertThat(RiskMethod.assess(List.of(), 90, LocalDate.of(2026, 12, 31), TODAY).status())
                .isEqualTo(RiskMethod.Status.NO_DATA);
        assertThat(RiskMethod.assess(earlier, 90, LocalDate.of(2026, 3, 31), TODAY).status())
                .isEqualTo(RiskMethod.Status.LATE);
    }

    @Test
    void theCurrentValueDecidesOverAnOlderShortfall() {
        List<RiskMethod.Point> series = new ArrayList<>(monthly(6, 80, 0.5));
        series.set(5, new RiskMethod.Point(TODAY, 100));
        assertThat(RiskMethod.assess(series, 100, LocalDate.of(2026, 12, 31), TODAY).status())
                .isEqualTo(RiskMethod.Status.MET);
    }

    @Test
    void aTaskWithoutAnIndicatorIsLateOncePastItsDeadline() {
        assertThat(RiskMethod.withoutIndicator(LocalDate.of(2026, 5, 30), TODAY).status())
                .isEqualTo(RiskMethod.Status.LATE);
        assertThat(RiskMethod.withoutIndicator(TODAY, TODAY).status()).isEqualTo(RiskMethod.Status.REPORTED);
    }

    private static final IndicatorDefinition TUITION = HandStoredIndicators.TUITION_DEFINITION;

    @Test
    void aFlatteningSeriesShowsASlopeDrop() {
        List<RiskMethod.Point> series = new ArrayList<>(monthly(6, 40, 4));
        for (int i = 3; i < 6; i++) {
            series.set(i, new RiskMethod.Point(series.get(i).date(), 48 + 0.5 * (i - 2)));
        }
        assertThat(SlowingAgencies.slopeDrop(TUITION, series)).hasValueSatisfying(drop -> {
            assertThat(drop.before()).isCloseTo(4, within(0.3));
            assertThat(drop.recent()).isLessThan(drop.before() / 2);
        });
        assertThat(SlowingAgencies.slopeDrop(TUITION, monthly(6, 40, 4))).isEmpty();
        assertThat(SlowingAgencies.slopeDrop(TUITION, monthly(5, 40, 4))).isEmpty();
    }
}
