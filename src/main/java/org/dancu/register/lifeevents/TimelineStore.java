package org.dancu.register.lifeevents;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.dancu.register.LifeEventRequest;
import org.dancu.register.LifeEventType;
import org.dancu.register.PersonField;
import org.dancu.register.TimelineEntry;
import org.dancu.register.internal.PersonFieldsJson;
import org.dancu.security.SqlCondition;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The SQL behind a person's timeline: the record's fields as text, the events and their JSON maps. */
@Component
class TimelineStore {

    private static final String FIELDS = Arrays.stream(PersonField.values())
            .map(f -> "p." + f.column() + "::text AS " + f.column())
            .collect(Collectors.joining(", "));
    private static final String ASSIGNMENTS = Arrays.stream(PersonField.values())
            .map(f -> f.column() + " = CAST(:" + f.column() + " AS " + sqlType(f) + ")")
            .collect(Collectors.joining(", "));

    private final JdbcClient jdbc;

    TimelineStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private static String sqlType(PersonField field) {
        return switch (field) {
            case HOUSEHOLD_ID -> "bigint";
            case ALIVE, RESIDENT -> "boolean";
            case DEATH_DATE -> "date";
            default -> "text";
        };
    }

    /** The record in scope, its row locked until the transaction ends so recordings queue up. */
    Optional<Map<PersonField, String>> lockState(long personId, SqlCondition inScope) {
        return select(personId, inScope, " FOR UPDATE");
    }

    Optional<Map<PersonField, String>> state(long personId, SqlCondition inScope) {
        return select(personId, inScope, "");
    }

    private Optional<Map<PersonField, String>> select(long personId, SqlCondition inScope, String lock) {
        return inScope.bind(jdbc.sql("SELECT " + FIELDS + " FROM register.person p WHERE p.person_id = :id AND "
                        + inScope.sql() + lock))
                .param("id", personId)
                .query((rs, n) -> {
                    Map<PersonField, String> state = new EnumMap<>(PersonField.class);
                    for (PersonField field : PersonField.values()) {
                        state.put(field, rs.getString(field.column()));
                    }
                    return state;
                })
                .optional();
    }

    boolean communeInScope(String communeCode, SqlCondition inScope) {
        return inScope.bind(jdbc.sql("SELECT EXISTS (SELECT 1 FROM (SELECT CAST(:commune AS text) AS commune_code) p"
                        + " WHERE " + inScope.sql() + ")"))
                .param("commune", communeCode)
                .query(Boolean.class)
                .single();
    }

    /** A household whose commune lies in the scope: one outside it looks unknown to the writer too. */
    boolean householdInScope(long householdId, SqlCondition inScope) {
        return inScope.bind(jdbc.sql("SELECT EXISTS (SELECT 1 FROM register.household h WHERE h.household_id = :id"
                        + " AND " + inScope.sql() + ")"))
                .param("id", householdId).query(Boolean.class).single();
    }

    long insertHousehold(long headPersonId, String communeCode, String currentCommuneCode, String address) {
        return jdbc.sql("""
                        INSERT INTO register.household (head_person_id, commune_code, current_commune_code, address)
                        VALUES (:head, :commune, :current, :address) RETURNING household_id""")
                .param("head", headPersonId).param("commune", communeCode).param("current", currentCommuneCode)
                .param("address", address)
                .query(Long.class).single();
    }

