package org.dancu.register;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * A life event as an officer records it.
 *
 * @param effectiveDate the day it took effect (for a birth, the day of birth)
 * @param source        the document it rests on: number and kind, or a short text; required
 * @param values        what it sets, by type: MOVE_IN / MOVE_WITHIN {@code COMMUNE_CODE}, {@code ADDRESS}
 *                      and optionally {@code HOUSEHOLD_ID}, {@code RELATION_TO_HEAD}; MARRIAGE
 *                      {@code SPOUSE_NAME} and optionally {@code SPOUSE_PIN}; CORRECTION exactly one
 *                      correctable field; BIRTH the new person's fields; DEATH, MOVE_OUT and DIVORCE nothing
 * @param otherProvince two-digit code of the province left or gone to (MOVE_IN, MOVE_OUT), may be null
 */
public record LifeEventRequest(LifeEventType type, LocalDate effectiveDate, String source,
                               Map<PersonField, String> values, String otherProvince) {

    public LifeEventRequest {
        EnumMap<PersonField, String> copy = new EnumMap<>(PersonField.class);
        values.forEach((field, value) -> copy.put(field, value == null || value.isBlank() ? null : value.strip()));
        values = Collections.unmodifiableMap(copy);
    }

    public String value(PersonField field) {
        return values.get(field);
    }
}
