package org.dancu.exchange.partners;

import org.dancu.httpsig.VerificationKey;

/** An active key (decoded once, for fast checks) and the partner (active too) and policy it speaks for. */
public record PartnerKey(String keyId, String partnerCode, VerificationKey publicKey, Policy policy) {
}
