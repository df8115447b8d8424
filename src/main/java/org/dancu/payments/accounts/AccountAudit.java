package org.dancu.payments.accounts;

import java.util.List;

import org.dancu.audit.Actor;
import org.dancu.audit.AuditEntry;
import org.dancu.audit.AuditLedger;
import org.dancu.audit.Outcome;
import org.dancu.civil.Pin;
import org.springframework.stereotype.Component;

/**
 * The accounts' ledger entries, each against the person the account is for (object type {@code person},
 * the whole ID), with the account's id and the verdict in the detail; never the number.
 */
@Component
class AccountAudit {

    static final String PERSON = "person";

    private final AuditLedger ledger;

    AccountAudit(AuditLedger ledger) {
        this.ledger = ledger;
    }

    void record(Actor actor, String action, Pin person, String origin, Outcome outcome, String detail) {
        ledger.record(new AuditEntry(actor, action, PERSON, person.value(), null, origin, outcome, detail));
    }

    /** An officer read these persons' names in the review queue; returns once the entries are committed. */
    void readForReview(Actor officer, List<Pin> persons, String origin) {
        ledger.recordAll(persons.stream().map(pin -> new AuditEntry(officer, "payments.account.review.read", PERSON,
                pin.value(), null, origin, Outcome.SUCCESS, null)).toList());
    }
}
