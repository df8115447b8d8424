package org.dancu.steering.dashboard;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.dancu.steering.Period;
import org.dancu.steering.PeriodType;
import org.dancu.steering.figures.Figures;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** The periods offered in the pickers: recent months, quarters, half-years and years, newest first. */
public final class PeriodChoice {

    private PeriodChoice() {
    }

    /** A period as the pickers offer it: its code for the address, its name in words for people. */
    public record Option(String code, String label) {
    }

    public static Option option(Period period, Figures figures, Locale locale) {
        return new Option(period.code(), figures.period(period, locale));
    }

    static List<Option> options(LocalDate today, Figures figures, Locale locale) {
        return recent(today).stream().map(p -> option(p, figures, locale)).toList();
    }

    public static List<Period> recent(LocalDate today) {
        List<Period> periods = new ArrayList<>();
        addRecent(periods, PeriodType.MONTH, today, 12);
        addRecent(periods, PeriodType.QUARTER, today, 6);
        addRecent(periods, PeriodType.HALF_YEAR, today, 4);
        addRecent(periods, PeriodType.YEAR, today, 3);
        return periods;
    }

    private static void addRecent(List<Period> periods, PeriodType type, LocalDate today, int count) {
        Period period = Period.containing(type, today);
        for (int i = 0; i < count; i++) {
            periods.add(period);
            period = period.previous();
        }
    }

    /** The period asked for, or the current month; a malformed code is refused with 400. */
    public static Period parse(String code, LocalDate today) {
        if (code == null || code.isBlank()) {
            return Period.containing(PeriodType.MONTH, today);
        }
        try {
            return Period.parse(code);
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "bad period");
        }
    }
}
