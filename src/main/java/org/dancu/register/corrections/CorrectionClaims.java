package org.dancu.register.corrections;

import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import org.dancu.civil.Pin;
import org.dancu.locality.Localities;
import org.dancu.register.CorrectionClaim;
import org.dancu.register.CorrectionRefusedException;
import org.dancu.register.CorrectionRequests;
import org.dancu.register.LifeEventRefusedException;
import org.dancu.register.PersonField;
import org.dancu.register.importing.ImportProblem;
import org.dancu.register.importing.PersonRules;
import org.dancu.register.lifeevents.LifeEventValues;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Turns what a citizen says about their record into a request, or refuses it naming every problem
 * at once: only {@link CorrectionClaim#FIELDS}, each value by the rule a life-event form checks it by
 * (a name must parse, a date be a date, a commune exist: {@link LifeEventValues}), a value the record
 * does not already hold, a sex and birth date the personal ID agrees with, an explanation, and no more
 * than {@link CorrectionRequests#MOST_OPEN} open requests. The person's row is locked, so two requests
 * sent at once are counted one after the other.
 */
@Component
class CorrectionClaims {

    static final int MAX_EXPLANATION = 1000;
    private static final String COLUMNS = CorrectionClaim.FIELDS.stream()
            .map(f -> "p." + f.column() + "::text AS " + f.column()).collect(Collectors.joining(", "));

    /** The citizen's record: what a request is checked against. */
    record Record(long personId, String communeCode, Map<PersonField, String> values) {
    }

    private final JdbcClient jdbc;
    private final LifeEventValues values;
    private final CorrectionRequestRepository requests;

    CorrectionClaims(JdbcClient jdbc, Localities localities, CorrectionRequestRepository requests) {
        this.jdbc = jdbc;
        this.values = new LifeEventValues(localities);
        this.requests = requests;
    }

    /**
     * A new request for the citizen's record.
     *
     * @throws CorrectionRefusedException naming every form field with a problem
     */
    CorrectionRequest check(Pin citizen, CorrectionClaim claim, Locale language, Instant at) {
        Record record = lockRecord(citizen)
                .orElseThrow(() -> new CorrectionRefusedException("register.correction.error.no-record"));
        if (requests.openOf(record.personId()) >= CorrectionRequests.MOST_OPEN) {
            throw new CorrectionRefusedException("register.correction.error.too-many");
        }
        Map<String, String> problems = new LinkedHashMap<>();
        Map<PersonField, String> proposed = new EnumMap<>(PersonField.class);
        claim.proposed().forEach((field, value) -> {
            if (!CorrectionClaim.FIELDS.contains(field)) {
                problems.put(field.name(), "register.correction.error.field");
                return;
            }
            try {
                String stored = values.checkedValue(field, value);
                if (Objects.equals(stored, record.values().get(field))) {
                    problems.put(field.name(), "register.correction.error.no-change");
                } else {
                    proposed.put(field, stored);
                }
            } catch (LifeEventRefusedException e) {
                problems.put(field.name(), e.messageKey());
            }
        });
        if (claim.proposed().isEmpty()) {
            problems.put("fields", "register.correction.error.no-field");
        }
        disagreeWithPin(citizen, record, proposed, problems);
        if (claim.explanation().isEmpty()) {
            problems.put("explanation", "register.correction.error.explanation");
        } else if (claim.explanation().length() > MAX_EXPLANATION) {
            problems.put("explanation", "register.correction.error.too-long");
        }
        if (!problems.isEmpty()) {
            throw new CorrectionRefusedException(problems);
        }
        Map<PersonField, String> recorded = new EnumMap<>(PersonField.class);
        proposed.keySet().forEach(field -> recorded.put(field, record.values().get(field)));
        return CorrectionRequest.submit(record.personId(), citizen, record.communeCode(), proposed, recorded,
                claim.explanation(), language, at);
    }

    /** The citizen's record, without locking it. */
    Optional<Record> record(Pin citizen) {
        return select(citizen, "");
    }

    private Optional<Record> lockRecord(Pin citizen) {
        return select(citizen, " FOR UPDATE");
    }

    private Optional<Record> select(Pin citizen, String lock) {
        return jdbc.sql("SELECT p.person_id, p.commune_code, " + COLUMNS + " FROM register.person p WHERE p.pin = :pin"
                        + lock)
                .param("pin", citizen.value())
                .query((rs, i) -> {
                    Map<PersonField, String> fields = new EnumMap<>(PersonField.class);
                    for (PersonField field : CorrectionClaim.FIELDS) {
                        fields.put(field, rs.getString(field.column()));
                    }
                    return new Record(rs.getLong("person_id"), rs.getString("commune_code"), fields);
                })
                .optional();
    }

    /** A new sex or birth date must agree with the personal ID, as a recorded correction must. */
    private static void disagreeWithPin(Pin citizen, Record record, Map<PersonField, String> proposed,
                                        Map<String, String> problems) {
        String sex = proposed.getOrDefault(PersonField.SEX, record.values().get(PersonField.SEX));
        String born = proposed.getOrDefault(PersonField.BIRTH_DATE, record.values().get(PersonField.BIRTH_DATE));
        for (ImportProblem problem : PersonRules.disagreements(citizen.value(), sex, born)) {
            PersonField concerned = problem == ImportProblem.PIN_SEX_MISMATCH ? PersonField.SEX : PersonField.BIRTH_DATE;
            if (proposed.containsKey(concerned)) {
                problems.put(concerned.name(), problem.messageKey());
            }
        }
    }
}
