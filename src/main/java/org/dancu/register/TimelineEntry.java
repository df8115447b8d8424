package org.dancu.register;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/**
 * One event of a person's history, in the order it applies (effective date, then recording order),
 * with the fields it set and the values those fields held before it.
 */
public record TimelineEntry(long eventId, LifeEventType type, LocalDate effectiveDate, String source,
                            String recordedBy, Instant recordedAt, String communeFrom, String communeTo,
                            String otherProvince, Map<PersonField, String> sets, Map<PersonField, String> replaced) {
}
