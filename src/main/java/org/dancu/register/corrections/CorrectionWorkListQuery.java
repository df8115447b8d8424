package org.dancu.register.corrections;

import java.util.List;

import org.dancu.security.Scope;
import org.dancu.security.SqlCondition;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The officers' work list: the open correction requests of persons whose permanent commune lies in
 * the officer's scope (in the SQL, as every list of the register is), oldest first, with the person's
 * ID and name.
 */
@Component
class CorrectionWorkListQuery {

    /** The most requests one page lists; the oldest come first, so none waits unseen. */
    static final int MOST = 100;

    /** An open request with the person it concerns. */
    record Item(CorrectionRequest request, String fullName) {
    }

    private final JdbcClient jdbc;

    CorrectionWorkListQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Which requests the scope decides: those of its communes' persons. */
    static SqlCondition visible(Scope scope) {
        return scope.communes("p.commune_code");
    }

    List<Item> open(Scope scope) {
        SqlCondition visible = visible(scope);
        return visible.bind(jdbc.sql("SELECT " + CorrectionRequestRepository.COLUMNS + ", p.full_name"
                        + CorrectionRequestRepository.FROM + " WHERE r.status = 'SUBMITTED' AND" + visible.sql()
                        + "ORDER BY r.submitted_at, r.request_id LIMIT :most"))
                .param("most", MOST)
                .query((rs, i) -> new Item(CorrectionRequestRepository.request(rs), rs.getString("full_name")))
                .list();
    }

    /** How many open requests the scope has in all, beyond the page too. */
    long countOpen(Scope scope) {
        SqlCondition visible = visible(scope);
        return visible.bind(jdbc.sql("SELECT count(*)" + CorrectionRequestRepository.FROM
                        + " WHERE r.status = 'SUBMITTED' AND" + visible.sql()))
                .query(Long.class).single();
    }
}
