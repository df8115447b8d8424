package org.dancu.security.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.dancu.security.AgencyDirectory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The agency list, reference data seeded by the migration; other modules read it as {@link AgencyDirectory}. */
@Repository
class Agencies implements AgencyDirectory {

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

    @Override
    public Map<String, String> all(Locale locale) {
        Map<String, String> names = new LinkedHashMap<>();
        all().forEach(agency -> names.put(agency.code(), agency.name(locale)));
        return names;
    }

    @Override
    public Optional<String> name(String code, Locale locale) {
        return code == null ? Optional.empty() : find(code).map(agency -> agency.name(locale));
    }
}
