package org.dancu.register;

import java.time.LocalDate;

import org.dancu.steering.CountedDataChanged;

/**
 * A person moved in, out or within the province.
 *
 * @param fromCommune the permanent commune before (null for a move in)
 * @param toCommune   the permanent commune after (the last one for a move out)
 * @param resident    whether the person lives in the province after the move
 */
public record PersonMoved(long personId, LifeEventType type, String fromCommune, String toCommune,
                          boolean resident, LocalDate effectiveDate) implements CountedDataChanged {
}
