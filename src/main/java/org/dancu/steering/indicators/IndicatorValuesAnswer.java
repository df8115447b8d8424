package org.dancu.steering.indicators;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The figures of one indicator for the units and periods asked, one row per unit × period.
 *
 * @param indicator the indicator's code
 * @param unitLevel the level of every row's unit
 * @param factor    value = numerator / denominator × factor
 * @param periods   the periods asked for, in order
 * @param rows      unit by unit, period by period
 */
record IndicatorValuesAnswer(String indicator, String unitLevel, int factor, List<String> periods, List<Row> rows) {

    /** Whether a figure exists: a stored figure has a value unless its denominator is 0. */
    enum Status {
        /** a stored figure with its value */
        VALUE,
        /** a stored figure whose denominator is 0, so it has no value */
        ZERO_DENOMINATOR,
        /** nothing stored for this unit and period: no data, which is not zero */
        NO_DATA
    }

    /**
     * One unit in one period.
     *
     * @param unit       the unit's code (an agency's code at the agency level)
     * @param value      numerator / denominator × factor, rounded to 4 decimals; null without a value
     * @param origin     {@code COMPUTED}, or {@code DEMO} for the demo's synthetic history; null without data
     * @param computedAt when the figure was computed; null without data
     */
    record Row(String period, String unit, BigDecimal numerator, BigDecimal denominator, BigDecimal value,
               Status status, @Schema(allowableValues = {"COMPUTED", "DEMO"}) String origin, Instant computedAt) {

        static Row of(IndicatorFactsQuery.Fact fact) {
            Status status = fact.denominator() == null ? Status.NO_DATA
                    : fact.value() == null ? Status.ZERO_DENOMINATOR : Status.VALUE;
            return new Row(fact.periodCode(), fact.unit(), fact.numerator(), fact.denominator(), fact.value(),
                    status, fact.origin(), fact.computedAt());
        }
    }
}
