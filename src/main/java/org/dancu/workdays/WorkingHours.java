package org.dancu.workdays;

import java.time.LocalTime;
import java.time.ZoneId;

/**
 * The offices' day: a morning and an afternoon session, the cut-off after which a dossier counts from
 * the next working day, and whether dossiers are received on Saturday mornings. Settings
 * {@code dancu.workdays.*}; see docs/configuration.md.
 */
public record WorkingHours(ZoneId zone, LocalTime morningStart, LocalTime morningEnd, LocalTime afternoonStart,
                           LocalTime afternoonEnd, LocalTime cutOff, boolean saturdayMorningReception) {

    public WorkingHours {
        if (!(morningStart.isBefore(morningEnd) && !afternoonStart.isBefore(morningEnd)
                && afternoonStart.isBefore(afternoonEnd))) {
            throw new IllegalArgumentException("sessions must follow each other: morning, then afternoon");
        }
    }

    /** Minutes of work in a whole working day. */
    public int minutesPerDay() {
        return minutes(morningEnd) - minutes(morningStart) + minutes(afternoonEnd) - minutes(afternoonStart);
    }

    static int minutes(LocalTime time) {
        return time.getHour() * 60 + time.getMinute();
    }
}
