package org.dancu.audit.internal;

import java.util.Arrays;

import org.dancu.audit.ChainBreak;
import org.dancu.audit.ChainBreak.Kind;
import org.dancu.audit.VerificationReport;

/**
 * Follows the chain one row at a time, in sequence order, keeping only the last intact entry and the hashes
 * of the most recent ones (to tell which entries a bad head signature leaves unvouched): the verification
 * logic without the database, so it is tested on its own.
 */
final class ChainWalk {

    /** Entries searched back from the head for the one its signature covers. */
    static final int RECENT = 4096;

    private final ChainHasher hasher = new ChainHasher();
    private final LedgerKey key;
    private final byte[][] recentHashes = new byte[RECENT][];
    private long intact;
    private long lastSeq;
    private byte[] lastHash = ChainHasher.genesis();
    private ChainBreak firstBreak;

    ChainWalk(LedgerKey key) {
        this.key = key;
    }

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
        recentHashes[(int) (lastSeq % RECENT)] = lastHash;
        return true;
    }

    /**
     * The report, once every row has been offered; the head row must match the last entry and carry the
     * ledger key's signature.
     */
    VerificationReport finish(long headSeq, byte[] headHash, byte[] headSignature) {
        if (firstBreak == null) {
            if (headSeq > lastSeq) {
                firstBreak = new ChainBreak(Kind.TRUNCATED, lastSeq, headSeq);
            } else if (headSeq < lastSeq) {
                firstBreak = new ChainBreak(Kind.BEYOND_HEAD, lastSeq, headSeq);
            } else if (!Arrays.equals(headHash, lastHash)) {
                firstBreak = new ChainBreak(Kind.HEAD_HASH, lastSeq, headSeq);
            } else if (headSeq > 0 && !key.verifies(headSeq, headHash, headSignature)) {
                firstBreak = unvouched(headSeq, headSignature);
            }
        }
        return new VerificationReport(intact, ChainHasher.hex(lastHash), firstBreak);
    }

    /** The entries after the newest one the head's signature covers, or the whole head when it covers none near. */
    private ChainBreak unvouched(long headSeq, byte[] headSignature) {
        if (headSignature == null) {
            return new ChainBreak(Kind.HEAD_UNSIGNED, headSeq, headSeq);
        }
        for (long seq = headSeq - 1; seq > Math.max(0, headSeq - RECENT); seq--) {
            if (key.verifies(seq, recentHashes[(int) (seq % RECENT)], headSignature)) {
                return new ChainBreak(Kind.OUTSIDE_WRITER, seq + 1, headSeq);
            }
        }
        return new ChainBreak(Kind.HEAD_SIGNATURE, headSeq, headSeq);
    }

    private boolean broken(ChainBreak found) {
        firstBreak = found;
        return false;
    }
}
