package org.dancu.audit.internal;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Function;

import javax.sql.DataSource;

/**
 * Appends a batch of entries to the chain in one transaction. The chain's end is read from the
 * locked head row, not from memory, so writers in several application instances take turns
 * instead of forking the chain. The database's clock stamps the batch, read under that lock, so
 * times follow the chain order whichever instance writes.
 */
final class ChainAppender {

    /**
     * Also makes this transaction's commit synchronous: the embedded demo server commits
     * asynchronously, and an audit entry only counts once it is on disk.
     */
    private static final String LOCK_HEAD = """
            SELECT last_seq, last_hash, clock_timestamp(), set_config('synchronous_commit', 'on', true)
              FROM audit.chain_head FOR UPDATE
            """;
    /** The batch and the new head in one statement: a round trip less while the head is locked. */
    private static final String APPEND = """
            WITH appended AS (
                INSERT INTO audit.ledger (seq, occurred_at, actor_kind, actor_id, action, object_type, object_id,
                                          purpose, origin, outcome, detail, prev_hash, hash)
                SELECT e.seq, ?, e.actor_kind, e.actor_id, e.action, e.object_type, e.object_id,
                       e.purpose, e.origin, e.outcome, e.detail, e.prev_hash, e.hash
                  FROM unnest(?::bigint[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],
                              ?::text[], ?::text[], ?::text[], ?::bytea[], ?::bytea[])
                       AS e(seq, actor_kind, actor_id, action, object_type, object_id, purpose, origin, outcome,
                            detail, prev_hash, hash)
            )
            UPDATE audit.chain_head SET last_seq = ?, last_hash = ?
            """;

    private final DataSource dataSource;
    private final ChainHasher hasher = new ChainHasher();

    ChainAppender(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Chains and commits the entries in the given order; must be called from one thread. */
    void append(List<EntryContent> contents) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                appendWithin(connection, contents);
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                rollbackQuietly(connection, e);
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("audit batch not committed (SQLState " + e.getSQLState() + ")", e);
        }
    }

    private void appendWithin(Connection connection, List<EntryContent> contents) throws SQLException {
        long lastSeq;
        byte[] lastHash;
        Instant now;
        try (PreparedStatement lock = connection.prepareStatement(LOCK_HEAD); ResultSet head = lock.executeQuery()) {
            head.next();
            lastSeq = head.getLong(1);
            lastHash = head.getBytes(2);
            now = ChainHasher.storablePrecision(head.getObject(3, OffsetDateTime.class).toInstant());
        }
        int size = contents.size();
        Long[] seqs = new Long[size];
        byte[][] prevHashes = new byte[size][];
        byte[][] hashes = new byte[size][];
        for (int i = 0; i < size; i++) {
            seqs[i] = lastSeq + 1 + i;
            prevHashes[i] = i == 0 ? lastHash : hashes[i - 1];
            hashes[i] = hasher.hash(seqs[i], now, contents.get(i), prevHashes[i]);
        }
        try (PreparedStatement insert = connection.prepareStatement(APPEND)) {
            insert.setObject(1, now.atOffset(ZoneOffset.UTC));
            insert.setArray(2, connection.createArrayOf("bigint", seqs));
            insert.setArray(3, texts(connection, contents, EntryContent::actorKind));
            insert.setArray(4, texts(connection, contents, EntryContent::actorId));
            insert.setArray(5, texts(connection, contents, EntryContent::action));
            insert.setArray(6, texts(connection, contents, EntryContent::objectType));
            insert.setArray(7, texts(connection, contents, EntryContent::objectId));
            insert.setArray(8, texts(connection, contents, EntryContent::purpose));
            insert.setArray(9, texts(connection, contents, EntryContent::origin));
            insert.setArray(10, texts(connection, contents, EntryContent::outcome));
            insert.setArray(11, texts(connection, contents, EntryContent::detail));
            insert.setArray(12, connection.createArrayOf("bytea", prevHashes));
            insert.setArray(13, connection.createArrayOf("bytea", hashes));
            insert.setLong(14, lastSeq + size);
            insert.setBytes(15, hashes[size - 1]);
            insert.executeUpdate();
        }
    }

    private static void rollbackQuietly(Connection connection, Exception failure) {
        try {
            connection.rollback();
        } catch (SQLException rollbackFailure) {
            failure.addSuppressed(rollbackFailure);
        }
    }

    private static Array texts(Connection connection, List<EntryContent> contents,
                               Function<EntryContent, String> field) throws SQLException {
        return connection.createArrayOf("text", contents.stream().map(field).toArray(String[]::new));
    }
}
