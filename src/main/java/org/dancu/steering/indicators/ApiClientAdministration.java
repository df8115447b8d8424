package org.dancu.steering.indicators;

import java.time.Clock;

import org.dancu.audit.AuditEntry;
import org.dancu.audit.AuditLedger;
import org.dancu.audit.Outcome;
import org.dancu.security.CurrentStaff;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates and revokes API clients for the administrator. Each change is written to the audit ledger
 * in the same transaction, so a change the ledger could not record is not made.
 */
@Service
class ApiClientAdministration {

    static final String CREATE_ACTION = "steering.api-client.create";
    static final String REVOKE_ACTION = "steering.api-client.revoke";
    private static final String OBJECT_TYPE = "api-client";

    private final ApiClients clients;
    private final UnitChoices units;
    private final AuditLedger ledger;
    private final CurrentStaff staff;
    private final Clock clock = Clock.systemUTC();

    ApiClientAdministration(ApiClients clients, UnitChoices units, AuditLedger ledger, CurrentStaff staff) {
        this.clients = clients;
        this.units = units;
        this.ledger = ledger;
        this.staff = staff;
    }

    /** The new client and its token, which is not kept and cannot be shown again. */
    record Issued(ApiClient client, String token) {
    }

    /**
     * @throws IllegalArgumentException for a blank or too long name, or a unit the form does not offer
     */
    @Transactional
    Issued create(String name, String localityCode, String origin) {
        if (localityCode == null || !units.offers(localityCode)) {
            throw new IllegalArgumentException("not a unit an API client can be given: " + localityCode);
        }
        String token = ApiTokens.generate();
        ApiClient client = clients.save(ApiClient.create(name, localityCode, ApiTokens.digest(token),
                staff.actor().id(), clock.instant()));
        ledger.record(new AuditEntry(staff.actor(), CREATE_ACTION, OBJECT_TYPE, client.id().toString(), null, origin,
                Outcome.SUCCESS, "unit " + localityCode));
        return new Issued(client, token);
    }

    /**
     * @throws java.util.NoSuchElementException when no client has the id
     * @throws IllegalStateException            when it was already revoked
     */
    @Transactional
    void revoke(long id, String origin) {
        ApiClient client = clients.findById(id).orElseThrow();
        client.revoke(staff.actor().id(), clock.instant());
        clients.save(client);
        ledger.record(new AuditEntry(staff.actor(), REVOKE_ACTION, OBJECT_TYPE, client.id().toString(), null, origin,
                Outcome.SUCCESS, null));
    }
}
