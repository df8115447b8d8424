package org.dancu.register;

import java.util.Optional;

/** Reads one person's record for the signed-in officer, auditing the read before returning it. */
public interface PersonRecords {

    /**
     * The person's profile when it lies in the officer's scope; empty otherwise, so callers cannot
     * tell an unknown person from one they may not see. A returned profile's read is already in
     * the audit ledger ({@code register.person.read}).
     *
     * @param origin the client address, for the ledger
     * @throws org.dancu.audit.AuditUnavailableException when the read could not be audited: no data then
     */
    Optional<PersonProfile> read(long personId, String origin);
}
