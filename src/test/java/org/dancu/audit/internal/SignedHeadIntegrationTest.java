package org.dancu.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.UUID;

import javax.sql.DataSource;

import org.dancu.audit.Actor;
import org.dancu.audit.AuditEntry;
import org.dancu.audit.AuditLedger;
import org.dancu.audit.AuditUnavailableException;
import org.dancu.audit.AuditVerifier;
import org.dancu.audit.ChainBreak;
import org.dancu.audit.LedgerSuperuser;
import org.dancu.audit.Outcome;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The application's own database role, as an attacker who has its password: it may append to the ledger, but it
 * cannot move the head back, leave it unsigned, or move it forward over an entry of its own making without the
 * writer refusing to go on and the verifier naming the entry. Every test puts the head back as it was.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SignedHeadIntegrationTest {

    @Autowired AuditLedger ledger;
    @Autowired AuditVerifier verifier;
    @Autowired DataSource dataSource;
    @Autowired MessageSource messages;

    private JdbcClient app;
    private Head head;

    private record Head(long seq, byte[] hash, byte[] signature) {
    }

    @BeforeEach
    void recordOne() {
        ledger.record(entry("before"));
        app = JdbcClient.create(dataSource);
        head = app.sql("SELECT last_seq, last_hash, signature FROM audit.chain_head")
                .query((rs, n) -> new Head(rs.getLong(1), rs.getBytes(2), rs.getBytes(3))).single();
        assertThat(verifier.verify().intact()).isTrue();
    }

    private static AuditEntry entry(String detail) {
        return new AuditEntry(Actor.staff("lan.nt"), "register.person.read", "person", UUID.randomUUID().toString(),
                null, null, Outcome.SUCCESS, detail);
    }

    @Test
    void theHeadNeverMovesBack() {
        assertThatThrownBy(() -> app.sql("UPDATE audit.chain_head SET last_seq = last_seq - 1").update())
                .rootCause().hasMessageContaining("only moves forward");
        assertThatThrownBy(() -> app.sql("UPDATE audit.chain_head SET last_hash = '\\x00'::bytea || substring(last_hash, 2)")
                .update()).rootCause().hasMessageContaining("only moves forward");
    }

    @Test
    void theHeadCannotBeUnsignedOrPointedPastTheLedger() {
        assertThatThrownBy(() -> app.sql("UPDATE audit.chain_head SET last_seq = last_seq + 1, signature = NULL").update())
                .rootCause().hasMessageContaining("signature");
        assertThatThrownBy(() -> app.sql("UPDATE audit.chain_head SET last_seq = last_seq + 5").update())
                .rootCause().hasMessageContaining("must name an entry of the ledger");
    }

    @Test
    void anEntryForgedWithTheApplicationsRoleIsNamedAndStopsTheWriter() {
        long forgedSeq = head.seq() + 1;
        Instant at = ChainHasher.storablePrecision(Instant.now());
        EntryContent forged = new EntryContent("STAFF", "lan.nt", "security.login", "staff-account", "lan.nt", null,
                null, "SUCCESS", "forged");
        byte[] forgedHash = new ChainHasher().hash(forgedSeq, at, forged, head.hash());
        try {
            app.sql("INSERT INTO audit.ledger (" + LedgerRows.COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(forgedSeq, at.atOffset(ZoneOffset.UTC), forged.actorKind(), forged.actorId(),
                            forged.action(), forged.objectType(), forged.objectId(), forged.purpose(), forged.origin(),
                            forged.outcome(), forged.detail(), head.hash(), forgedHash)
                    .update();
            app.sql("UPDATE audit.chain_head SET last_seq = ?, last_hash = ?").params(forgedSeq, forgedHash).update();

            assertThat(verifier.verify().firstBreak())
                    .isEqualTo(new ChainBreak(ChainBreak.Kind.OUTSIDE_WRITER, forgedSeq, forgedSeq));
            assertThat(messages.getMessage(verifier.verify(), Locale.ENGLISH)).isEqualTo("entries " + forgedSeq
                    + " to " + forgedSeq + " were written outside the ledger's writer: the head's signature covers"
                    + " only the chain up to entry " + head.seq());
            assertThatThrownBy(() -> ledger.record(entry("after the forgery")))
                    .isInstanceOf(AuditUnavailableException.class);
        } finally {
            putBack(forgedSeq);
        }
        ledger.record(entry("after the head was put back"));
        assertThat(verifier.verify().intact()).isTrue();
    }

    /** As a superuser with triggers off: the forged entry out, the head as it was. */
    private void putBack(long forgedSeq) {
        try (LedgerSuperuser superuser = LedgerSuperuser.tampering(dataSource)) {
            superuser.jdbc().sql("DELETE FROM audit.ledger WHERE seq >= ?").param(forgedSeq).update();
            superuser.jdbc().sql("UPDATE audit.chain_head SET last_seq = ?, last_hash = ?, signature = ?")
                    .params(head.seq(), head.hash(), head.signature()).update();
        }
    }
}
