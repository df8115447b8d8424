package org.dancu.results.seal;

import org.springframework.stereotype.Component;

/**
 * The province's seal on results: {@link #seal} signs a result's canonical record with the active key
 * (COSE_Sign1, ES256, the payload detached); {@link #verifies} checks such a seal against the trust list's keys.
 */
@Component
public class ResultSeal {

    private final ProvinceKeys keys;

    ResultSeal(ProvinceKeys keys) {
        this.keys = keys;
    }

    /** Signs the canonical record with the active key. */
    public Sealed seal(byte[] canonicalRecord) {
        ProvinceKeys.SigningKey key = keys.signing();
        return new Sealed(key.keyId(), CoseSign1.signDetached(key.keyId(), key.privateKey(), canonicalRecord));
    }

    /** Whether the seal is a province key's signature over exactly this record (whatever the key's state now). */
    public boolean verifies(byte[] canonicalRecord, Sealed sealed) {
        CoseSign1.Read read;
        try {
            read = CoseSign1.read(sealed.signature());
        } catch (IllegalArgumentException e) {
            return false;
        }
        return read.keyId().equals(sealed.keyId()) && keys.all().stream()
                .filter(key -> key.keyId().equals(read.keyId()))
                .anyMatch(key -> read.signedBy(key.publicKey(), canonicalRecord));
    }
}
