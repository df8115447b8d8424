package org.dancu.exchange;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.dancu.civil.Pin;

/**
 * What a consent grants: one partner may receive these attributes (by API name) of the citizen for one
 * purpose until a date, inclusive.
 */
public record ConsentGrant(Pin citizen, String partnerCode, String purpose, List<String> attributes,
                           LocalDate validUntil) {

    public ConsentGrant {
        Objects.requireNonNull(citizen, "citizen");
        attributes = attributes == null ? List.of() : List.copyOf(attributes);
    }
}
