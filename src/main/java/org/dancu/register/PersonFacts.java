package org.dancu.register;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The register's persons for machine matching (record linkage, data cleansing). Not scoped and not
 * audited: nothing here is shown to anyone; a caller that shows a person to staff audits that read.
 */
@Component
public class PersonFacts {

    private static final String COLUMNS = """
            SELECT person_id, pin, old_id, full_name, birth_date, sex, commune_code, current_commune_code, address,
                   alive, death_date, resident FROM register.person""";

    private final JdbcClient jdbc;

    PersonFacts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every person, streamed in id order. */
    public void forEach(Consumer<PersonFact> action) {
        try (var rows = jdbc.sql(COLUMNS + " ORDER BY person_id").query(PersonFacts::fact).stream()) {
            rows.forEach(action);
        }
    }

    public Optional<PersonFact> find(long personId) {
        return jdbc.sql(COLUMNS + " WHERE person_id = :id").param("id", personId).query(PersonFacts::fact).optional();
    }

    public List<PersonFact> findAll(Collection<Long> personIds) {
        if (personIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(COLUMNS + " WHERE person_id = ANY(:ids) ORDER BY person_id")
                .param("ids", personIds.toArray(Long[]::new)).query(PersonFacts::fact).list();
    }

    public Optional<PersonFact> findByPin(String pin) {
        return jdbc.sql(COLUMNS + " WHERE pin = :pin").param("pin", pin).query(PersonFacts::fact).optional();
    }

    /** A number that changes whenever persons are added or removed, to tell when a cached copy is stale. */
    public long version() {
        return jdbc.sql("SELECT count(*) * 1000003 + coalesce(max(person_id), 0) FROM register.person")
                .query(Long.class).single();
    }

    private static PersonFact fact(java.sql.ResultSet row, int number) throws java.sql.SQLException {
        java.sql.Date death = row.getDate("death_date");
        return new PersonFact(row.getLong("person_id"), row.getString("pin"), row.getString("old_id"),
                row.getString("full_name"), row.getString("birth_date"), row.getString("sex"),
                row.getString("commune_code"), row.getString("current_commune_code"), row.getString("address"),
                row.getBoolean("alive"), death == null ? null : death.toLocalDate(), row.getBoolean("resident"));
    }
}
