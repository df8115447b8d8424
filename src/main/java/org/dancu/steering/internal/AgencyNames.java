package org.dancu.steering.internal;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Names of the provincial agencies, read from the security module's reference table (a list of
 * agencies, no personal data), in the user's language.
 */
@Component
class AgencyNames {

    private final JdbcClient jdbc;

    AgencyNames(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Code → name, in code order. */
    Map<String, String> all(Locale locale) {
        String column = "en".equals(locale.getLanguage()) ? "name_en" : "name_vi";
        Map<String, String> names = new LinkedHashMap<>();
        jdbc.sql("SELECT code, " + column + " FROM security.agency ORDER BY code")
                .query(rs -> {
                    names.put(rs.getString(1), rs.getString(2));
                });
        return names;
    }

    boolean exists(String code) {
        return code != null && jdbc.sql("SELECT EXISTS (SELECT 1 FROM security.agency WHERE code = :code)")
                .param("code", code).query(Boolean.class).single();
    }
}
