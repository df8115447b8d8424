package org.dancu.security.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The agency list, reference data seeded by the migration. */
@Repository
class Agencies {

    private final JdbcClient jdbc;

    Agencies(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Agency> all() {
        return jdbc.sql("SELECT code, name_vi, name_en FROM security.agency ORDER BY code")
                .query(Agency.class).list();
    }

    Optional<Agency> find(String code) {
        return jdbc.sql("SELECT code, name_vi, name_en FROM security.agency WHERE code = :code")
                .param("code", code).query(Agency.class).optional();
    }
}
