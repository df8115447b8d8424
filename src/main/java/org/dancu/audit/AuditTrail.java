package org.dancu.audit;

import java.util.List;
import java.util.Optional;

/** Reads the ledger for other modules, e.g. to show a citizen who used their data. */
public interface AuditTrail {

    /**
     * The entries about one object, newest first.
     *
     * @param objectType the kind of object, as recorded ({@code person}, …)
     * @param objectId   its identifier, as recorded
     * @param limit      at most this many entries (1 to 1000)
     */
    List<AuditRecord> findByObject(String objectType, String objectId, int limit);

    /** The entries about one object older than the entry {@code before} (a sequence number), newest first. */
    List<AuditRecord> findByObjectBefore(String objectType, String objectId, long before, int limit);

    /** The newest entry, the head of the chain; empty while the ledger is empty. */
    Optional<AuditRecord> newest();
}
