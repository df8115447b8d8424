package org.dancu.payments.accounts;

import java.util.List;

import org.dancu.security.Scope;
import org.dancu.security.SqlCondition;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The officers' review queue: accounts whose holder's name only came close, within the officer's communes. */
@Component
class AccountReviewQuery {

    /** The most accounts one page lists; the oldest come first, so none waits unseen. */
    static final int MOST = 100;

    private final JdbcClient jdbc;

    AccountReviewQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Account> toReview(Scope scope) {
        SqlCondition visible = scope.communes("a.commune_code");
        return visible.bind(jdbc.sql("SELECT " + Accounts.COLUMNS + " FROM payments.account a"
                        + " WHERE a.status = 'TO_REVIEW' AND" + visible.sql() + "ORDER BY a.linked_at, a.id LIMIT :most"))
                .param("most", MOST).query((rs, i) -> Accounts.account(rs)).list();
    }

    /** Whether the officer's scope reaches the account (a decision on another commune's account is refused). */
    boolean reaches(Scope scope, long accountId) {
        SqlCondition visible = scope.communes("a.commune_code");
        return visible.bind(jdbc.sql("SELECT count(*) FROM payments.account a WHERE a.id = :id AND" + visible.sql()))
                .param("id", accountId).query(Long.class).single() > 0;
    }
}
