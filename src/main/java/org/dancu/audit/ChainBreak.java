package org.dancu.audit;

import java.util.Objects;

/**
 * The first place where the chain is not what it should be.
 *
 * @param kind  what is wrong
 * @param entry the sequence number where it shows: the broken entry, the first missing one, the first
 *              entry written outside the ledger's writer, or for the other head checks the last entry of the chain
 * @param other the second number the finding needs: for {@link Kind#MISSING} the entry the
 *              sequence jumps to, for the head checks the entry the head records; otherwise
 *              the entry before {@code entry}
 */
public record ChainBreak(Kind kind, long entry, long other) {

    public enum Kind {
        /** The entry's stored hash is not the hash of its stored content. */
        CONTENT,
        /** The entry's previous-hash is not the stored hash of the entry before it. */
        LINK,
        /** The first entry's previous-hash is not the 32 zero bytes that open the chain. */
        GENESIS,
        /** One or more sequence numbers are absent. */
        MISSING,
        /** The chain head records entries after the last one present. */
        TRUNCATED,
        /** Entries exist beyond the one the chain head records. */
        BEYOND_HEAD,
        /** The chain head's hash is not the last entry's hash. */
        HEAD_HASH,
        /** The chain head carries no signature (it was last moved before heads were signed). */
        HEAD_UNSIGNED,
        /**
         * The head's signature covers an earlier entry: the entries from {@code entry} to {@code other} were
         * chained and the head moved by someone without the ledger's key.
         */
        OUTSIDE_WRITER,
        /** The head's signature is not the ledger key's for any recent entry. */
        HEAD_SIGNATURE
    }

    public ChainBreak {
        Objects.requireNonNull(kind, "kind");
    }

    String messageCode() {
        return switch (kind) {
            case CONTENT -> "audit.verify.break.content";
            case LINK -> "audit.verify.break.link";
            case GENESIS -> "audit.verify.break.genesis";
            case MISSING -> other - entry == 1 ? "audit.verify.break.missing-one" : "audit.verify.break.missing-many";
            case TRUNCATED -> "audit.verify.break.truncated";
            case BEYOND_HEAD -> "audit.verify.break.beyond-head";
            case HEAD_HASH -> "audit.verify.break.head-hash";
            case HEAD_UNSIGNED -> "audit.verify.break.head-unsigned";
            case OUTSIDE_WRITER -> "audit.verify.break.outside-writer";
            case HEAD_SIGNATURE -> "audit.verify.break.head-signature";
        };
    }

    /** Numbers as plain digits: a grouped "1,234" would not read as a sequence number. */
    Object[] messageArguments() {
        return switch (kind) {
            case MISSING -> numbers(entry, entry - 1, other, other - 1);
            case OUTSIDE_WRITER -> numbers(entry, other, entry - 1);
            default -> numbers(entry, other);
        };
    }

    private static Object[] numbers(long... values) {
        Object[] texts = new Object[values.length];
        for (int i = 0; i < values.length; i++) {
            texts[i] = Long.toString(values[i]);
        }
        return texts;
    }
}
