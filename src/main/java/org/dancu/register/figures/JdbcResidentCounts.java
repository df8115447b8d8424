package org.dancu.register.figures;

import java.util.List;

import org.dancu.register.ResidentCount;
import org.dancu.register.ResidentCounts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Counts living residents by commune with the register's one rule of who a resident is. */
@Service
class JdbcResidentCounts implements ResidentCounts {

    private final JdbcClient jdbc;

    JdbcResidentCounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
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
