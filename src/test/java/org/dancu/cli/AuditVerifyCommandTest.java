package org.dancu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import javax.sql.DataSource;

import org.dancu.audit.Actor;
import org.dancu.audit.AuditEntry;
import org.dancu.audit.AuditLedger;
import org.dancu.audit.AuditTrail;
import org.dancu.audit.Outcome;
import org.dancu.audit.LedgerSuperuser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/** Runs {@code dancu audit-verify} as the jar would, beside a running application on the same database. */
@SpringBootTest
@AutoConfigureMockMvc
class AuditVerifyCommandTest {

    @Autowired AuditLedger ledger;
    @Autowired AuditTrail trail;
    @Autowired DataSource dataSource;

    private final CommandConsole console = new CommandConsole();

    @Test
    void intactChainExitsZeroAndBrokenChainExitsOneWithTheBreak() {
        String object = UUID.randomUUID().toString();
        ledger.record(new AuditEntry(Actor.staff("lan.nt"), "register.person.read", "person", object, null, null,
                Outcome.SUCCESS, "original"));
        long seq = trail.findByObject("person", object, 1).get(0).seq();

        assertThat(console.dancu("audit-verify")).isZero();
        assertThat(console.printed()).containsPattern("(?m)^chain intact: \\d+ entries, head hash [0-9a-f]{64}$")
                .as("a command without a web server announces no address").doesNotContain("dancu: ready at");

        console.clear();
        try (LedgerSuperuser superuser = LedgerSuperuser.tampering(dataSource)) {
            superuser.rewriteDetail(seq, "forged");
            try {
                assertThat(console.dancu("audit-verify")).isEqualTo(AuditVerifyCommand.BROKEN);
                assertThat(console.printed()).containsPattern("(?m)^entry " + seq
                        + ": stored hash does not match its content$");
            } finally {
                superuser.rewriteDetail(seq, "original");
            }
        }
    }

    @Test
    void strayArgumentIsRefusedBeforeAnythingStarts() {
        assertThat(console.dancu("audit-verify", "now")).isEqualTo(2);
        assertThat(console.errors()).contains("unexpected argument 'now'");
    }

    @Test
    void helpListsTheCommand() {
        assertThat(console.dancu("--help")).isZero();
        assertThat(console.printed()).contains("audit-verify");
    }
}
