package org.dancu.exchange.internal;

import org.bouncycastle.math.ec.rfc8032.Ed25519;

/** An active key (decoded once, for fast checks) and the partner (active too) and policy it speaks for. */
record PartnerKey(String keyId, String partnerCode, Ed25519.PublicPoint publicKey, Policy policy) {
}
