package org.dancu.register;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A person's timeline and state on a given day, within the officer's scope.
 *
 * @param asOf  the day asked for
 * @param state the person's fields on that day; empty when the person was not yet born then
 */
public record PersonHistory(long personId, String fullName, List<TimelineEntry> events, LocalDate asOf,
                            Optional<Map<PersonField, String>> state) {

    public PersonHistory {
        events = List.copyOf(events);
    }
}
