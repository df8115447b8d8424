package org.dancu.exchange.internal;

import org.dancu.httpsig.VerificationKey;

/** An active key (decoded once, for fast checks) and the partner (active too) and policy it speaks for. */
record PartnerKey(String keyId, String partnerCode, VerificationKey publicKey, Policy policy) {
}
