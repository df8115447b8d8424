package org.dancu.audit.internal;

import java.time.Instant;

/** A key an entry claims: no other entry may claim it until {@code keepUntil}. */
record Claim(String key, Instant keepUntil) {
}
