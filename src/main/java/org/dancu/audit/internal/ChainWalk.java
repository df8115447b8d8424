package org.dancu.audit.internal;

import java.util.Arrays;

import org.dancu.audit.ChainBreak;
import org.dancu.audit.ChainBreak.Kind;
import org.dancu.audit.VerificationReport;

/**
 * Follows the chain one row at a time, in sequence order, keeping only the last intact entry:
 * the verification logic without the database, so it is tested on its own.
 */
final class ChainWalk {

    private final ChainHasher hasher = new ChainHasher();
    private long intact;
    private long lastSeq;
    private byte[] lastHash = ChainHasher.genesis();
    private ChainBreak firstBreak;

    /** Checks the next row; false once the chain is broken, after which further rows are not looked at. */
    boolean accept(LedgerRow row) {
        if (firstBreak != null) {
            return false;
        }
        long expected = lastSeq + 1;
        if (row.seq() != expected) {
            return broken(new ChainBreak(Kind.MISSING, expected, row.seq()));
        }
        if (!Arrays.equals(hasher.hash(row), row.hash())) {
            return broken(new ChainBreak(Kind.CONTENT, row.seq(), lastSeq));
        }
        if (!Arrays.equals(row.prevHash(), lastHash)) {
            return broken(new ChainBreak(row.seq() == 1 ? Kind.GENESIS : Kind.LINK, row.seq(), lastSeq));
        }
        intact++;
        lastSeq = row.seq();
        lastHash = row.hash();
        return true;
    }

    /** The report, once every row has been offered; the head row must match the last entry. */
    VerificationReport finish(long headSeq, byte[] headHash) {
        if (firstBreak == null) {
            if (headSeq > lastSeq) {
                firstBreak = new ChainBreak(Kind.TRUNCATED, lastSeq, headSeq);
            } else if (headSeq < lastSeq) {
                firstBreak = new ChainBreak(Kind.BEYOND_HEAD, lastSeq, headSeq);
            } else if (!Arrays.equals(headHash, lastHash)) {
                firstBreak = new ChainBreak(Kind.HEAD_HASH, lastSeq, headSeq);
            }
        }
        return new VerificationReport(intact, ChainHasher.hex(lastHash), firstBreak);
    }

    private boolean broken(ChainBreak found) {
        firstBreak = found;
        return false;
    }
}
