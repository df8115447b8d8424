package org.dancu.payments.demo;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Map;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Bulk-loads the demo's year of payments with PostgreSQL's COPY: beneficiaries, their accounts, and each
 * cycle with its lines in one transaction, as the cycles, the banks' answers and the postal receipts would
 * have left them.
 */
@Component
class PaymentHistoryCopy {

    /** The tables and columns the demo writes, in the order a cycle's rows are copied. */
    static final String BENEFICIARIES = "payments.beneficiary (id, version, programme_code, pin, claimed_pin,"
            + " claimed_name, claimed_birth, commune_code, coefficient, months, decision_ref, decision_date, starts_on,"
            + " status, channel, entered_by, entered_at)";
    static final String ACCOUNTS = "payments.account (id, version, pin, bank_bin, kind, number_cipher, number_hash,"
            + " number_last4, source, bank_name, name_verdict, name_score, status, linked_at, checked_at, commune_code)";
    static final String CYCLES = "payments.cycle (id, version, programme_code, period, pays_on, cut_off, status,"
            + " line_count, control_sum, prepared_by, prepared_at, approved_by, approved_at, sent_at, settled_at)";
    static final String LINES = "payments.line (cycle_id, beneficiary_id, pin, commune_code, amount, channel,"
            + " account_id, bank_bin, end_to_end_id, status, reason_code, paid_on)";

    private final DataSource dataSource;
    private final TransactionTemplate transaction;
    private final JdbcClient jdbc;

    PaymentHistoryCopy(DataSource dataSource, TransactionTemplate transaction, JdbcClient jdbc) {
        this.dataSource = dataSource;
        this.transaction = transaction;
        this.jdbc = jdbc;
    }

    /** Does the module hold any cycle yet? */
    boolean empty() {
        return !jdbc.sql("SELECT EXISTS (SELECT 1 FROM payments.cycle)").query(Boolean.class).single();
    }

    /** Draws {@code count} ids of a table's serial column, as inserting would, so rows copied together can refer to each other. */
    long[] drawIds(String table, int count) {
        return jdbc.sql("SELECT nextval(pg_get_serial_sequence(:table, 'id')) FROM generate_series(1, :n)")
                .param("table", table).param("n", count)
                .query(Long.class).list().stream().mapToLong(Long::longValue).toArray();
    }

    /** An open cycle of a programme, to try preparing and approving in the demo. */
    void open(String programme, String period, LocalDate paysOn, LocalDate cutOff) {
        jdbc.sql("""
                        INSERT INTO payments.cycle (version, programme_code, period, pays_on, cut_off, status)
                        VALUES (0, :programme, :period, :paysOn, :cutOff, 'OPEN')""")
                .param("programme", programme).param("period", period).param("paysOn", paysOn).param("cutOff", cutOff)
                .update();
    }

    /** Copies the rows into each table (table and columns → rows), all in one transaction. */
    void copy(Map<String, CopyRows> tables) {
        transaction.executeWithoutResult(status -> {
            Connection connection = DataSourceUtils.getConnection(dataSource);
            try {
                CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
                for (Map.Entry<String, CopyRows> table : tables.entrySet()) {
                    if (table.getValue().rows() > 0) {
                        copy.copyIn("COPY " + table.getKey() + " FROM STDIN", new StringReader(table.getValue().text()));
                    }
                }
            } catch (SQLException e) {
                throw new IllegalStateException("the demo's payments were refused: " + e.getMessage(), e);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                DataSourceUtils.releaseConnection(connection, dataSource);
            }
        });
    }
}
