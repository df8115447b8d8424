package org.dancu.national.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.dancu.national.NationalField;
import org.dancu.security.Scope;
import org.dancu.security.SqlCondition;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Each person's latest reconciliation result, in {@code national.person_check}. The work list's
 * queries take the officer's scope into the SQL, so an officer never receives another commune's row.
 */
@Repository
class PersonChecks {

    static final int PAGE = 50;
    private static final String OPEN = "c.status <> 'MATCH' AND c.resolved_at IS NULL";
    private static final String COLUMNS = "person_id, pin, commune_code, status, fields";

    private final JdbcClient jdbc;

    PersonChecks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores a batch's results; a person checked again gets the new result and loses an earlier resolution. */
    void save(long runId, List<PersonCheck> checks) {
        jdbc.sql("""
                        INSERT INTO national.person_check (person_id, pin, commune_code, status, fields, run_id,
                            checked_at)
                        SELECT id, pin, commune, status, coalesce(string_to_array(nullif(fields, ''), ','), '{}'),
                            :run, now()
                        FROM unnest(:ids, :pins, :communes, :statuses, :fields) AS t(id, pin, commune, status, fields)
                        ON CONFLICT (person_id) DO UPDATE SET pin = excluded.pin, commune_code = excluded.commune_code,
                            status = excluded.status, fields = excluded.fields, run_id = excluded.run_id,
                            checked_at = excluded.checked_at, resolved_at = NULL, resolved_by = NULL""")
                .param("run", runId)
                .param("ids", checks.stream().map(PersonCheck::personId).toArray(Long[]::new))
                .param("pins", checks.stream().map(PersonCheck::pin).toArray(String[]::new))
                .param("communes", checks.stream().map(PersonCheck::communeCode).toArray(String[]::new))
                .param("statuses", checks.stream().map(PersonCheck::status).toArray(String[]::new))
                .param("fields", checks.stream().map(c -> c.fields().stream().map(Enum::name)
                        .collect(Collectors.joining(","))).toArray(String[]::new))
                .update();
    }

    /** One page of open mismatches in the scope, by commune then person. */
    List<PersonCheck> open(Scope scope, int page) {
        SqlCondition inScope = scope.communes("c.commune_code");
        return inScope.bind(jdbc.sql("SELECT " + COLUMNS + " FROM national.person_check c"
                        + " WHERE " + OPEN + " AND " + inScope.sql()
                        + " ORDER BY c.commune_code, c.person_id LIMIT :limit OFFSET :offset"))
                .param("limit", PAGE).param("offset", (long) Math.max(page, 0) * PAGE)
                .query(PersonChecks::check).list();
    }

    long countOpen(Scope scope) {
        SqlCondition inScope = scope.communes("c.commune_code");
        return inScope.bind(jdbc.sql("SELECT count(*) FROM national.person_check c WHERE " + OPEN + " AND "
                + inScope.sql())).query(Long.class).single();
    }

    /** The person's open mismatch when it lies in the scope. */
    Optional<PersonCheck> openOne(long personId, Scope scope) {
        SqlCondition inScope = scope.communes("c.commune_code");
        return inScope.bind(jdbc.sql("SELECT " + COLUMNS + " FROM national.person_check c"
                        + " WHERE c.person_id = :id AND " + OPEN + " AND " + inScope.sql()))
                .param("id", personId).query(PersonChecks::check).optional();
    }

    /** Marks the person's open mismatch resolved; false when there is none in the scope. */
    boolean resolve(long personId, Scope scope, String by) {
        SqlCondition inScope = scope.communes("c.commune_code");
        return inScope.bind(jdbc.sql("UPDATE national.person_check c SET resolved_at = now(), resolved_by = :by"
                        + " WHERE c.person_id = :id AND " + OPEN + " AND " + inScope.sql()))
                .param("by", by).param("id", personId).update() == 1;
    }

    private static PersonCheck check(ResultSet rs, int row) throws SQLException {
        Array fields = rs.getArray("fields");
        return new PersonCheck(rs.getLong("person_id"), rs.getString("pin"), rs.getString("commune_code"),
                rs.getString("status"), Arrays.stream((String[]) fields.getArray()).map(NationalField::valueOf).toList());
    }
}
