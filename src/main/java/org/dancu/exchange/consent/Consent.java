package org.dancu.exchange.consent;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A citizen's consent that one partner receive some attributes for one purpose until a date. */
public record Consent(long consentId, String pin, String partnerCode, String purpose, List<String> attributes,
               LocalDate expiresOn, String recordedBy, Instant recordedAt, String revokedBy, Instant revokedAt) {

    public Consent {
        attributes = List.copyOf(attributes);
    }

    public boolean activeOn(LocalDate day) {
        return revokedAt == null && !expiresOn.isBefore(day);
    }
}
