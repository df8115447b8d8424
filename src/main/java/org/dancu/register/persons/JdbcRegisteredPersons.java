package org.dancu.register.persons;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.dancu.civil.Ethnicity;
import org.dancu.civil.PartialDate;
import org.dancu.civil.PersonName;
import org.dancu.civil.Pin;
import org.dancu.civil.Sex;
import org.dancu.register.RegisteredPerson;
import org.dancu.register.RegisteredPersons;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Reads persons into civil's types, one query per call; callers audit. */
@Service
class JdbcRegisteredPersons implements RegisteredPersons {

    private static final String COLUMNS = """
            SELECT person_id, pin, old_id, family_name, middle_name, given_name, full_name, birth_date, sex,
                   ethnicity, nationality, commune_code, current_commune_code, address, alive, death_date, resident
            FROM register.person
            """;

    private final JdbcClient jdbc;

    JdbcRegisteredPersons(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<RegisteredPerson> byPin(Pin pin) {
        return jdbc.sql(COLUMNS + "WHERE pin = :pin").param("pin", pin.value())
                .query(JdbcRegisteredPersons::read).optional();
    }

    @Override
    public List<RegisteredPerson> byPins(Collection<Pin> pins) {
        if (pins.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(COLUMNS + "WHERE pin = ANY(:pins)")
                .param("pins", pins.stream().map(Pin::value).toArray(String[]::new))
                .query(JdbcRegisteredPersons::read).list();
    }

    @Override
    public Optional<RegisteredPerson> byId(long personId) {
        return jdbc.sql(COLUMNS + "WHERE person_id = :id").param("id", personId)
                .query(JdbcRegisteredPersons::read).optional();
    }

    @Override
    public List<RegisteredPerson> byIds(Collection<Long> personIds) {
        if (personIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(COLUMNS + "WHERE person_id = ANY(:ids) ORDER BY person_id")
                .param("ids", personIds.toArray(Long[]::new)).query(JdbcRegisteredPersons::read).list();
    }

    @Override
    public List<RegisteredPerson> withPinAfter(long personId, int limit) {
        return jdbc.sql(COLUMNS + "WHERE person_id > :after AND pin IS NOT NULL ORDER BY person_id LIMIT :limit")
                .param("after", personId).param("limit", limit)
                .query(JdbcRegisteredPersons::read).list();
    }

    @Override
    public long countWithPin() {
        return jdbc.sql("SELECT count(pin) FROM register.person").query(Long.class).single();
    }

    @Override
    public void forEach(Consumer<RegisteredPerson> action) {
        try (var rows = jdbc.sql(COLUMNS + "ORDER BY person_id").query(JdbcRegisteredPersons::read).stream()) {
            rows.forEach(action);
        }
    }

    /** The register's columns hold values its import and life events checked, so they parse. */
    private static RegisteredPerson read(ResultSet row, int number) throws SQLException {
        String pin = row.getString("pin");
        String birthDate = row.getString("birth_date");
        String ethnicity = row.getString("ethnicity");
        java.sql.Date death = row.getDate("death_date");
        return new RegisteredPerson(row.getLong("person_id"), pin == null ? null : Pin.of(pin),
                row.getString("old_id"), name(row), birthDate == null ? null : PartialDate.parse(birthDate).orElseThrow(),
                Sex.parse(row.getString("sex")).toOptional().orElse(Sex.UNKNOWN),
                ethnicity == null ? null : Ethnicity.byCode(ethnicity).orElse(null), row.getString("nationality"),
                row.getString("commune_code"), row.getString("current_commune_code"), row.getString("address"),
                row.getBoolean("alive"), death == null ? null : death.toLocalDate(), row.getBoolean("resident"));
    }

    private static PersonName name(ResultSet row) throws SQLException {
        String given = row.getString("given_name");
        return given == null || given.isBlank() ? PersonName.parse(row.getString("full_name")).orElseThrow()
                : PersonName.of(row.getString("family_name"), row.getString("middle_name"), given);
    }
}
