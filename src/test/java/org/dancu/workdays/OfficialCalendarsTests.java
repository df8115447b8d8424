package org.dancu.workdays;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The calendar in force against the official holiday schedules of 2024–2026 (the decisions recorded by
 * V34, sources in docs/workdays.md) and, for 2027, against the Labour Code's rule alone: the weekdays
 * off and the make-up working days of each year, written out from the published schedules.
 */
@SpringBootTest
class OfficialCalendarsTests {

    @Autowired Workdays workdays;

    @Test
    void in2024TetRanFromThe8thToThe14thOfFebruaryAndMondayThe29thOfAprilWasSwapped() {
        assertThat(weekdaysOff(2024)).containsExactly(d(2024, 1, 1),
                d(2024, 2, 8), d(2024, 2, 9), d(2024, 2, 12), d(2024, 2, 13), d(2024, 2, 14),
                d(2024, 4, 18), d(2024, 4, 29), d(2024, 4, 30), d(2024, 5, 1), d(2024, 9, 2), d(2024, 9, 3));
        assertThat(makeUpDays(2024)).containsExactly(d(2024, 5, 4));
    }

    @Test
    void in2025TetRanFromThe25thOfJanuaryToThe2ndOfFebruaryAndFridayThe2ndOfMayWasSwapped() {
        assertThat(weekdaysOff(2025)).containsExactly(d(2025, 1, 1),
                d(2025, 1, 27), d(2025, 1, 28), d(2025, 1, 29), d(2025, 1, 30), d(2025, 1, 31),
                d(2025, 4, 7), d(2025, 4, 30), d(2025, 5, 1), d(2025, 5, 2), d(2025, 9, 1), d(2025, 9, 2));
        assertThat(makeUpDays(2025)).containsExactly(d(2025, 4, 26));
    }

    @Test
    void in2026TetRunsFromThe14thToThe22ndOfFebruaryAndTheHungKingsDayIsCompensatedOnMonday() {
        assertThat(weekdaysOff(2026)).containsExactly(d(2026, 1, 1),
                d(2026, 2, 16), d(2026, 2, 17), d(2026, 2, 18), d(2026, 2, 19), d(2026, 2, 20),
                d(2026, 4, 27), d(2026, 4, 30), d(2026, 5, 1), d(2026, 9, 1), d(2026, 9, 2));
        assertThat(workdays.calendar().kindOf(d(2026, 4, 26))).isEqualTo(DayKind.PUBLIC_HOLIDAY);
        assertThat(workdays.calendar().kindOf(d(2026, 4, 27))).isEqualTo(DayKind.COMPENSATING_DAY_OFF);
        assertThat(makeUpDays(2026)).isEmpty();
    }

    @Test
    void in2027TheLawAloneGivesTetOnASaturdayTwoCompensatingDays() {
        assertThat(weekdaysOff(2027)).containsExactly(d(2027, 1, 1),
                d(2027, 2, 5), d(2027, 2, 8), d(2027, 2, 9), d(2027, 2, 10), d(2027, 2, 11),
                d(2027, 4, 16), d(2027, 4, 30), d(2027, 5, 3), d(2027, 9, 1), d(2027, 9, 2));
        assertThat(workdays.calendar().kindOf(d(2027, 2, 10))).isEqualTo(DayKind.COMPENSATING_DAY_OFF);
    }

    private List<LocalDate> weekdaysOff(int year) {
        List<LocalDate> days = new ArrayList<>();
        for (CalendarDay day : workdays.calendar().exceptions(year)) {
            if (!day.kind().working() && !WorkingCalendar.weekend(day.date())) {
                days.add(day.date());
            }
        }
        return days;
    }

    private List<LocalDate> makeUpDays(int year) {
        return workdays.calendar().exceptions(year).stream().filter(day -> day.kind().working())
                .map(CalendarDay::date).toList();
    }

    private static LocalDate d(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }
}
