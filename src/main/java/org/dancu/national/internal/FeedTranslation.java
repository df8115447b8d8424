package org.dancu.national.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.dancu.civil.PersonName;
import org.dancu.civil.VietnameseText;
import org.dancu.national.NationalChange;
import org.dancu.national.NationalField;
import org.dancu.register.LifeEventRequest;
import org.dancu.register.LifeEventType;
import org.dancu.register.PersonField;
import org.dancu.register.RegisteredPerson;

/**
 * Turns one national change into the register's life events for the person: a death, a move
 * within the province, or one correction per field that differs. What the register already holds
 * gives no event, so applying a change twice (after a crash) changes nothing the second time.
 */
final class FeedTranslation {

    /** A change the register cannot take; the reason is a message key ({@code national.feed.skip.*}). */
    static final class Skip extends RuntimeException {
        Skip(String reasonKey) {
            super(reasonKey, null, false, false);
        }
    }

    private FeedTranslation() {
    }

    static List<LifeEventRequest> events(NationalChange change, RegisteredPerson person) {
        LocalDate date;
        try {
            date = LocalDate.parse(change.effectiveDate());
        } catch (DateTimeParseException e) {
            throw new Skip("national.feed.skip.bad-date");
        }
        String source = "CSDLQG #" + change.sequence();
        Map<NationalField, String> values = change.values();
        List<LifeEventRequest> events = new ArrayList<>();
        switch (change.kind()) {
            case "DEATH" -> {
                if (person.alive()) {
                    events.add(new LifeEventRequest(LifeEventType.DEATH, date, source, Map.of(), null));
                }
            }
            case "MOVE" -> {
                String commune = values.get(NationalField.COMMUNE_CODE);
                if (commune == null) {
                    throw new Skip("national.feed.skip.bad-values");
                }
                if (!commune.equals(person.communeCode())) {
                    events.add(new LifeEventRequest(LifeEventType.MOVE_WITHIN, date, source, Map.of(
                            PersonField.COMMUNE_CODE, commune,
                            PersonField.ADDRESS, values.getOrDefault(NationalField.ADDRESS, "")), null));
                }
            }
            case "CORRECTION" -> corrections(values, person, date, source, events);
            default -> throw new Skip("national.feed.skip.kind");
        }
        return events;
    }

    private static void corrections(Map<NationalField, String> values, RegisteredPerson person, LocalDate date,
                                    String source, List<LifeEventRequest> events) {
        values.forEach((field, value) -> {
            switch (field) {
                case BIRTH_DATE -> correct(PersonField.BIRTH_DATE, value, person.birthDate() == null ? null : person.birthDate().toString(), date, source, events);
                case SEX -> correct(PersonField.SEX, value, person.sex().code(), date, source, events);
                case FULL_NAME -> {
                    PersonName name = PersonName.parse(value).toOptional()
                            .orElseThrow(() -> new Skip("national.feed.skip.bad-values"));
                    correct(PersonField.FAMILY_NAME, name.family(), person.name().family(), date, source, events);
                    correct(PersonField.MIDDLE_NAME, name.middle(), person.name().middle(), date, source, events);
                    correct(PersonField.GIVEN_NAME, name.given(), person.name().given(), date, source, events);
                }
                default -> throw new Skip("national.feed.skip.field");
            }
        });
    }

    private static void correct(PersonField field, String wanted, String held, LocalDate date, String source,
                                List<LifeEventRequest> events) {
        String target = wanted == null ? "" : wanted;
        if (!VietnameseText.normalize(target).equals(VietnameseText.normalize(held == null ? "" : held))) {
            events.add(new LifeEventRequest(LifeEventType.CORRECTION, date, source, Map.of(field, target), null));
        }
    }
}
