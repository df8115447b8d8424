package org.dancu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import org.dancu.audit.Actor;
import org.dancu.audit.AuditEntry;
import org.dancu.audit.AuditLedger;
import org.dancu.audit.AuditTrail;
import org.dancu.audit.Outcome;
import org.dancu.audit.internal.LedgerSuperuser;
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

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int dancu(String... args) {
        PrintStream console = System.out;
        PrintStream errors = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            return Main.run(List.of(args), System.out, System.err);
        } finally {
            System.setOut(console);
            System.setErr(errors);
        }
    }

    private String printed() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void intactChainExitsZeroAndBrokenChainExitsOneWithTheBreak() {
        String object = UUID.randomUUID().toString();
        ledger.record(new AuditEntry(Actor.staff("lan.nt"), "register.person.read", "person", object, null, null,
                Outcome.SUCCESS, "original"));
        long seq = trail.findByObject("person", object, 1).get(0).seq();

        assertThat(dancu("audit-verify")).isZero();
        assertThat(printed()).containsPattern("(?m)^chain intact: \\d+ entries, head hash [0-9a-f]{64}$");

        out.reset();
        try (LedgerSuperuser superuser = LedgerSuperuser.tampering(dataSource)) {
            superuser.jdbc().sql("UPDATE audit.ledger SET detail = 'forged' WHERE seq = ?").param(seq).update();
            try {
                assertThat(dancu("audit-verify")).isEqualTo(AuditVerifyCommand.BROKEN);
                assertThat(printed()).containsPattern("(?m)^entry " + seq
                        + ": stored hash does not match its content$");
            } finally {
                superuser.jdbc().sql("UPDATE audit.ledger SET detail = 'original' WHERE seq = ?").param(seq).update();
            }
        }
    }

    @Test
    void strayArgumentIsRefusedBeforeAnythingStarts() {
        assertThat(dancu("audit-verify", "now")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("unexpected argument 'now'");
    }

    @Test
    void helpListsTheCommand() {
        assertThat(dancu("--help")).isZero();
        assertThat(printed()).contains("audit-verify");
    }
}
