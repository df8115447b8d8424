package org.dancu.workdays.internal;

import java.time.LocalDate;
import java.time.Month;
import java.util.List;

import org.dancu.workdays.Occasion;

/**
 * The public holidays of Labour Code 2019 Art. 112(1): the days the law fixes, and the days it leaves
 * to the Prime Minister's choice with the choice dancu makes when no decision is recorded (Tết: the
 * last day of the old year and the fourth day of the new; National Day: 1 September).
 */
final class LabourCodeHolidays {

    private final LunarCalendar lunar = new LunarCalendar(LunarCalendar.VIETNAM);

    /** The days the law itself fixes for the occasion in the year; none for {@link Occasion#OTHER}. */
    List<LocalDate> fixed(Occasion occasion, int year) {
        return switch (occasion) {
            case NEW_YEAR -> List.of(LocalDate.of(year, Month.JANUARY, 1));
            case LUNAR_NEW_YEAR -> {
                LocalDate tet = lunar.newYear(year);
                yield List.of(tet, tet.plusDays(1), tet.plusDays(2));
            }
            case HUNG_KINGS -> List.of(lunar.toSolar(year, 3, 10));
            case VICTORY_AND_LABOUR -> List.of(LocalDate.of(year, Month.APRIL, 30), LocalDate.of(year, Month.MAY, 1));
            case NATIONAL_DAY -> List.of(LocalDate.of(year, Month.SEPTEMBER, 2));
            case OTHER -> List.of();
        };
    }

    /** The days the Prime Minister chooses, as dancu chooses them when no decision says otherwise. */
    List<LocalDate> chosenByDefault(Occasion occasion, int year) {
        return switch (occasion) {
            case LUNAR_NEW_YEAR -> {
                LocalDate tet = lunar.newYear(year);
                yield List.of(tet.minusDays(1), tet.plusDays(3));
            }
            case NATIONAL_DAY -> List.of(LocalDate.of(year, Month.SEPTEMBER, 1));
            default -> List.of();
        };
    }

    /** The year whose occasion lies nearest to the day (a New Year decision may begin in December). */
    int yearOf(Occasion occasion, LocalDate day) {
        int best = day.getYear();
        long nearest = Long.MAX_VALUE;
        for (int year = day.getYear() - 1; year <= day.getYear() + 1; year++) {
            long distance = distance(occasion, year, day);
            if (distance < nearest) {
                nearest = distance;
                best = year;
            }
        }
        return best;
    }

    /** Days between the day and the nearest fixed day of the occasion in the year. */
    long distance(Occasion occasion, int year, LocalDate day) {
        return fixed(occasion, year).stream()
                .mapToLong(d -> Math.abs(d.toEpochDay() - day.toEpochDay())).min().orElse(0);
    }
}
