package org.dancu.workdays.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

import org.dancu.civil.ProvinceTime;
import org.dancu.workdays.CalendarDecision;
import org.dancu.workdays.CommuneAllowance;
import org.dancu.workdays.Deadline;
import org.dancu.workdays.Occasion;
import org.dancu.workdays.Suspension;
import org.dancu.workdays.TimeLimit;
import org.dancu.workdays.WorkingCalendar;
import org.dancu.workdays.WorkingHours;
import org.junit.jupiter.api.Test;

/**
 * Deadlines on the calendar, in working days, half-days and working hours: the 15:00 cut-off,
 * weekends, Tết, make-up Saturdays, suspensions, extensions and a commune's extra days. Sessions
 * 07:30–11:30 and 13:30–17:00, as the defaults.
 */
class DeadlineTests {

    private static final List<CalendarDecision> DECISIONS = List.of(
            new CalendarDecision(Occasion.LUNAR_NEW_YEAR, true, LocalDate.of(2025, 1, 25), LocalDate.of(2025, 2, 2), "test"),
            new CalendarDecision(Occasion.VICTORY_AND_LABOUR, true, LocalDate.of(2025, 4, 30), LocalDate.of(2025, 5, 4), "test"),
            new CalendarDecision(Occasion.VICTORY_AND_LABOUR, false, LocalDate.of(2025, 4, 26), LocalDate.of(2025, 4, 26), "test"));

    private final WorkingCalendar calendar = calendar(false);

    @Test
    void aDossierReceivedBeforeTheCutOffCountsFromThatDay() {
        Deadline deadline = calendar.deadline(at(2025, 3, 3, "10:00"), TimeLimit.workingDays(3));
        assertThat(deadline.countedFrom()).isEqualTo(LocalDate.of(2025, 3, 3));
        assertThat(deadline.due()).isEqualTo(at(2025, 3, 6, "17:00"));
    }

    @Test
    void aDossierReceivedAtOrAfterTheCutOffCountsFromTheNextWorkingDay() {
        assertThat(calendar.deadline(at(2025, 3, 3, "15:00"), TimeLimit.workingDays(3)).due())
                .isEqualTo(at(2025, 3, 7, "17:00"));
        Deadline friday = calendar.deadline(at(2025, 3, 7, "16:30"), TimeLimit.workingDays(1));
        assertThat(friday.countedFrom()).isEqualTo(LocalDate.of(2025, 3, 10));
        assertThat(friday.due()).isEqualTo(at(2025, 3, 11, "17:00"));
    }

    @Test
    void aLimitOfNoDaysEndsTheSameWorkingDay() {
        assertThat(calendar.deadline(at(2025, 3, 3, "09:00"), TimeLimit.workingDays(0)).due())
                .isEqualTo(at(2025, 3, 3, "17:00"));
    }

    @Test
    void tetAndItsWeekendsAreNotCounted() {
        assertThat(calendar.deadline(at(2025, 1, 24, "10:00"), TimeLimit.workingDays(3)).due())
                .isEqualTo(at(2025, 2, 5, "17:00"));
    }

    @Test
    void aMakeUpSaturdayIsCountedAndTheSwappedFridayIsNot() {
        assertThat(calendar.deadline(at(2025, 4, 25, "10:00"), TimeLimit.workingDays(1)).due())
                .isEqualTo(at(2025, 4, 26, "17:00"));
        assertThat(calendar.deadline(at(2025, 4, 29, "10:00"), TimeLimit.workingDays(1)).due())
                .isEqualTo(at(2025, 5, 5, "17:00"));
    }

    @Test
    void suspendedDaysStopTheClock() {
        Instant received = at(2025, 1, 6, "10:00");
        Suspension tuesdayAndWednesday = new Suspension(LocalDate.of(2025, 1, 7), LocalDate.of(2025, 1, 8));
        assertThat(calendar.deadline(received, TimeLimit.workingDays(3), List.of(tuesdayAndWednesday)).due())
                .isEqualTo(at(2025, 1, 13, "17:00"));
        Suspension overlapping = new Suspension(LocalDate.of(2025, 1, 8), LocalDate.of(2025, 1, 9));
        assertThat(calendar.deadline(received, TimeLimit.workingDays(3), List.of(overlapping, tuesdayAndWednesday)).due())
                .isEqualTo(at(2025, 1, 14, "17:00"));
        Suspension afterTheDeadline = new Suspension(LocalDate.of(2025, 1, 20), LocalDate.of(2025, 1, 21));
        assertThat(calendar.deadline(received, TimeLimit.workingDays(3), List.of(afterTheDeadline)).due())
                .isEqualTo(at(2025, 1, 9, "17:00"));
    }

