package org.dancu.exchange.internal;

import java.security.PublicKey;

/** An active key and the partner (active too) and policy it speaks for. */
record PartnerKey(String keyId, String partnerCode, PublicKey publicKey, Policy policy) {
}
