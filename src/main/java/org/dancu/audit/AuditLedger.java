package org.dancu.audit;

import java.time.Instant;
import java.util.List;

/**
 * The append-only, hash-chained record of every read and change of personal data and every
 * partner call. {@link #record} returns only once the entry is durably stored, so callers write
 * the entry before the data they audit leaves the system.
 */
public interface AuditLedger {

    /**
     * Appends the entry to the chain and waits until it is committed.
     *
     * <p>Entries from concurrent callers are committed together, so the wait is about one
     * database commit. When the entry cannot be committed (the database is unreachable, the
     * ledger is shutting down, or the queue stays full) this throws and the caller must let the
     * audited action fail: data whose access was not recorded must not be released.
     *
     * @throws AuditUnavailableException if the entry was not, or not in time, committed; an entry
     *                                   whose wait timed out may still be committed later, so the
     *                                   ledger can over-report an attempt but never miss an access
     */
    void record(AuditEntry entry);

    /**
     * Appends the entries, in this order, and waits until all are committed: the batch form of
     * {@link #record} for a job that audits many persons at once (a bulk verification), sharing
     * commits without a thread per entry.
     *
     * @throws AuditUnavailableException if any entry was not, or not in time, committed
     */
    void recordAll(List<AuditEntry> entries);

    /**
     * Appends the entry only if it is the first to claim the key: the claim commits in the entry's
     * transaction, under the chain's lock, so of two entries claiming one key, on any number of
     * instances, exactly one is written, and a key is claimed exactly when its entry is on the ledger.
     * The key stays claimed until {@code keepUntil}, then is forgotten. The partner gateway's nonces
     * are such keys: the answer to a signed request and the spending of its nonce are one commit.
     *
     * @return true when the entry is committed; false, with nothing written, when the key was claimed
     * @throws AuditUnavailableException as {@link #record} does; the key is then not claimed
     */
    boolean recordOnce(AuditEntry entry, String key, Instant keepUntil);
}
