package org.dancu.payments.cycles;

import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.dancu.payments.Programme;
import org.dancu.payments.ProgrammeRule;
import org.dancu.payments.Vnd;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A cycle's lines in bulk: built by one {@code INSERT … SELECT} from the programme's ACTIVE beneficiaries
 * and the rule in force, and counted for the control totals. The amount is the bulk form of
 * {@link ProgrammeRule#amountFor}: the coefficient x the standard level rounded half up, the monthly
 * amount x the months, or the fixed amount. A beneficiary paid by post gets a line CASH_DUE; one paid into
 * an account gets a line PENDING into their verified account (its kind is the channel), or HELD with
 * ACCOUNT_UNVERIFIED when they have none.
 */
@Component
class CycleLines {

    /** Vietnam's offset: a decision entered on the cut-off day counts until its midnight, local time. */
    private static final ZoneOffset VIETNAM = ZoneOffset.ofHours(7);

    private final JdbcClient jdbc;

    CycleLines(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Drops the lines of a cycle not yet approved, to build them again. */
    void clear(long cycleId) {
        jdbc.sql("DELETE FROM payments.line WHERE cycle_id = :cycle AND status IN ('PENDING', 'HELD', 'CASH_DUE')"
                        + " AND repays_line_id IS NULL")
                .param("cycle", cycleId).update();
    }

    /** Builds the cycle's lines; returns how many. */
    int build(Cycle cycle, Programme programme) {
        ProgrammeRule rule = programme.rule();
        return jdbc.sql("""
                        INSERT INTO payments.line (cycle_id, beneficiary_id, pin, commune_code, amount, channel,
                            account_id, bank_bin, end_to_end_id, status, reason_code)
                        SELECT CAST(:cycle AS bigint), b.id, b.pin, b.commune_code,
                               CASE CAST(:kind AS text) WHEN 'STUDY_SUPPORT' THEN CAST(:monthly AS bigint) * b.months
                                          WHEN 'ONE_OFF' THEN CAST(:fixed AS bigint)
                                          ELSE round(b.coefficient * CAST(:standard AS bigint)) END,
                               CASE WHEN b.channel IN ('POST_CASH', 'POST_HOME') OR a.id IS NULL THEN b.channel
                                    ELSE a.kind END,
                               a.id, a.bank_bin, 'DB' || CAST(:cycle AS text) || 'L' || b.id,
                               CASE WHEN b.channel IN ('POST_CASH', 'POST_HOME') THEN 'CASH_DUE'
                                    WHEN a.id IS NULL THEN 'HELD' ELSE 'PENDING' END,
                               CASE WHEN b.channel NOT IN ('POST_CASH', 'POST_HOME') AND a.id IS NULL
                                    THEN 'ACCOUNT_UNVERIFIED' END
                        FROM payments.beneficiary b
                        LEFT JOIN payments.account a ON a.pin = b.pin AND a.status = 'VERIFIED'
                             AND b.channel NOT IN ('POST_CASH', 'POST_HOME')
                        WHERE b.programme_code = :programme AND b.status = 'ACTIVE'
                          AND b.entered_at < :enteredBefore AND b.starts_on <= :paysOn
                          AND (b.ends_on IS NULL OR b.ends_on >= :paysOn)""")
                .param("cycle", cycle.id()).param("kind", programme.kind().name())
                .param("monthly", dong(rule.monthlyAmount())).param("fixed", dong(rule.fixedAmount()))
                .param("standard", dong(rule.standardLevel())).param("programme", programme.code().value())
                .param("enteredBefore", OffsetDateTime.of(cycle.cutOff().plusDays(1), LocalTime.MIDNIGHT, VIETNAM))
                .param("paysOn", cycle.paysOn())
                .update();
    }

    /** The lines to pay (neither held nor cancelled), counted now. */
    CycleTotals totals(long cycleId) {
        return jdbc.sql("""
                        SELECT count(*), coalesce(sum(amount), 0) FROM payments.line
                        WHERE cycle_id = :cycle AND status NOT IN ('HELD', 'CANCELLED')""")
                .param("cycle", cycleId)
                .query((rs, i) -> new CycleTotals(rs.getInt(1), Vnd.of(rs.getLong(2)))).single();
    }

    private static Long dong(Vnd amount) {
        return amount == null ? null : amount.dong();
    }
}
