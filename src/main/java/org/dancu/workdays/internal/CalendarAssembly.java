package org.dancu.workdays.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.dancu.workdays.CalendarDecision;
import org.dancu.workdays.DayKind;
import org.dancu.workdays.Occasion;
import org.dancu.workdays.WorkingCalendar;
import org.dancu.workdays.WorkingHours;

/**
 * Builds the calendar of a span of years: Saturdays and Sundays are weekly rest; the Labour Code's
 * fixed holidays always hold; for an occasion and year with a recorded decision the decision sets the
 * other days, otherwise the default choice and the compensating days of Art. 112(3) (a holiday on a
 * weekly rest day gives the next working day off) do.
 */
final class CalendarAssembly {

    private static final Occasion[] STATUTORY = {Occasion.NEW_YEAR, Occasion.LUNAR_NEW_YEAR, Occasion.HUNG_KINGS,
            Occasion.VICTORY_AND_LABOUR, Occasion.NATIONAL_DAY};

    private final LabourCodeHolidays law;
    private final int firstYear;
    private final int lastYear;

    CalendarAssembly(LabourCodeHolidays law, int firstYear, int lastYear) {
        this.law = law;
        this.firstYear = firstYear;
        this.lastYear = lastYear;
    }

    LocalDate firstDay() {
        return LocalDate.of(firstYear, 1, 1);
    }

    LocalDate lastDay() {
        return LocalDate.of(lastYear, 12, 31);
    }

    WorkingCalendar build(List<CalendarDecision> decisions, WorkingHours hours) {
        LocalDate first = firstDay();
        int length = (int) (lastDay().toEpochDay() - first.toEpochDay() + 1);
        DayKind[] kinds = new DayKind[length];
        Occasion[] occasions = new Occasion[length];
        for (int i = 0; i < length; i++) {
            kinds[i] = WorkingCalendar.weekend(first.plusDays(i)) ? DayKind.WEEKLY_REST : DayKind.WORKING_DAY;
        }
        Set<String> decided = new HashSet<>();
        for (CalendarDecision d : decisions) {
            decided.add(d.occasion() + "/" + law.yearOf(d.occasion(), d.first()));
        }
        Days days = new Days(first, kinds, occasions);
        for (int year = firstYear; year <= lastYear; year++) {
            for (Occasion occasion : STATUTORY) {
                law.fixed(occasion, year).forEach(day -> days.set(day, DayKind.PUBLIC_HOLIDAY, occasion));
                if (!decided.contains(occasion + "/" + year)) {
                    law.chosenByDefault(occasion, year).forEach(day -> days.set(day, DayKind.PUBLIC_HOLIDAY, occasion));
                }
            }
        }
        for (int year = firstYear; year <= lastYear; year++) {
            for (Occasion occasion : STATUTORY) {
                if (!decided.contains(occasion + "/" + year)) {
                    compensate(days, occasion, year);
                }
            }
        }
        for (CalendarDecision d : decisions) {
            for (LocalDate day = d.first(); !day.isAfter(d.last()); day = day.plusDays(1)) {
                if (d.dayOff() && (days.kind(day) == DayKind.WORKING_DAY || days.kind(day) == DayKind.WEEKLY_REST)) {
                    days.set(day, DayKind.DAY_OFF_BY_DECISION, d.occasion());
                } else if (!d.dayOff()) {
                    days.set(day, DayKind.MAKE_UP_WORKING_DAY, d.occasion());
                }
            }
        }
        return new WorkingCalendar(first, kinds, occasions, hours);
    }

    /** One compensating day, the next working day, for each holiday of the occasion on a weekly rest day. */
    private void compensate(Days days, Occasion occasion, int year) {
        List<LocalDate> holidays = new ArrayList<>(law.fixed(occasion, year));
        holidays.addAll(law.chosenByDefault(occasion, year));
        holidays.sort(null);
        for (LocalDate holiday : holidays) {
            if (WorkingCalendar.weekend(holiday)) {
                LocalDate next = holiday.plusDays(1);
                while (days.holds(next) && days.kind(next) != DayKind.WORKING_DAY) {
                    next = next.plusDays(1);
                }
                days.set(next, DayKind.COMPENSATING_DAY_OFF, occasion);
            }
        }
    }

    private record Days(LocalDate first, DayKind[] kinds, Occasion[] occasions) {

        boolean holds(LocalDate day) {
            long i = day.toEpochDay() - first.toEpochDay();
            return i >= 0 && i < kinds.length;
        }

        DayKind kind(LocalDate day) {
            return kinds[(int) (day.toEpochDay() - first.toEpochDay())];
        }

        void set(LocalDate day, DayKind kind, Occasion occasion) {
            if (holds(day)) {
                int i = (int) (day.toEpochDay() - first.toEpochDay());
                kinds[i] = kind;
                occasions[i] = occasion;
            }
        }
    }
}