    @Test
    void anExtensionAndACommunesExtraDaysAddWorkingDays() {
        Instant received = at(2025, 3, 3, "10:00");
        assertThat(calendar.deadline(received, TimeLimit.workingDays(3).plusWorkingDays(2)).due())
                .isEqualTo(at(2025, 3, 10, "17:00"));
        CommuneAllowance remote = new CommuneAllowance(Set.of("03334"), 5);
        assertThat(calendar.deadline(received, remote.applyTo(TimeLimit.workingDays(3), "03334")).due())
                .isEqualTo(at(2025, 3, 13, "17:00"));
        assertThat(calendar.deadline(received, remote.applyTo(TimeLimit.workingDays(3), "03335")).due())
                .isEqualTo(at(2025, 3, 6, "17:00"));
    }

    @Test
    void anOddNumberOfHalfDaysEndsAtNoon() {
        Instant received = at(2025, 3, 3, "10:00");
        assertThat(calendar.deadline(received, TimeLimit.halfDays(1)).due()).isEqualTo(at(2025, 3, 4, "11:30"));
        assertThat(calendar.deadline(received, TimeLimit.halfDays(3)).due()).isEqualTo(at(2025, 3, 5, "11:30"));
        assertThat(calendar.deadline(received, TimeLimit.halfDays(4)).due()).isEqualTo(at(2025, 3, 5, "17:00"));
    }

    @Test
    void workingHoursRunFromTheInstantThroughTheSessions() {
        assertThat(calendar.deadline(at(2025, 3, 3, "10:00"), TimeLimit.workingHours(1)).due())
                .isEqualTo(at(2025, 3, 3, "11:00"));
        assertThat(calendar.deadline(at(2025, 3, 3, "10:00"), TimeLimit.workingHours(2)).due())
                .isEqualTo(at(2025, 3, 3, "14:00"));
        assertThat(calendar.deadline(at(2025, 3, 3, "16:00"), TimeLimit.workingHours(4)).due())
                .isEqualTo(at(2025, 3, 4, "10:30"));
        assertThat(calendar.deadline(at(2025, 3, 7, "18:00"), TimeLimit.workingHours(8)).due())
                .isEqualTo(at(2025, 3, 11, "08:00"));
        assertThat(calendar.deadline(at(2025, 3, 3, "12:00"), TimeLimit.workingHours(16)).due())
                .isEqualTo(at(2025, 3, 5, "14:30"));
    }

    @Test
    void saturdayMorningReceptionOpensOnlyWhenSetAndCountsFromMonday() {
        Instant saturdayMorning = at(2025, 3, 8, "09:00");
        assertThat(calendar.receptionOpen(saturdayMorning)).isFalse();
        WorkingCalendar withSaturdays = calendar(true);
        assertThat(withSaturdays.receptionOpen(saturdayMorning)).isTrue();
        assertThat(withSaturdays.receptionOpen(at(2025, 3, 8, "14:00"))).isFalse();
        assertThat(withSaturdays.receptionOpen(at(2025, 1, 25, "09:00"))).as("a Saturday in Tết").isFalse();
        assertThat(withSaturdays.countedFrom(saturdayMorning)).isEqualTo(LocalDate.of(2025, 3, 10));
        assertThat(withSaturdays.receptionOpen(at(2025, 3, 10, "12:00"))).as("lunch break").isFalse();
    }

    @Test
    void aDeadlineBeyondTheCalendarIsRefused() {
        assertThatThrownBy(() -> calendar.deadline(at(2026, 12, 30, "10:00"), TimeLimit.workingDays(10)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("after the calendar's last day");
    }

    private static WorkingCalendar calendar(boolean saturdayMorning) {
        WorkingHours hours = new WorkingHours(ProvinceTime.VIETNAM, LocalTime.of(7, 30), LocalTime.of(11, 30),
                LocalTime.of(13, 30), LocalTime.of(17, 0), LocalTime.of(15, 0), saturdayMorning);
        return new CalendarAssembly(new LabourCodeHolidays(), 2024, 2026).build(DECISIONS, hours);
    }

    private static Instant at(int year, int month, int day, String time) {
        return LocalDateTime.of(LocalDate.of(year, month, day), LocalTime.parse(time)).atZone(ProvinceTime.VIETNAM)
                .toInstant();
    }
}
