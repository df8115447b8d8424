package org.dancu.register.lifeevents;

import static org.dancu.register.PersonField.ALIVE;
import static org.dancu.register.PersonField.BIRTH_DATE;
import static org.dancu.register.PersonField.COMMUNE_CODE;
import static org.dancu.register.PersonField.DEATH_DATE;
import static org.dancu.register.PersonField.MARITAL_STATUS;
import static org.dancu.register.PersonField.RESIDENT;
import static org.dancu.register.PersonField.SPOUSE_NAME;
import static org.dancu.register.PersonField.SPOUSE_PIN;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.dancu.civil.PartialDate;
import org.dancu.register.LifeEventRefusedException;
import org.dancu.register.LifeEventType;
import org.dancu.register.PersonField;

/**
 * One person's record and the events that made it: the aggregate that guards life-event
 * transitions. The record is the state after the last event; each event keeps the fields it set and
 * the values they replaced, so stepping back to any day undoes the later events, newest first.
 * A back-dated event is spliced in: the state on its date is rebuilt, the event is checked against
 * it, and every later event is checked again and replayed on top, its replaced values recomputed,
 * so the timeline stays one consistent story or the event is refused.
 */
final class PersonTimeline {

    /** An event as stored. */
    record Entry(long eventId, LifeEventType type, LocalDate effectiveDate, Map<PersonField, String> sets,
                 Map<PersonField, String> replaced) {

        Entry {
            sets = copy(sets);
            replaced = copy(replaced);
        }

        Entry withReplaced(Map<PersonField, String> newReplaced) {
            return new Entry(eventId, type, effectiveDate, sets, newReplaced);
        }
    }

    /**
     * What recording an event changes.
     *
     * @param replaced the new event's replaced values
     * @param revised  later events whose replaced values are now different
     * @param state    the record after the last event
     */
    record Splice(Map<PersonField, String> replaced, List<Entry> revised, Map<PersonField, String> state) {
    }

    private final Map<PersonField, String> current;
    private final List<Entry> entries;

    /** @param entries in effective-date, then event-id order */
    PersonTimeline(Map<PersonField, String> current, List<Entry> entries) {
        this.current = copy(current);
        this.entries = List.copyOf(entries);
    }

    /** The record as it stood at the end of {@code date}; empty before the person's birth. */
    Optional<Map<PersonField, String>> asOf(LocalDate date) {
        Map<PersonField, String> state = stateBefore(firstAfter(date));
        LocalDate born = birth(state);
        if (born == null || date.isBefore(born)) {
            return Optional.empty();
        }
        return Optional.of(Collections.unmodifiableMap(state));
    }

    /**
     * Checks an event against the record on its date and against every later event, and works out
     * what it changes.
     *
     * @param sets  the fields the event sets ({@link #sets})
     * @param today no event may take effect after it
     * @throws LifeEventRefusedException when the event or a later one would no longer make sense
     */
    Splice splice(LifeEventType type, LocalDate date, Map<PersonField, String> sets, LocalDate today) {
        if (date.isAfter(today)) {
            throw new LifeEventRefusedException("register.event.error.future", "effectiveDate");
        }
        if ((type == LifeEventType.BIRTH || type == LifeEventType.REGISTRATION)
                && (!entries.isEmpty() || !current.isEmpty())) {
            throw new LifeEventRefusedException("register.event.error.already-registered");
        }
        LocalDate registered = registered();
        if (registered != null && date.isBefore(registered)) {
            throw new LifeEventRefusedException("register.event.error.before-registration", "effectiveDate");
        }
        int position = firstAfter(date);
        Map<PersonField, String> state = stateBefore(position);
        check(type, date, state, sets);
        Map<PersonField, String> replaced = apply(state, sets);
        List<Entry> revised = new ArrayList<>();
        for (Entry later : entries.subList(position, entries.size())) {
            try {
                if (later.type() != LifeEventType.BIRTH) {
                    check(later.type(), later.effectiveDate(), state, later.sets());
                }
            } catch (LifeEventRefusedException e) {
                throw new LifeEventRefusedException("register.event.error.conflicts-later", "effectiveDate");
            }
            Map<PersonField, String> laterReplaced = apply(state, later.sets());
            if (!laterReplaced.equals(later.replaced())) {
                revised.add(later.withReplaced(laterReplaced));
            }
        }
        return new Splice(replaced, revised, Collections.unmodifiableMap(state));
    }