    boolean pinTaken(String pin) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM register.person WHERE pin = :pin)")
                .param("pin", pin).query(Boolean.class).single();
    }

    String pin(long personId) {
        return jdbc.sql("SELECT pin FROM register.person WHERE person_id = :id").param("id", personId)
                .query(String.class).optional().orElse(null);
    }

    List<PersonTimeline.Entry> entries(long personId) {
        return jdbc.sql("""
                        SELECT event_id, type, effective_date, sets::text AS sets, replaced::text AS replaced
                        FROM register.life_event WHERE person_id = :id ORDER BY effective_date, event_id""")
                .param("id", personId)
                .query((rs, n) -> new PersonTimeline.Entry(rs.getLong("event_id"),
                        LifeEventType.valueOf(rs.getString("type")), rs.getObject("effective_date", LocalDate.class),
                        PersonFieldsJson.read(rs.getString("sets")), PersonFieldsJson.read(rs.getString("replaced"))))
                .list();
    }

    List<TimelineEntry> timeline(long personId) {
        return jdbc.sql("""
                        SELECT event_id, type, effective_date, source, recorded_by, recorded_at, commune_from,
                               commune_to, other_province, sets::text AS sets, replaced::text AS replaced
                        FROM register.life_event WHERE person_id = :id ORDER BY effective_date, event_id""")
                .param("id", personId)
                .query((rs, n) -> new TimelineEntry(rs.getLong("event_id"), LifeEventType.valueOf(rs.getString("type")),
                        rs.getObject("effective_date", LocalDate.class), rs.getString("source"),
                        rs.getString("recorded_by"), rs.getTimestamp("recorded_at").toInstant(),
                        rs.getString("commune_from"), rs.getString("commune_to"), rs.getString("other_province"),
                        PersonFieldsJson.read(rs.getString("sets")), PersonFieldsJson.read(rs.getString("replaced"))))
                .list();
    }

    /** @param pin the personal ID, null for a newborn who has none yet */
    long insertPerson(String pin, Map<PersonField, String> state) {
        return jdbc.sql("""
                        INSERT INTO register.person (pin, family_name, given_name, full_name, name_key, birth_date,
                            birth_year, sex, commune_code)
                        VALUES (:pin, :family, :given, :full, :key, :birth, :year, :sex, :commune) RETURNING person_id""")
                .param("pin", pin)
                .param("family", state.get(PersonField.FAMILY_NAME))
                .param("given", state.get(PersonField.GIVEN_NAME))
                .param("full", JdbcLifeEvents.fullName(state))
                .param("key", JdbcLifeEvents.nameKey(state))
                .param("birth", state.get(PersonField.BIRTH_DATE))
                .param("year", JdbcLifeEvents.birthYear(state))
                .param("sex", state.get(PersonField.SEX))
                .param("commune", state.get(PersonField.COMMUNE_CODE))
                .query(Long.class)
                .single();
    }

    /** Writes the record after the last event: every tracked field and what derives from them. */
    void project(long personId, Map<PersonField, String> state, String currentCommuneCode) {
        var statement = jdbc.sql("UPDATE register.person SET " + ASSIGNMENTS + ", full_name = :full_name,"
                        + " name_key = :name_key, birth_year = :birth_year, current_commune_code = :current_commune"
                        + " WHERE person_id = :id")
                .param("id", personId)
                .param("full_name", JdbcLifeEvents.fullName(state))
                .param("name_key", JdbcLifeEvents.nameKey(state))
                .param("birth_year", JdbcLifeEvents.birthYear(state))
                .param("current_commune", currentCommuneCode);
        for (PersonField field : PersonField.values()) {
            statement = statement.param(field.column(), state.get(field));
        }
        statement.update();
    }

    long insertEvent(long personId, LifeEventRequest request, Map<PersonField, String> sets,
                     Map<PersonField, String> replaced, String communeFrom, String communeTo, String officer) {
        return jdbc.sql("""
                        INSERT INTO register.life_event (person_id, type, effective_date, commune_from, commune_to,
                            other_province, source, field, sets, replaced, recorded_by, recorded_at)
                        VALUES (:person, :type, :date, :from, :to, :province, :source, :field, CAST(:sets AS jsonb),
                            CAST(:replaced AS jsonb), :officer, :at) RETURNING event_id""")
                .param("person", personId)
                .param("type", request.type().name())
                .param("date", request.effectiveDate())
                .param("from", communeFrom)
                .param("to", communeTo)
                .param("province", request.otherProvince())
                .param("source", request.source())
                .param("field", request.type() == LifeEventType.CORRECTION
                        ? sets.keySet().iterator().next().column() : null)
                .param("sets", PersonFieldsJson.write(sets))
                .param("replaced", PersonFieldsJson.write(replaced))
                .param("officer", officer)
                .param("at", new Timestamp(System.currentTimeMillis()))
                .query(Long.class)
                .single();
    }

    void updateReplaced(PersonTimeline.Entry entry) {
        jdbc.sql("UPDATE register.life_event SET replaced = CAST(:replaced AS jsonb) WHERE event_id = :id")
                .param("id", entry.eventId())
                .param("replaced", PersonFieldsJson.write(entry.replaced()))
                .update();
    }
}
