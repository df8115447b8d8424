package org.dancu.audit.internal;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Appends a batch of entries to the chain in one transaction and signs the new head. The chain's end is read from the
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
            SELECT last_seq, last_hash, signature, clock_timestamp(), set_config('synchronous_commit', 'on', true)
              FROM audit.chain_head FOR UPDATE
            """;
    private static final String APPEND = """
            INSERT INTO audit.ledger (seq, occurred_at, actor_kind, actor_id, action, object_type, object_id,
                                      purpose, origin, outcome, detail, prev_hash, hash)
            SELECT e.seq, ?, e.actor_kind, e.actor_id, e.action, e.object_type, e.object_id,
                   e.purpose, e.origin, e.outcome, e.detail, e.prev_hash, e.hash
              FROM unnest(?::bigint[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],
                          ?::text[], ?::text[], ?::text[], ?::bytea[], ?::bytea[])
                   AS e(seq, actor_kind, actor_id, action, object_type, object_id, purpose, origin, outcome,
                        detail, prev_hash, hash)
            """;
    /**
     * Under the head's lock, so writers on every instance claim in turn and each sees the claims committed
     * before it; a key already claimed is left as it is and not returned.
     */
    private static final String CLAIM = """
            INSERT INTO audit.claim (claim_key, keep_until)
            SELECT c.claim_key, to_timestamp(c.keep_until)
              FROM unnest(?::text[], ?::bigint[]) AS c(claim_key, keep_until)
            ON CONFLICT DO NOTHING
            RETURNING claim_key
            """;
    private static final String FORGET_CLAIMS = "DELETE FROM audit.claim WHERE keep_until < now()";
    /** A statement of its own: the head's trigger checks that the entry it names is in the ledger. */
    private static final String ADVANCE_HEAD = "UPDATE audit.chain_head SET last_seq = ?, last_hash = ?, signature = ?";
    private static final Logger log = LoggerFactory.getLogger(ChainAppender.class);
    /** SQLState classes of a refused value: data exception, integrity constraint, program limit exceeded. */
    private static final List<String> REFUSED_CONTENT = List.of("22", "23", "54");

    private final DataSource dataSource;
    private final LedgerKey key;
    private final ChainHasher hasher = new ChainHasher();
    /** The head this writer signed last: found again, it needs no signature check. */
    private Head signed = new Head(-1, new byte[0], null);

    ChainAppender(DataSource dataSource, LedgerKey key) {
        this.dataSource = dataSource;
        this.key = key;
    }

    /**
     * Chains and commits, in the given order, the entries that claim nothing or whose claim is free; must be called
     * from one thread.
     *
     * @param claims each entry's claim, or null where it claims nothing
     * @return for each entry, whether it was written (false: its key was claimed already, by an earlier
     *         entry or by one before it in this batch)
     */
    boolean[] append(List<EntryContent> contents, List<Claim> claims) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                Head locked = lockHead(connection);
                boolean[] free = claim(connection, claims);
                List<EntryContent> appended = new ArrayList<>(contents.size());
                for (int i = 0; i < contents.size(); i++) {
                    if (free[i]) {
                        appended.add(contents.get(i));
                    }
                }
                Head head = appended.isEmpty() ? locked : appendWithin(connection, locked, appended);
                connection.commit();
                signed = head;
                return free;
            } catch (SQLException | RuntimeException e) {
                rollbackQuietly(connection, e);
                throw e;
            }
        } catch (SQLException e) {
            String state = e.getSQLState() == null ? "" : e.getSQLState();
            String message = "audit batch not committed (SQLState " + state + ")";
            throw REFUSED_CONTENT.stream().anyMatch(state::startsWith)
                    ? new EntryRefusedException(message, e) : new IllegalStateException(message, e);
        }
    }

    /** The database refused an entry's content (a data exception, a constraint, a limit such as an index row). */
    static final class EntryRefusedException extends IllegalStateException {
        EntryRefusedException(String message, SQLException cause) {
            super(message, cause);
        }
    }

    /** Forgets the claims whose time is over, in a transaction of its own. */
    void forgetEndedClaims() {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement forget = connection.prepareStatement(FORGET_CLAIMS)) {
            forget.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("ended claims not forgotten (SQLState " + e.getSQLState() + ")", e);
        }
    }

    /** Locks the chain's head, checks its signature and reads the database's clock, which stamps the batch. */
    private Head lockHead(Connection connection) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement(LOCK_HEAD); ResultSet head = lock.executeQuery()) {
            head.next();
            Head locked = new Head(head.getLong(1), head.getBytes(2),
                    ChainHasher.storablePrecision(head.getObject(4, OffsetDateTime.class).toInstant()));
            checkSigned(locked, head.getBytes(3));
            return locked;
        }
    }

    /** Claims the batch's keys in one statement; for each entry, whether it may be written. */
    private static boolean[] claim(Connection connection, List<Claim> claims) throws SQLException {
        Map<String, Long> asked = new LinkedHashMap<>();
        claims.stream().filter(claim -> claim != null)
                .forEach(claim -> asked.putIfAbsent(claim.key(), claim.keepUntil().getEpochSecond()));
        Set<String> won = new HashSet<>();
        if (!asked.isEmpty()) {
            try (PreparedStatement insert = connection.prepareStatement(CLAIM)) {
                insert.setArray(1, connection.createArrayOf("text", asked.keySet().toArray(String[]::new)));
                insert.setArray(2, connection.createArrayOf("bigint", asked.values().toArray(Long[]::new)));
                try (ResultSet claimed = insert.executeQuery()) {
                    while (claimed.next()) {
                        won.add(claimed.getString(1));
                    }
                }
            }
        }
        boolean[] free = new boolean[claims.size()];
        for (int i = 0; i < free.length; i++) {
            // of two copies in one batch, the first gets the key and the second finds it taken
            free[i] = claims.get(i) == null || won.remove(claims.get(i).key());
        }
        return free;
    }

    /** Appends the entries after the locked head and returns the new head. */
    private Head appendWithin(Connection connection, Head locked, List<EntryContent> contents) throws SQLException {
        long lastSeq = locked.seq();
        byte[] lastHash = locked.hash();
        Instant now = locked.stampedAt();
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
            insert.executeUpdate();
        }
        Head head = new Head(lastSeq + size, hashes[size - 1], now);
        try (PreparedStatement advance = connection.prepareStatement(ADVANCE_HEAD)) {
            advance.setLong(1, head.seq());
            advance.setBytes(2, head.hash());
            advance.setBytes(3, key.sign(head.seq(), head.hash()));
            advance.executeUpdate();
        }
        return head;
    }

    /**
     * Refuses to extend a head that no writer signed: someone moved it with the database role alone, and chaining
     * on top would vouch for what they wrote. A head from before signed heads existed is accepted once.
     */
    private void checkSigned(Head head, byte[] signature) {
        if (head.seq() == 0 || head.equals(signed)) {
            return;
        }
        if (signature == null) {
            log.warn("The audit ledger's head (entry {}) was written before heads were signed; it is signed from now on",
                    head.seq());
        } else if (!key.verifies(head.seq(), head.hash(), signature)) {
            throw new IllegalStateException("the audit ledger's head (entry " + head.seq() + ") is not signed by the"
                    + " ledger's key: entries were written outside the ledger's writer; run audit-verify");
        }
    }

    /** The chain's end: its last entry and that entry's hash; when just locked, also the database's time then. */
    private record Head(long seq, byte[] hash, Instant stampedAt) {

        @Override
        public boolean equals(Object other) {
            return other instanceof Head head && head.seq == seq && Arrays.equals(head.hash, hash);
        }

        @Override
        public int hashCode() {
            return Long.hashCode(seq) * 31 + Arrays.hashCode(hash);
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
