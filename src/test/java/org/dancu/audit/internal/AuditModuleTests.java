package org.dancu.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.dancu.audit.Actor;
import org.dancu.audit.AuditEntry;
import org.dancu.audit.AuditLedger;
import org.dancu.audit.AuditRecord;
import org.dancu.audit.AuditTrail;
import org.dancu.audit.AuditVerifier;
import org.dancu.audit.Outcome;
import org.dancu.audit.VerificationReport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.TestPropertySource;

/**
 * The audit module bootstrapped on its own but for the province's clock its ledger page shows times in,
 * a bean of civil's type {@code ProvinceTime} that locality declares: its ledger appends an entry to the
 * hash chain, its trail finds it, and its verifier walks the chain with it intact.
 */
@TestPropertySource(properties = "flowable.process.enabled=false")
@ApplicationModuleTest(extraIncludes = {"civil", "locality"})
class AuditModuleTests {

    @Autowired AuditLedger ledger;
    @Autowired AuditTrail trail;
    @Autowired AuditVerifier verifier;

    @Test
    void anAppendedEntryHeadsAChainItsVerifierFindsIntact() {
        String object = UUID.randomUUID().toString();
        ledger.record(new AuditEntry(Actor.staff("kiem.toan"), "register.person.read", "person", object, null, null,
                Outcome.SUCCESS, "module test"));

        AuditRecord appended = trail.findByObject("person", object, 1).get(0);
        assertThat(appended.entry().actor()).isEqualTo(Actor.staff("kiem.toan"));
        assertThat(appended.hash()).matches("[0-9a-f]{64}");
        assertThat(trail.newest().orElseThrow().seq()).isGreaterThanOrEqualTo(appended.seq());
        VerificationReport report = verifier.verify();
        assertThat(report.intact()).isTrue();
        assertThat(report.entries()).isPositive();
    }
}
