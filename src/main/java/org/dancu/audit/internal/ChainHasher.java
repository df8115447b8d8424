package org.dancu.audit.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

/**
 * The ledger's hash: SHA-256 over a canonical encoding that no two different entries share.
 *
 * <pre>
 * format version  1 byte   (1)
 * seq             8 bytes  big-endian
 * occurred_at     8 bytes  big-endian microseconds since 1970-01-01T00:00Z
 * 9 text fields   each a 4-byte big-endian length of its UTF-8 bytes, then the bytes;
 *                 length -1 and no bytes for an absent value (so null and "" differ)
 *                 order: actor_kind, actor_id, action, object_type, object_id,
 *                        purpose, origin, outcome, detail
 * prev_hash       32 bytes
 * </pre>
 *
 * Not thread-safe: the writer and each verification use their own.
 */
final class ChainHasher {

    static final int HASH_LENGTH = 32;
    private static final byte FORMAT_VERSION = 1;
    private static final HexFormat HEX = HexFormat.of();

    private final MessageDigest digest;
    private final ByteBuffer scratch = ByteBuffer.allocate(Long.BYTES);

    ChainHasher() {
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
    }

    static byte[] genesis() {
        return new byte[HASH_LENGTH];
    }

    static String hex(byte[] hash) {
        return HEX.formatHex(hash);
    }

    /** The ledger keeps microseconds, so anything finer would not survive the round trip. */
    static Instant storablePrecision(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS);
    }

    byte[] hash(LedgerRow row) {
        return hash(row.seq(), row.occurredAt(), row.content(), row.prevHash());
    }

    byte[] hash(long seq, Instant occurredAt, EntryContent content, byte[] prevHash) {
        digest.reset();
        digest.update(FORMAT_VERSION);
        putLong(seq);
        putLong(ChronoUnit.MICROS.between(Instant.EPOCH, occurredAt));
        putText(content.actorKind());
        putText(content.actorId());
        putText(content.action());
        putText(content.objectType());
        putText(content.objectId());
        putText(content.purpose());
        putText(content.origin());
        putText(content.outcome());
        putText(content.detail());
        digest.update(prevHash);
        return digest.digest();
    }

    private void putText(String value) {
        if (value == null) {
            putInt(-1);
            return;
        }
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        putInt(bytes.length);
        digest.update(bytes);
    }

    private void putLong(long value) {
        scratch.clear();
        digest.update(scratch.putLong(value).array(), 0, Long.BYTES);
    }

    private void putInt(int value) {
        scratch.clear();
        digest.update(scratch.putInt(value).array(), 0, Integer.BYTES);
    }
}
