package org.dancu.workdays;

import java.time.LocalDate;

/**
 * A government decision on the calendar for one occasion: days off (the holiday span it sets, swapped
 * days included) or make-up working days, with the text it was published in.
 *
 * @param source the decision and where it was published
 */
public record CalendarDecision(Occasion occasion, boolean dayOff, LocalDate first, LocalDate last, String source) {
}
