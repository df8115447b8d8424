package org.dancu.workdays.internal;

import java.time.LocalTime;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the working-day clock ({@code dancu.workdays.*}).
 *
 * @param morningStart             when the morning session opens
 * @param morningEnd               when it closes
 * @param afternoonStart           when the afternoon session opens
 * @param afternoonEnd             when it closes; a deadline in days ends then
 * @param cutOff                   a dossier received at or after it counts from the next working day
 * @param saturdayMorningReception whether dossiers are received on Saturday mornings
 * @param firstYear                the first year of the calendar
 * @param lastYear                 the last year of the calendar
 */
@ConfigurationProperties("dancu.workdays")
record WorkdaysProperties(
        @DefaultValue("07:30") LocalTime morningStart,
        @DefaultValue("11:30") LocalTime morningEnd,
        @DefaultValue("13:30") LocalTime afternoonStart,
        @DefaultValue("17:00") LocalTime afternoonEnd,
        @DefaultValue("15:00") LocalTime cutOff,
        @DefaultValue("false") boolean saturdayMorningReception,
        @DefaultValue("2000") int firstYear,
        @DefaultValue("2099") int lastYear) {
}
