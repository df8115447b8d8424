package org.dancu.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.dancu.audit.ChainBreak;
import org.dancu.audit.ChainBreak.Kind;
import org.dancu.audit.VerificationReport;
import org.junit.jupiter.api.Test;

class ChainWalkTest {

    private static final LedgerKey KEY = LedgerKey.inMemory();
    private static final Instant AT = Instant.parse("2025-07-01T00:00:00Z");
    private final ChainHasher hasher = new ChainHasher();

    /** A correctly chained ledger of the given length. */
    private List<LedgerRow> chain(int length) {
        List<LedgerRow> rows = new ArrayList<>();
        byte[] prev = ChainHasher.genesis();
        for (long seq = 1; seq <= length; seq++) {
            EntryContent content = ChainHasherTest.content("officer" + seq, "register.person.read", "p" + seq, null);
            byte[] hash = hasher.hash(seq, AT, content, prev);
            rows.add(new LedgerRow(seq, AT, content, prev, hash));
            prev = hash;
        }
        return rows;
    }

    private static VerificationReport walk(List<LedgerRow> rows, long headSeq, byte[] headHash) {
        return walk(rows, headSeq, headHash, KEY.sign(headSeq, headHash));
    }

    private static VerificationReport walk(List<LedgerRow> rows, long headSeq, byte[] headHash, byte[] signature) {
        ChainWalk walk = new ChainWalk(KEY);
        rows.forEach(walk::accept);
        return walk.finish(headSeq, headHash, signature);
    }

    private static VerificationReport walk(List<LedgerRow> rows) {
        LedgerRow last = rows.get(rows.size() - 1);
        return walk(rows, last.seq(), last.hash());
    }

    @Test
    void intactChainReportsCountAndHeadHash() {
        List<LedgerRow> rows = chain(5);
        VerificationReport report = walk(rows);
        assertThat(report.intact()).isTrue();
        assertThat(report.entries()).isEqualTo(5);
        assertThat(report.lastHash()).isEqualTo(ChainHasher.hex(rows.get(4).hash()));
    }

    @Test
    void emptyLedgerIsIntact() {
        VerificationReport report = walk(List.of(), 0, ChainHasher.genesis());
        assertThat(report.intact()).isTrue();
        assertThat(report.entries()).isZero();
        assertThat(report.lastHash()).isEqualTo("0".repeat(64));
    }

    @Test
    void changedContentIsCaughtAtThatEntry() {
        List<LedgerRow> rows = chain(5);
        LedgerRow row = rows.get(2);
        rows.set(2, new LedgerRow(3, row.occurredAt(), ChainHasherTest.content("someone-else", "register.person.read",
                "p3", null), row.prevHash(), row.hash()));
        VerificationReport report = walk(rows);
        assertThat(report.firstBreak()).isEqualTo(new ChainBreak(Kind.CONTENT, 3, 2));
        assertThat(report.entries()).isEqualTo(2);
    }

    @Test
    void rehashedEntryIsCaughtAtItsSuccessor() {
        List<LedgerRow> rows = chain(5);
        LedgerRow row = rows.get(2);
        EntryContent forged = ChainHasherTest.content("someone-else", "register.person.read", "p3", null);
        rows.set(2, new LedgerRow(3, AT, forged, row.prevHash(), hasher.hash(3, AT, forged, row.prevHash())));
        assertThat(walk(rows).firstBreak()).isEqualTo(new ChainBreak(Kind.LINK, 4, 3));
    }

    @Test
    void firstEntryMustStartFromZeroBytes() {
        EntryContent content = ChainHasherTest.content("a", "b", "c", null);
        byte[] notGenesis = new byte[32];
        notGenesis[0] = 9;
        LedgerRow first = new LedgerRow(1, AT, content, notGenesis, hasher.hash(1, AT, content, notGenesis));
        assertThat(walk(List.of(first)).firstBreak()).isEqualTo(new ChainBreak(Kind.GENESIS, 1, 0));
    }

    @Test
    void gapsAreReportedWithTheJump() {
        List<LedgerRow> rows = chain(8);
        rows.subList(3, 6).clear();
        VerificationReport report = walk(rows);
        assertThat(report.firstBreak()).isEqualTo(new ChainBreak(Kind.MISSING, 4, 7));
        assertThat(report.getCodes()).containsExactly("audit.verify.break.missing-many");
        assertThat(report.getArguments()).containsExactly("4", "3", "7", "6");
    }

    @Test
    void missingFirstEntryIsAGapFromZero() {
        List<LedgerRow> rows = chain(3);
        rows.remove(0);
        assertThat(walk(rows).firstBreak()).isEqualTo(new ChainBreak(Kind.MISSING, 1, 2));
    }

    @Test
    void onlyTheFirstBreakIsReported() {
        List<LedgerRow> rows = chain(6);
        rows.remove(4);
        rows.remove(1);
        assertThat(walk(rows).firstBreak()).isEqualTo(new ChainBreak(Kind.MISSING, 2, 3));
    }

    @Test
    void headBeyondTheLastEntryMeansTheTailWasCut() {
        List<LedgerRow> rows = chain(5);
        LedgerRow last = rows.remove(4);
        assertThat(walk(rows, 5, last.hash()).firstBreak()).isEqualTo(new ChainBreak(Kind.TRUNCATED, 4, 5));
    }

    @Test
    void entriesBeyondTheHeadWereNotWrittenByTheLedger() {
        List<LedgerRow> rows = chain(5);
        assertThat(walk(rows, 4, rows.get(3).hash()).firstBreak()).isEqualTo(new ChainBreak(Kind.BEYOND_HEAD, 5, 4));
    }

    @Test
    void headHashMustBeTheLastHash() {
        List<LedgerRow> rows = chain(5);
        assertThat(walk(rows, 5, rows.get(3).hash()).firstBreak()).isEqualTo(new ChainBreak(Kind.HEAD_HASH, 5, 5));
    }

    @Test
    void entriesChainedAfterTheLastSignedHeadAreNamed() {
        List<LedgerRow> rows = chain(7);
        byte[] signedAtFive = KEY.sign(5, rows.get(4).hash());
        VerificationReport report = walk(rows, 7, rows.get(6).hash(), signedAtFive);
        assertThat(report.firstBreak()).isEqualTo(new ChainBreak(Kind.OUTSIDE_WRITER, 6, 7));
    }

    @Test
    void aHeadSignedByAnotherKeyVouchesForNothing() {
        List<LedgerRow> rows = chain(3);
        byte[] otherKeys = LedgerKey.generated().sign(3, rows.get(2).hash());
        assertThat(walk(rows, 3, rows.get(2).hash(), otherKeys).firstBreak())
                .isEqualTo(new ChainBreak(Kind.HEAD_SIGNATURE, 3, 3));
    }

    @Test
    void anUnsignedHeadIsReported() {
        List<LedgerRow> rows = chain(3);
        assertThat(walk(rows, 3, rows.get(2).hash(), null).firstBreak())
                .isEqualTo(new ChainBreak(Kind.HEAD_UNSIGNED, 3, 3));
    }

    @Test
    void anEmptyLedgerNeedsNoSignature() {
        assertThat(walk(List.of(), 0, ChainHasher.genesis(), null).intact()).isTrue();
    }
}
