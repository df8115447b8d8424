package org.dancu.results.officer;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.dancu.civil.Pin;
import org.dancu.results.ResultCode;
import org.dancu.results.ResultStatus;
import org.dancu.results.ResultType;
import org.dancu.security.Scope;
import org.dancu.security.SqlCondition;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The results an officer sees, newest first: those of the scope's communes and, for an agency
 * officer, those the agency issued; filtered by type, status and holder.
 */
@Component
class ResultListQuery {

    static final int LIMIT = 100;

    /** One line of the list. */
    record Row(ResultCode code, ResultType type, ResultStatus status, String agencyCode, Instant issuedAt) {
    }

    /** What the officer filters on; null is "any". */
    record Filter(ResultType type, ResultStatus status, Pin holder) {
    }

    private final JdbcClient jdbc;

    ResultListQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Row> list(Scope scope, Filter filter) {
        SqlCondition visible = visible(scope);
        StringBuilder sql = new StringBuilder("SELECT r.code, r.type, r.status, r.agency_code, r.issued_at"
                + " FROM results.result r WHERE").append(visible.sql());
        if (filter.type() != null) {
            sql.append(" AND r.type = :type");
        }
        if (filter.status() != null) {
            sql.append(" AND r.status = :status");
        }
        if (filter.holder() != null) {
            sql.append(" AND r.code IN (SELECT h.code FROM results.result_holder h WHERE h.pin = :pin)");
        }
        sql.append(" ORDER BY r.issued_at DESC, r.code DESC LIMIT ").append(LIMIT);
        JdbcClient.StatementSpec statement = visible.bind(jdbc.sql(sql.toString()));
        if (filter.type() != null) {
            statement = statement.param("type", filter.type().name());
        }
        if (filter.status() != null) {
            statement = statement.param("status", filter.status().name());
        }
        if (filter.holder() != null) {
            statement = statement.param("pin", filter.holder().value());
        }
        return statement.query((rs, i) -> new Row(new ResultCode(rs.getString(1)), ResultType.valueOf(rs.getString(2)),
                ResultStatus.valueOf(rs.getString(3)), rs.getString(4), rs.getObject(5, Timestamp.class).toInstant()))
                .list();
    }

    /** Whether the officer sees the result. */
    boolean sees(Scope scope, ResultCode code) {
        SqlCondition visible = visible(scope);
        return visible.bind(jdbc.sql("SELECT EXISTS (SELECT 1 FROM results.result r WHERE r.code = :code AND"
                        + visible.sql() + ")"))
                .param("code", code.value()).query(Boolean.class).single();
    }

    private static SqlCondition visible(Scope scope) {
        return scope.communes("r.commune_code").and(scope.agency("r.agency_code"));
    }
}
