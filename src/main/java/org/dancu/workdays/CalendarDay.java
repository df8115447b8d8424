package org.dancu.workdays;

import java.time.LocalDate;

/**
 * One day that differs from the ordinary week (a holiday, a day off, a make-up working day).
 *
 * @param occasion the occasion it belongs to
 */
public record CalendarDay(LocalDate date, DayKind kind, Occasion occasion) {
}
