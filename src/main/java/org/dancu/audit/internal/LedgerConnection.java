package org.dancu.audit.internal;

import java.sql.SQLException;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

/**
 * The ledger writer's own database connection, apart from the application's pool. Callers wait for
 * their entry's commit, some of them inside a transaction that holds a pooled connection; were the
 * writer to borrow from that pool too, as many such callers as the pool has connections would
 * starve it until every one of them failed on the commit timeout.
 */
final class LedgerConnection implements AutoCloseable {

    private final HikariDataSource source;

    /** Same database, credentials and settings as the application's pool, one connection kept open (never retired idle). */
    LedgerConnection(DataSource applicationPool) {
        HikariConfig config = new HikariConfig();
        try {
            applicationPool.unwrap(HikariDataSource.class).copyStateTo(config);
        } catch (SQLException e) {
            throw new IllegalStateException("the audit ledger needs the application's Hikari pool settings", e);
        }
        config.setPoolName("audit-ledger");
        config.setMaximumPoolSize(1);
        config.setMinimumIdle(1);
        config.setIdleTimeout(0);
        this.source = new HikariDataSource(config);
    }

    DataSource source() {
        return source;
    }

    @Override
    public void close() {
        source.close();
    }
}
