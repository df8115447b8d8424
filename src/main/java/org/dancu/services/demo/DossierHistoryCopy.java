package org.dancu.services.demo;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Bulk-loads the demo's closed dossiers of the past year with PostgreSQL's COPY, in one transaction per
 * batch: their rows of {@code services.dossier}, {@code services.leg} and {@code services.timeline}, as
 * the dossier aggregate would have left them, without starting workflows for dossiers long ended.
 */
@Component
class DossierHistoryCopy {

    /** The rows of one batch, each a CSV line. */
    record Batch(StringBuilder dossiers, StringBuilder legs, StringBuilder timeline) {

        Batch() {
            this(new StringBuilder(), new StringBuilder(), new StringBuilder());
        }

        boolean isEmpty() {
            return dossiers.isEmpty();
        }
    }

    private final DataSource dataSource;
    private final TransactionTemplate transaction;
    private final JdbcClient jdbc;

    DossierHistoryCopy(DataSource dataSource, TransactionTemplate transaction, JdbcClient jdbc) {
        this.dataSource = dataSource;
        this.transaction = transaction;
        this.jdbc = jdbc;
    }

    /** Does the module hold any dossier yet? */
    boolean empty() {
        return !jdbc.sql("SELECT EXISTS (SELECT 1 FROM services.dossier)").query(Boolean.class).single();
    }

    /** Draws {@code count} running numbers of dossier codes, as filing does, in order. */
    long[] drawNumbers(int count) {
        return jdbc.sql("SELECT nextval('services.dossier_number') FROM generate_series(1, :n)").param("n", count)
                .query(Long.class).list().stream().mapToLong(Long::longValue).sorted().toArray();
    }

    void copy(Batch batch) {
        if (batch.isEmpty()) {
            return;
        }
        transaction.executeWithoutResult(status -> {
            Connection connection = DataSourceUtils.getConnection(dataSource);
            try {
                CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
                copy.copyIn("COPY services.dossier (code, version, procedure_code, channel, applicant_pin, subject_pin,"
                        + " commune_code, status, received_at, declaration, components, closed_at, rating, rated_at)"
                        + " FROM STDIN (FORMAT csv)", new StringReader(batch.dossiers().toString()));
                copy.copyIn("COPY services.leg (dossier_code, leg_key, position, first_leg, procedure_code, channel,"
                        + " commune_code, received_at, status, steps, step, handler_kind, agency_code, limit_amount,"
                        + " limit_unit, started_at, due, late, new_appointment, reason, finished_at)"
                        + " FROM STDIN (FORMAT csv)", new StringReader(batch.legs().toString()));
                copy.copyIn("COPY services.timeline (dossier_code, leg_key, at, kind, note) FROM STDIN (FORMAT csv)",
                        new StringReader(batch.timeline().toString()));
            } catch (SQLException e) {
                throw new IllegalStateException("the demo's dossiers were refused: " + e.getMessage(), e);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                DataSourceUtils.releaseConnection(connection, dataSource);
            }
        });
    }

    /** One CSV line of the values; null is an empty unquoted field (SQL NULL), text is quoted. */
    static void line(StringBuilder to, List<Object> values) {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                to.append(',');
            }
            Object value = values.get(i);
            if (value instanceof Instant instant) {
                to.append(instant.atOffset(ZoneOffset.UTC));
            } else if (value instanceof Number || value instanceof Boolean) {
                to.append(value);
            } else if (value != null) {
                to.append('"').append(value.toString().replace("\"", "\"\"")).append('"');
            }
        }
        to.append('\n');
    }
}
