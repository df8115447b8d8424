package org.dancu.audit.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.dancu.audit.AuditVerifier;
import org.dancu.audit.VerificationReport;

/**
 * Reads the chain head and then the ledger in sequence order within one repeatable-read
 * snapshot, so entries committed meanwhile neither appear half nor move the head. Rows arrive
 * through a server-side cursor, a fetch at a time, whatever the ledger's length.
 */
final class JdbcAuditVerifier implements AuditVerifier {

    private static final int FETCH_SIZE = 5_000;
    private static final String HEAD = "SELECT last_seq, last_hash, signature FROM audit.chain_head";
    private static final String CHAIN = "SELECT " + LedgerRows.COLUMNS + " FROM audit.ledger ORDER BY seq";

    private final DataSource dataSource;
    private final LedgerKey key;

    JdbcAuditVerifier(DataSource dataSource, LedgerKey key) {
        this.dataSource = dataSource;
        this.key = key;
    }

    @Override
    public VerificationReport verify() {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            connection.setReadOnly(true);
            try {
                return walk(connection);
            } finally {
                connection.rollback();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the audit ledger (SQLState " + e.getSQLState() + ")", e);
        }
    }

    private VerificationReport walk(Connection connection) throws SQLException {
        long headSeq;
        byte[] headHash;
        byte[] headSignature;
        try (PreparedStatement head = connection.prepareStatement(HEAD); ResultSet row = head.executeQuery()) {
            row.next();
            headSeq = row.getLong(1);
            headHash = row.getBytes(2);
            headSignature = row.getBytes(3);
        }
        ChainWalk walk = new ChainWalk(key);
        try (PreparedStatement chain = connection.prepareStatement(CHAIN)) {
            chain.setFetchSize(FETCH_SIZE);
            try (ResultSet rows = chain.executeQuery()) {
                boolean intact = true;
                while (intact && rows.next()) {
                    intact = walk.accept(LedgerRows.read(rows));
                }
            }
        }
        return walk.finish(headSeq, headHash, headSignature);
    }
}