    /** What an event of this type sets, from the officer's values. */
    static Map<PersonField, String> sets(LifeEventType type, LocalDate date, Map<PersonField, String> values) {
        Map<PersonField, String> sets = new EnumMap<>(PersonField.class);
        switch (type) {
            case BIRTH, REGISTRATION -> {
                sets.put(PersonField.NATIONALITY, "VN");
                sets.put(MARITAL_STATUS, "SINGLE");
                copyGiven(values, sets, PersonField.values());
                if (type == LifeEventType.BIRTH) {
                    sets.put(BIRTH_DATE, date.toString());
                }
                sets.put(ALIVE, "true");
                sets.put(RESIDENT, "true");
            }
            case DEATH -> {
                sets.put(ALIVE, "false");
                sets.put(DEATH_DATE, date.toString());
            }
            case MOVE_OUT -> sets.put(RESIDENT, "false");
            case MOVE_IN, MOVE_WITHIN -> {
                copyGiven(values, sets, COMMUNE_CODE, PersonField.ADDRESS, PersonField.HOUSEHOLD_ID,
                        PersonField.RELATION_TO_HEAD);
                if (type == LifeEventType.MOVE_IN) {
                    sets.put(RESIDENT, "true");
                }
            }
            case MARRIAGE -> {
                sets.put(MARITAL_STATUS, "MARRIED");
                sets.put(SPOUSE_PIN, values.get(SPOUSE_PIN));
                sets.put(SPOUSE_NAME, values.get(SPOUSE_NAME));
            }
            case DIVORCE -> {
                sets.put(MARITAL_STATUS, "DIVORCED");
                sets.put(SPOUSE_PIN, null);
                sets.put(SPOUSE_NAME, null);
            }
            case CORRECTION -> {
                if (values.size() != 1) {
                    throw new LifeEventRefusedException("register.event.error.correction-field", "field");
                }
                sets.putAll(values);
            }
        }
        return sets;
    }

    private static void copyGiven(Map<PersonField, String> from, Map<PersonField, String> to, PersonField... fields) {
        for (PersonField field : fields) {
            if (from.get(field) != null) {
                to.put(field, from.get(field));
            }
        }
    }

    private void check(LifeEventType type, LocalDate date, Map<PersonField, String> state,
                       Map<PersonField, String> sets) {
        if (type == LifeEventType.BIRTH) {
            return;
        }
        LocalDate born = birth(state);
        if (born != null && date.isBefore(born)) {
            throw new LifeEventRefusedException("register.event.error.before-birth", "effectiveDate");
        }
        if (type != LifeEventType.CORRECTION && "false".equals(state.get(ALIVE))) {
            throw new LifeEventRefusedException("register.event.error.dead");
        }
        boolean resident = !"false".equals(state.get(RESIDENT));
        boolean married = "MARRIED".equals(state.get(MARITAL_STATUS));
        switch (type) {
            case MOVE_IN -> require(!resident, "register.event.error.already-resident");
            case MOVE_OUT -> require(resident, "register.event.error.not-resident");
            case MOVE_WITHIN -> {
                require(resident, "register.event.error.not-resident");
                require(changes(state, sets), "register.event.error.move-no-change");
            }
            case MARRIAGE -> require(!married, "register.event.error.already-married");
            case DIVORCE -> require(married, "register.event.error.not-married");
            case CORRECTION -> {
                PersonField field = sets.keySet().iterator().next();
                if (!field.correctable()) {
                    throw new LifeEventRefusedException("register.event.error.correction-field", "field");
                }
                require(changes(state, sets), "register.event.error.correction-no-change");
            }
            default -> {
            }
        }
    }

    private static void require(boolean condition, String messageKey) {
        if (!condition) {
            throw new LifeEventRefusedException(messageKey);
        }
    }

    private static boolean changes(Map<PersonField, String> state, Map<PersonField, String> sets) {
        return sets.entrySet().stream().anyMatch(set -> !Objects.equals(state.get(set.getKey()), set.getValue()));
    }

    /** Applies the sets to the state and returns the values they replaced. */
    private static Map<PersonField, String> apply(Map<PersonField, String> state, Map<PersonField, String> sets) {
        Map<PersonField, String> replaced = new EnumMap<>(PersonField.class);
        sets.forEach((field, value) -> {
            replaced.put(field, state.get(field));
            state.put(field, value);
        });
        return replaced;
    }

    private int firstAfter(LocalDate date) {
        int position = entries.size();
        while (position > 0 && entries.get(position - 1).effectiveDate().isAfter(date)) {
            position--;
        }
        return position;
    }

    /** The record just before the event at {@code position} applied. */
    private Map<PersonField, String> stateBefore(int position) {
        Map<PersonField, String> state = copy(current);
        for (int i = entries.size() - 1; i >= position; i--) {
            state.putAll(entries.get(i).replaced());
        }
        return state;
    }

    /**
     * The day the register took the person over from an import file, or null. Its REGISTRATION event
     * sets every field the file gave, so an event dated before it would be replayed under those values
     * and change nothing: the register holds no history of the person before that day.
     */
    private LocalDate registered() {
        return entries.stream().filter(entry -> entry.type() == LifeEventType.REGISTRATION)
                .map(Entry::effectiveDate).findFirst().orElse(null);
    }

    /** The earliest day of birth the record allows; before a registered birth, the birth the record gives now. */
    private LocalDate birth(Map<PersonField, String> state) {
        String birthDate = state.get(BIRTH_DATE) != null ? state.get(BIRTH_DATE) : current.get(BIRTH_DATE);
        return birthDate == null ? null : PartialDate.parse(birthDate).toOptional().map(PartialDate::earliest).orElse(null);
    }

    private static Map<PersonField, String> copy(Map<PersonField, String> map) {
        Map<PersonField, String> copy = new EnumMap<>(PersonField.class);
        copy.putAll(map);
        return copy;
    }
}
