package org.dancu.register.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.dancu.register.IdentityFacts;
import org.dancu.register.RegisterFacts;
import org.dancu.register.ResidentCount;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Reads persons' identifying facts by ID; callers audit. */
@Service
class JdbcRegisterFacts implements RegisterFacts {

    private static final String COLUMNS = """
            SELECT person_id, pin, family_name, middle_name, given_name, full_name, birth_date, sex, ethnicity,
                   nationality, commune_code, current_commune_code, address, alive, resident,
                   death_date::text AS death_date
            FROM register.person
            """;

    private final JdbcClient jdbc;

    JdbcRegisterFacts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<IdentityFacts> byPin(String pin) {
        return jdbc.sql(COLUMNS + "WHERE pin = :pin").param("pin", pin).query(IdentityFacts.class).optional();
    }

    @Override
    public List<IdentityFacts> byPins(Collection<String> pins) {
        if (pins.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(COLUMNS + "WHERE pin = ANY(:pins)")
                .param("pins", pins.toArray(String[]::new))
                .query(IdentityFacts.class)
                .list();
    }

    @Override
    public List<IdentityFacts> after(long personId, int limit) {
        return jdbc.sql(COLUMNS + "WHERE person_id > :after AND pin IS NOT NULL ORDER BY person_id LIMIT :limit")
                .param("after", personId).param("limit", limit)
                .query(IdentityFacts.class)
                .list();
    }

    @Override
    public long countWithPin() {
        return jdbc.sql("SELECT count(pin) FROM register.person").query(Long.class).single();
    }

    @Override
    public List<ResidentCount> livingResidentsByCommune() {
        return jdbc.sql("SELECT p.commune_code, p.current_commune_code, count(*) AS persons FROM register.person p"
                        + " WHERE" + RegisterQuality.RESIDENTS.sql() + " GROUP BY p.commune_code, p.current_commune_code")
                .query(ResidentCount.class).list();
    }

    @Override
    public List<ResidentCount> livingResidentsByCommune(long[] personIds) {
        if (personIds.length == 0) {
            return List.of();
        }
        return jdbc.sql("""
                        SELECT p.commune_code, p.current_commune_code, count(*) AS persons
                        FROM register.person p JOIN unnest(CAST(:ids AS bigint[])) AS v(person_id) USING (person_id)
                        WHERE""" + RegisterQuality.RESIDENTS.sql() + " GROUP BY p.commune_code, p.current_commune_code")
                .param("ids", personIds)
                .query(ResidentCount.class).list();
    }
}
