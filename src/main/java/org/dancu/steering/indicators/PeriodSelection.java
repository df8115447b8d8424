package org.dancu.steering.indicators;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import org.dancu.steering.Period;

/**
 * The periods a request asks for, as DHIS2 callers write them: a range of periods of one type
 * ({@code 2025-01..2026-12}, {@code 2024Q1..2026Q4}) or a comma-separated list of period codes
 * ({@code 2026-05,2026Q2,2026}), in the order given.
 */
final class PeriodSelection {

    /** Ten years of months: more is not a question a dashboard or a portal asks at once. */
    static final int MAX_PERIODS = 120;

    private PeriodSelection() {
    }

    static List<Period> parse(String text) {
        if (text == null || text.isBlank()) {
            throw InvalidIndicatorRequest.badRequest("steering.api.error.period-missing");
        }
        String[] range = text.strip().split("\\.\\.", -1);
        List<Period> periods = range.length == 2 ? range(period(range[0]), period(range[1])) : list(text);
        if (periods.size() > MAX_PERIODS) {
            throw InvalidIndicatorRequest.badRequest("steering.api.error.period-too-many", MAX_PERIODS);
        }
        return periods;
    }

    private static List<Period> range(Period first, Period last) {
        if (first.type() != last.type()) {
            throw InvalidIndicatorRequest.badRequest("steering.api.error.period-types", first.code(), last.code());
        }
        if (first.compareTo(last) > 0) {
            throw InvalidIndicatorRequest.badRequest("steering.api.error.period-order", first.code(), last.code());
        }
        List<Period> periods = new ArrayList<>();
        for (Period p = first; p.compareTo(last) <= 0 && periods.size() <= MAX_PERIODS; p = p.next()) {
            periods.add(p);
        }
        return periods;
    }

    private static List<Period> list(String text) {
        LinkedHashSet<Period> periods = new LinkedHashSet<>();
        for (String code : text.split(",", -1)) {
            periods.add(period(code));
        }
        return List.copyOf(periods);
    }

    private static Period period(String code) {
        try {
            return Period.parse(code);
        } catch (IllegalArgumentException e) {
            throw InvalidIndicatorRequest.badRequest("steering.api.error.period", code.strip());
        }
    }
}
