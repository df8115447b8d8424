package org.dancu.exchange;

import java.time.LocalDate;
import java.util.List;

import org.dancu.audit.Actor;
import org.dancu.civil.Pin;

/**
 * Citizens' consents that a partner retrieve some of their data for a purpose until a date: the one way
 * to read, grant and revoke them, for the citizen in the portal and for an administrator on a citizen's
 * behalf alike. Every call is written to the audit ledger against the citizen's ID, a refusal too
 * ({@code DENIED}, nothing changed).
 */
public interface CitizenConsents {

    /** The partners a consent can be granted to (active, allowed to retrieve), each with what its policy allows. */
    List<ConsentOffer> offers();

    /** The latest day a consent granted today may run to; a later one is refused. */
    LocalDate latestValidUntil();

    /** The citizen's consents, newest first, revoked and expired ones included; audited as a look-up. */
    List<GrantedConsent> of(Pin citizen, Actor actor, String origin);

    /**
     * Grants a consent.
     *
     * @return the new consent's id
     * @throws ConsentRefusedException for an unknown partner, a purpose or attribute outside its policy, no
     *                                 attribute, or a date in the past or too far ahead; nothing recorded
     */
    long grant(ConsentGrant grant, Actor actor, String origin);

    /**
     * Revokes one of the citizen's consents.
     *
     * @throws ConsentRefusedException when the citizen holds no unrevoked consent with this id (unknown, already
     *                                 revoked, or another person's: the three answer alike); nothing changed
     */
    void revoke(Pin citizen, long consentId, Actor actor, String origin);
}
