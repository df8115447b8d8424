package org.dancu.workdays.internal;

import java.time.LocalDate;
import java.util.List;

import org.dancu.workdays.CalendarDecision;
import org.dancu.workdays.DecisionRefused;
import org.dancu.workdays.Occasion;
import org.dancu.workdays.WorkingCalendar;

/**
 * What a new decision may not do: run backwards or longer than a month, lie outside the calendar, come
 * without its source, overlap a recorded decision, fall far from its occasion, make a holiday the law
 * fixes a working day, leave out of an occasion's days off a holiday the law fixes for it, or make a
 * weekday a make-up working day (it already is one).
 */
final class DecisionCheck {

    static final int LONGEST_SPAN = 31;

    private final LabourCodeHolidays law;
    private final LocalDate firstDay;
    private final LocalDate lastDay;

    DecisionCheck(LabourCodeHolidays law, LocalDate firstDay, LocalDate lastDay) {
        this.law = law;
        this.firstDay = firstDay;
        this.lastDay = lastDay;
    }

    void check(CalendarDecision decision, List<CalendarDecision> recorded) {
        if (decision.source() == null || decision.source().isBlank() || decision.source().length() > 500) {
            throw new DecisionRefused("workdays.refused.source");
        }
        if (decision.last().isBefore(decision.first())) {
            throw new DecisionRefused("workdays.refused.order");
        }
        if (decision.last().toEpochDay() - decision.first().toEpochDay() >= LONGEST_SPAN) {
            throw new DecisionRefused("workdays.refused.too-long", LONGEST_SPAN);
        }
        if (decision.first().isBefore(firstDay) || decision.last().isAfter(lastDay)) {
            throw new DecisionRefused("workdays.refused.outside", firstDay.getYear(), lastDay.getYear());
        }
        for (CalendarDecision other : recorded) {
            if (!decision.first().isAfter(other.last()) && !other.first().isAfter(decision.last())) {
                throw new DecisionRefused("workdays.refused.overlap", other.first(), other.last());
            }
        }
        if (decision.occasion() != Occasion.OTHER) {
            int year = law.yearOf(decision.occasion(), decision.first());
            if (law.distance(decision.occasion(), year, decision.first()) > LONGEST_SPAN) {
                throw new DecisionRefused("workdays.refused.far", LONGEST_SPAN);
            }
            if (decision.dayOff()) {
                checkHolidaysKept(decision, year, recorded);
            }
        }
        if (!decision.dayOff()) {
            checkMakeUpDays(decision);
        }
    }

    /**
     * A decision's days replace the law's default choice for its occasion and year, so the first
     * days off recorded for them must hold the holidays the law fixes (a later one may add days).
     */
    private void checkHolidaysKept(CalendarDecision decision, int year, List<CalendarDecision> recorded) {
        boolean firstForTheOccasion = recorded.stream().noneMatch(other -> other.dayOff()
                && other.occasion() == decision.occasion() && law.yearOf(other.occasion(), other.first()) == year);
        if (firstForTheOccasion) {
            for (LocalDate fixed : law.fixed(decision.occasion(), year)) {
                if (fixed.isBefore(decision.first()) || fixed.isAfter(decision.last())) {
                    throw new DecisionRefused("workdays.refused.holiday-left-out", fixed);
                }
            }
        }
    }

    private void checkMakeUpDays(CalendarDecision decision) {
        for (LocalDate day = decision.first(); !day.isAfter(decision.last()); day = day.plusDays(1)) {
            for (Occasion occasion : Occasion.values()) {
                if (law.fixed(occasion, day.getYear()).contains(day)) {
                    throw new DecisionRefused("workdays.refused.statutory", day);
                }
            }
            if (!WorkingCalendar.weekend(day)) {
                throw new DecisionRefused("workdays.refused.weekday", day);
            }
        }
    }
}
