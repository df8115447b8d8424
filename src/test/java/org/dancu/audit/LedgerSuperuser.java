package org.dancu.audit;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.dancu.TestDatabase;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The embedded PostgreSQL's superuser, as an attacker with full database access: it reaches the
 * application's database and, with triggers switched off for its session, rewrites the ledger.
 */
public final class LedgerSuperuser implements AutoCloseable {

    private final SingleConnectionDataSource dataSource;
    private final JdbcClient jdbc;

    private LedgerSuperuser(String url, boolean triggersOff) throws SQLException {
        Connection connection = DriverManager.getConnection(url, TestDatabase.superuser(),
                TestDatabase.superuserPassword());
        if (triggersOff) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("SET session_replication_role = replica");
            }
        }
        dataSource = new SingleConnectionDataSource(connection, true);
        jdbc = JdbcClient.create(dataSource);
    }

    /** A superuser session with ordinary triggers switched off. */
    public static LedgerSuperuser tampering(DataSource appDataSource) {
        return open(appDataSource, true);
    }

    /** A superuser session that plays by the rules: triggers fire. */
    public static LedgerSuperuser honest(DataSource appDataSource) {
        return open(appDataSource, false);
    }

    private static LedgerSuperuser open(DataSource appDataSource, boolean triggersOff) {
        try (Connection app = appDataSource.getConnection()) {
            return new LedgerSuperuser(app.getMetaData().getURL(), triggersOff);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Rewrites an entry's detail, leaving its stored hash as it was. */
    public void rewriteDetail(long seq, String detail) {
        jdbc.sql("UPDATE audit.ledger SET detail = :detail WHERE seq = :seq").param("detail", detail).param("seq", seq)
                .update();
    }

    public JdbcClient jdbc() {
        return jdbc;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    @Override
    public void close() {
        dataSource.destroy();
    }
}
