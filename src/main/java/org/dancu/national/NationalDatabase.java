package org.dancu.national;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.dancu.civil.Pin;
import org.dancu.register.RegisteredPerson;

/** The National Population Database as the province sees it. Calls may be slow; each retries and fails cleanly. */
public interface NationalDatabase {

    /** The most persons one {@link #verifyBatch} call may carry. */
    int MAX_BATCH = 1_000;

    /**
     * Does the national database agree with each value? An unknown ID agrees with nothing.
     *
     * @throws NationalUnavailableException when no useful answer came
     */
    Map<NationalField, Boolean> verify(String pin, Map<NationalField, String> values);

    /**
     * {@link #verify} for up to {@link #MAX_BATCH} persons in one call: personal ID to the values to
     * check, answered by personal ID.
     *
     * @throws IllegalArgumentException     when the batch is empty or too large; nothing is sent
     * @throws NationalUnavailableException when no useful answer came
     */
    Map<String, Map<NationalField, Boolean>> verifyBatch(Map<String, Map<NationalField, String>> persons);

    /**
     * What the register holds about each person, as a {@link #verifyBatch} asks it: personal ID to
     * full name, birth date, sex, commune and whether alive.
     */
    static Map<String, Map<NationalField, String>> claims(List<RegisteredPerson> persons) {
        Map<String, Map<NationalField, String>> claims = new LinkedHashMap<>();
        for (RegisteredPerson person : persons) {
            Map<NationalField, String> values = new EnumMap<>(NationalField.class);
            values.put(NationalField.FULL_NAME, person.name().fullName());
            values.put(NationalField.BIRTH_DATE, person.birthDate() == null ? null : person.birthDate().toString());
            values.put(NationalField.SEX, person.sex().code());
            values.put(NationalField.COMMUNE_CODE, person.communeCode());
            values.put(NationalField.ALIVE, Boolean.toString(person.alive()));
            claims.put(person.pin().value(), values);
        }
        return claims;
    }

    /** The person holding the ID, or empty when the national database has none. */
    Optional<NationalPerson> fetch(String pin);

    /**
     * Asks the national database for a newborn's personal ID: it draws one that agrees with the
     * child's sex and birth year, records the birth and answers the ID. The same {@code requestKey}
     * (the province's key for the registration, e.g. a dossier's leg) answers the ID given the first
     * time, so a retried call, or a registration tried again after the province rolled it back, never
     * gives one child two IDs.
     *
     * @param newborn {@code FULL_NAME}, {@code BIRTH_DATE} (ISO day), {@code SEX} ({@code M}/{@code F}),
     *                {@code COMMUNE_CODE} and {@code ADDRESS}
     * @throws IllegalArgumentException     when the national database refused the values
     * @throws NationalUnavailableException when no useful answer came
     */
    Pin assignPin(String requestKey, Map<NationalField, String> newborn);

    /** At most {@code limit} changes after {@code cursor} (0 = from the start). */
    ChangePage changesSince(long cursor, int limit);
}
