package org.dancu.security.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.dancu.locality.Localities;
import org.dancu.locality.Resolution;
import org.dancu.security.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * The account list administrators browse, filtered by role and by text in the username or
 * name. Administrators manage every account of the deployment, so the list is not scoped.
 */
@Component
class AccountDirectory {

    static final int PAGE_SIZE = 50;

    private final JdbcClient jdbc;
    private final Localities localities;

    AccountDirectory(JdbcClient jdbc, Localities localities) {
        this.jdbc = jdbc;
        this.localities = localities;
    }

    private static final String SELECT = """
            SELECT a.id, a.username, a.display_name, a.role, a.scope_locality, a.scope_agency,
                   ag.name_vi, ag.name_en, a.enabled, a.locked_until, a.must_change_password, a.last_login_at
            FROM security.staff_account a LEFT JOIN security.agency ag ON ag.code = a.scope_agency""";

    /** One page of matching accounts, ordered by username. */
    Listing list(Role role, String text, int page, Locale locale) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        if (role != null) {
            conditions.add("a.role = :role");
            parameters.put("role", role.name());
        }
        if (StringUtils.hasText(text)) {
            // backslash is PostgreSQL's default LIKE escape, which escapeLike uses
            conditions.add("(a.username ILIKE :pattern OR a.display_name ILIKE :pattern)");
            parameters.put("pattern", "%" + escapeLike(text.strip()) + "%");
        }
        int first = Math.max(page, 0);
        // one row more than a page tells whether another page follows
        parameters.put("limit", PAGE_SIZE + 1);
        parameters.put("offset", (long) first * PAGE_SIZE);
        String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        List<Entry> rows = jdbc.sql(SELECT + where + " ORDER BY a.username LIMIT :limit OFFSET :offset")
                .params(parameters)
                .query((rs, n) -> entry(rs, locale))
                .list();
        boolean more = rows.size() > PAGE_SIZE;
        return new Listing(more ? rows.subList(0, PAGE_SIZE) : rows, first, more);
    }

    Entry find(long id, Locale locale) {
        return jdbc.sql(SELECT + " WHERE a.id = :id").param("id", id)
                .query((rs, n) -> entry(rs, locale))
                .optional()
                .orElseThrow(() -> new AccountAdministration.AccountNotFound(id));
    }

    private Entry entry(ResultSet rs, Locale locale) throws SQLException {
        return new Entry(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
                Role.valueOf(rs.getString("role")), rs.getString("scope_locality"),
                localityName(rs.getString("scope_locality")), rs.getString("scope_agency"),
                rs.getString("en".equals(locale.getLanguage()) ? "name_en" : "name_vi"),
                rs.getBoolean("enabled"), instant(rs.getTimestamp("locked_until")),
                rs.getBoolean("must_change_password"), instant(rs.getTimestamp("last_login_at")));
    }

    private String localityName(String code) {
        return code == null ? null : localities.resolve(code).map(Resolution::unit).map(u -> u.fullName()).orElse(null);
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    record Listing(List<Entry> entries, int page, boolean more) {
    }

    /** One account as the list shows it. */
    record Entry(long id, String username, String displayName, Role role, String scopeLocality,
                 String localityName, String agencyCode, String agencyName, boolean enabled, Instant lockedUntil,
                 boolean mustChangePassword, Instant lastLoginAt) {

        public boolean isLocked() {
            return lockedUntil != null && lockedUntil.isAfter(Instant.now());
        }
    }
}
