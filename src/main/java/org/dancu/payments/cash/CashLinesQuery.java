package org.dancu.payments.cash;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.dancu.payments.PayChannel;
import org.dancu.security.Scope;
import org.dancu.security.SqlCondition;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The lines the postal operator pays in cash, within an officer's communes (the scope in SQL): those due
 * (CASH_DUE in a cycle approved or sent), counted by commune or streamed for the operator's list, found by
 * their reference for a receipt, and marked paid with the receipt, the state guarded in SQL.
 */
@Component
class CashLinesQuery {

    private static final String DUE = " l.status = 'CASH_DUE' AND c.status IN ('APPROVED', 'SENT') AND";
    private static final int FETCH = 2_000;

    private final JdbcClient jdbc;

    CashLinesQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** How many lines, and how much, the operator is to pay in one commune. */
    record CommuneDue(String communeCode, long lines, long amount) {
    }

    /** One line due in cash, as the operator's list writes it. */
    record DueLine(String reference, String pin, String communeCode, long amount, PayChannel channel,
                   String programme, String period, LocalDate paysOn) {
    }

    /** A line a receipt names, as found within the officer's communes. */
    record Target(long id, long cycleId, String reference, String status, String pin, String communeCode,
                  LocalDate paysOn) {
    }

    /** A receipt to write onto its line. */
    record Receipt(long lineId, String number, LocalDate paidOn) {
    }

    List<CommuneDue> dueByCommune(Scope scope) {
        SqlCondition visible = scope.communes("l.commune_code");
        return visible.bind(jdbc.sql("SELECT l.commune_code, count(*), sum(l.amount) FROM payments.line l"
                        + " JOIN payments.cycle c ON c.id = l.cycle_id WHERE" + DUE + visible.sql()
                        + "GROUP BY l.commune_code ORDER BY l.commune_code"))
                .query((rs, i) -> new CommuneDue(rs.getString(1), rs.getLong(2), rs.getLong(3))).list();
    }

    /** The lines due, by commune and reference; close the stream. */
    Stream<DueLine> due(Scope scope) {
        SqlCondition visible = scope.communes("l.commune_code");
        return visible.bind(jdbc.sql("SELECT l.end_to_end_id, l.pin, l.commune_code, l.amount, l.channel, p.name_vi,"
                        + " c.period, c.pays_on FROM payments.line l JOIN payments.cycle c ON c.id = l.cycle_id"
                        + " JOIN payments.programme p ON p.code = c.programme_code WHERE" + DUE + visible.sql()
                        + "ORDER BY l.commune_code, l.end_to_end_id").withFetchSize(FETCH))
                .query((rs, i) -> new DueLine(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4),
                        PayChannel.valueOf(rs.getString(5)), rs.getString(6), rs.getString(7),
                        rs.getObject(8, LocalDate.class)))
                .stream();
    }

    /** The lines of these references within the officer's communes, by reference; others absent. */
    Map<String, Target> targets(Scope scope, Collection<String> references) {
        if (references.isEmpty()) {
            return Map.of();
        }
        SqlCondition visible = scope.communes("l.commune_code");
        return visible.bind(jdbc.sql("SELECT l.id, l.cycle_id, l.end_to_end_id, l.status, l.pin, l.commune_code,"
                        + " c.pays_on FROM payments.line l JOIN payments.cycle c ON c.id = l.cycle_id"
                        + " WHERE l.end_to_end_id IN (:references) AND" + visible.sql()))
                .param("references", references)
                .query((rs, i) -> new Target(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getObject(7, LocalDate.class)))
                .stream().collect(Collectors.toMap(Target::reference, Function.identity()));
    }

    /** Receipt numbers among these already on a line. */
    List<String> receiptsUsed(Collection<String> numbers) {
        return numbers.isEmpty() ? List.of() : jdbc.sql(
                        "SELECT cash_receipt FROM payments.line WHERE cash_receipt IN (:numbers)")
                .param("numbers", numbers).query(String.class).list();
    }

    /** Marks each line paid in cash with its receipt, if still due; returns how many were. */
    int markPaid(List<Receipt> receipts) {
        int marked = 0;
        for (Receipt receipt : receipts) {
            marked += jdbc.sql("""
                            UPDATE payments.line SET status = 'PAID_CASH', paid_on = :paidOn, cash_receipt = :number,
                                version = version + 1
                            WHERE id = :id AND status = 'CASH_DUE'""")
                    .param("paidOn", receipt.paidOn()).param("number", receipt.number()).param("id", receipt.lineId())
                    .update();
        }
        return marked;
    }
}
