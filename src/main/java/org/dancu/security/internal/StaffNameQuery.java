package org.dancu.security.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.dancu.security.StaffNames;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Display names of staff accounts by username, in one query, for {@link StaffNames}. */
@Repository
class StaffNameQuery implements StaffNames {

    private final JdbcClient jdbc;

    StaffNameQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<String, String> displayNames(Collection<String> usernames) {
        Map<String, String> names = new HashMap<>();
        if (usernames.isEmpty()) {
            return names;
        }
        jdbc.sql("SELECT username, display_name FROM security.staff_account WHERE username IN (:usernames)")
                .param("usernames", usernames)
                .query(rs -> {
                    names.put(rs.getString(1), rs.getString(2));
                });
        return names;
    }
}
