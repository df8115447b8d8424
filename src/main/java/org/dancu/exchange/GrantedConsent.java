package org.dancu.exchange;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.dancu.civil.Pin;

/**
 * A consent as recorded: granted by the citizen or recorded by an administrator on their behalf.
 *
 * @param attributes by API name, as granted
 * @param revokedAt  null while it is not revoked
 */
public record GrantedConsent(long consentId, Pin citizen, String partnerCode, String partnerName, String purpose,
                             List<String> attributes, LocalDate validUntil, Instant grantedAt, Instant revokedAt) {

    public GrantedConsent {
        attributes = List.copyOf(attributes);
    }

    /** In force on that day: not revoked and not expired. */
    public boolean activeOn(LocalDate day) {
        return revokedAt == null && !validUntil.isBefore(day);
    }

    public boolean revoked() {
        return revokedAt != null;
    }
}
