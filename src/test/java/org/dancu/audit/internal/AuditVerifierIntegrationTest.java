package org.dancu.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.dancu.audit.Actor;
import org.dancu.audit.AuditEntry;
import org.dancu.audit.AuditLedger;
import org.dancu.audit.AuditRecord;
import org.dancu.audit.AuditTrail;
import org.dancu.audit.AuditVerifier;
import org.dancu.audit.LedgerSuperuser;
import org.dancu.audit.Outcome;
import org.dancu.audit.VerificationReport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Tampers with the ledger the way a database superuser could, checks the exact report, and puts
 * every row back so the shared test database keeps an intact chain.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AuditVerifierIntegrationTest {

    @Autowired AuditLedger ledger;
    @Autowired AuditTrail trail;
    @Autowired AuditVerifier verifier;
    @Autowired DataSource dataSource;
    @Autowired MessageSource messages;

    /** Three fresh entries, oldest first; the newest is the last of the whole chain. */
    private List<AuditRecord> three;

    @BeforeEach
    void recordThree() {
        String object = UUID.randomUUID().toString();
        for (int i = 1; i <= 3; i++) {
            ledger.record(new AuditEntry(Actor.staff("officer-" + i), "register.person.read", "person", object,
                    "check", "10.0.0." + i, Outcome.SUCCESS, "entry " + i));
        }
        three = new ArrayList<>(trail.findByObject("person", object, 3));
        Collections.reverse(three);
        assertThat(report()).startsWith("chain intact: ");
    }

    private String report() {
        return messages.getMessage(verifier.verify(), Locale.ENGLISH);
    }

    private long seq(int index) {
        return three.get(index).seq();
    }

    @Test
    void intactChainReportsItsLengthAndHeadHash() {
        VerificationReport report = verifier.verify();
        assertThat(report.intact()).isTrue();
        assertThat(report.entries()).isEqualTo(seq(2));
        assertThat(report.lastHash()).isEqualTo(three.get(2).hash());
        assertThat(messages.getMessage(report, Locale.ENGLISH))
                .isEqualTo("chain intact: " + seq(2) + " entries, head hash " + three.get(2).hash());
    }

    @Test
    void changedContentIsReportedAtThatEntry() {
        whileTampered(db -> db.sql("UPDATE audit.ledger SET actor_id = 'someone-else' WHERE seq = ?")
                        .param(seq(1)).update(),
                () -> assertThat(report()).isEqualTo("entry " + seq(1) + ": stored hash does not match its content"));
    }

    @Test
    void rehashedEntryIsReportedAtTheNextLink() {
        LedgerRow original = row(seq(1));
        EntryContent forged = new EntryContent("STAFF", "someone-else", "register.person.read", "person",
                original.content().objectId(), "check", "10.0.0.2", "SUCCESS", "entry 2");
        byte[] forgedHash = new ChainHasher().hash(original.seq(), original.occurredAt(), forged, original.prevHash());
        whileTampered(db -> db.sql("UPDATE audit.ledger SET actor_id = 'someone-else', hash = ? WHERE seq = ?")
                        .params(forgedHash, seq(1)).update(),
                () -> assertThat(report()).isEqualTo("entry " + seq(2)
                        + ": previous-hash does not match the hash of entry " + seq(1)));
    }

    @Test
    void deletedEntryIsReportedAsMissing() {
        whileTampered(db -> db.sql("DELETE FROM audit.ledger WHERE seq = ?").param(seq(1)).update(),
                () -> assertThat(report()).isEqualTo("entry " + seq(1) + " is missing (sequence jumps from "
                        + seq(0) + " to " + seq(2) + ")"));
    }

    @Test
    void swappedEntriesAreReportedAtTheFirstOfThem() {
        whileTampered(db -> {
            db.sql("UPDATE audit.ledger SET seq = ? WHERE seq = ?").params(Long.MAX_VALUE, seq(0)).update();
            db.sql("UPDATE audit.ledger SET seq = ? WHERE seq = ?").params(seq(0), seq(1)).update();
            db.sql("UPDATE audit.ledger SET seq = ? WHERE seq = ?").params(seq(1), Long.MAX_VALUE).update();
        }, () -> assertThat(report()).isEqualTo("entry " + seq(0) + ": stored hash does not match its content"));
    }

    @Test
    void cutTailIsReportedAgainstTheChainHead() {
        whileTampered(db -> db.sql("DELETE FROM audit.ledger WHERE seq = ?").param(seq(2)).update(),
                () -> assertThat(report()).isEqualTo("the chain ends at entry " + seq(1)
                        + " but its head records entry " + seq(2) + ": the entries after " + seq(1) + " are missing"));
    }

    @Test
    void reportReadsInVietnameseToo() {
        whileTampered(db -> db.sql("UPDATE audit.ledger SET detail = 'forged' WHERE seq = ?").param(seq(0)).update(),
                () -> assertThat(messages.getMessage(verifier.verify(), Locale.forLanguageTag("vi")))
                        .isEqualTo("bản ghi " + seq(0) + ": mã băm đã lưu không khớp với nội dung"));
    }

    /**
     * Tampers as a superuser with triggers off, runs the check, then puts the three rows back as
     * they were and makes sure the chain is whole again.
     */
    private void whileTampered(Consumer<JdbcClient> tamper, Runnable check) {
        List<LedgerRow> originals = three.stream().map(record -> row(record.seq())).toList();
        try (LedgerSuperuser superuser = LedgerSuperuser.tampering(dataSource)) {
            JdbcClient db = superuser.jdbc();
            tamper.accept(db);
            try {
                check.run();
            } finally {
                db.sql("DELETE FROM audit.ledger WHERE seq BETWEEN ? AND ?").params(seq(0), seq(2)).update();
                originals.forEach(row -> insert(db, row));
            }
        }
        assertThat(verifier.verify().intact()).isTrue();
    }

    private LedgerRow row(long seq) {
        return JdbcClient.create(dataSource).sql("SELECT " + LedgerRows.COLUMNS + " FROM audit.ledger WHERE seq = ?")
                .param(seq).query((rs, n) -> LedgerRows.read(rs)).single();
    }

    private static void insert(JdbcClient db, LedgerRow row) {
        EntryContent c = row.content();
        db.sql("INSERT INTO audit.ledger (" + LedgerRows.COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(row.seq(), row.occurredAt().atOffset(ZoneOffset.UTC), c.actorKind(), c.actorId(), c.action(),
                        c.objectType(), c.objectId(), c.purpose(), c.origin(), c.outcome(), c.detail(),
                        row.prevHash(), row.hash())
                .update();
    }
}
