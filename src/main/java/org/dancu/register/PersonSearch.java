package org.dancu.register;

/**
 * Finds persons within the signed-in officer's scope; a person outside it is never returned. Each
 * search is written to the audit ledger (the query and the ids of the persons returned) before its
 * result leaves.
 */
public interface PersonSearch {

    int PAGE_SIZE = 50;

    /**
     * @param origin where the request came from (client address), for the ledger; may be null
     * @throws InvalidSearchException when the PIN is malformed, or neither a PIN nor a name of at
     *                                least two letters is given; the database is not touched then
     * @throws org.dancu.audit.AuditUnavailableException when the ledger cannot take the entry
     */
    SearchPage search(PersonCriteria criteria, String origin);
}
