package org.dancu.payments.beneficiaries;

import java.time.LocalDate;
import java.util.List;

import org.dancu.security.Scope;
import org.dancu.security.SqlCondition;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The officer's lists of decisions' beneficiaries, always within their scope (the line's commune in the scope's
 * communes, in SQL): the latest lines entered, the lines awaiting review, and whether one commune or line is
 * within the scope at all.
 */
@Component
class BeneficiaryListQuery {

    static final int PAGE = 100;

    /** One line as the officer's list shows it; {@code pin} is null while the line awaits its person. */
    record Row(long id, String programmeCode, String programmeVi, String programmeEn, String claimedName, String pin,
               String communeCode, String status, String statusReason, String decisionRef, LocalDate startsOn) {
    }

    private final JdbcClient jdbc;

    BeneficiaryListQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The latest lines entered within the scope, the newest first. */
    List<Row> latest(Scope scope) {
        return rows(scope, "TRUE", "b.id DESC");
    }

    /** The lines within the scope an officer must link to a person, the oldest first. */
    List<Row> toReview(Scope scope) {
        return rows(scope, "b.status = 'TO_REVIEW'", "b.id");
    }

    /** Is the commune (old or new code) within the scope? */
    boolean communeInScope(String communeCode, Scope scope) {
        SqlCondition inScope = scope.communes("c.code");
        return inScope.bind(jdbc.sql("SELECT count(*) FROM (VALUES (:code)) AS c(code) WHERE " + inScope.sql()))
                .param("code", communeCode).query(Long.class).single() > 0;
    }

    /** Is the line within the scope? */
    boolean lineInScope(long id, Scope scope) {
        SqlCondition inScope = scope.communes("b.commune_code");
        return inScope.bind(jdbc.sql("SELECT count(*) FROM payments.beneficiary b WHERE b.id = :id AND "
                + inScope.sql())).param("id", id).query(Long.class).single() > 0;
    }

    private List<Row> rows(Scope scope, String condition, String order) {
        SqlCondition inScope = scope.communes("b.commune_code");
        return inScope.bind(jdbc.sql("SELECT b.id, b.programme_code, p.name_vi, p.name_en, b.claimed_name, b.pin, "
                        + "b.commune_code, b.status, b.status_reason, b.decision_ref, b.starts_on "
                        + "FROM payments.beneficiary b JOIN payments.programme p ON p.code = b.programme_code "
                        + "WHERE " + condition + " AND " + inScope.sql() + " ORDER BY " + order + " LIMIT " + PAGE))
                .query((rs, n) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
                        rs.getString(10), rs.getObject(11, LocalDate.class)))
                .list();
    }
}
