package org.dancu.results.internal;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;
import java.util.concurrent.atomic.AtomicInteger;

import org.dancu.results.IssuedResult;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Stands in for the seal package (the province keys, the COSE seal, the offline QR text and the status
 * lists) until it joins this module: an ES256 key made at start-up, which signs the canonical record
 * the way the seal will (ECDSA P-256 over SHA-256, r‖s), a placeholder offline text, and status-list
 * indexes counted on from the highest stored.
 */
@Component
public class StandInSeal {

    /** A signature and the id of the key that made it. */
    public record Sealed(String keyId, byte[] signature) {
    }

    private static final String KEY_ID = "stand-in";
    private final KeyPair key;
    private final AtomicInteger nextIndex;

    StandInSeal(JdbcClient jdbc) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            this.key = generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("no P-256 on this platform", e);
        }
        this.nextIndex = new AtomicInteger(jdbc.sql("SELECT coalesce(max(status_index) + 1, 0) FROM results.result")
                .query(Integer.class).single());
    }

    public Sealed seal(byte[] canonicalRecord) {
        try {
            Signature signer = Signature.getInstance("SHA256withECDSAinP1363Format");
            signer.initSign(key.getPrivate());
            signer.update(canonicalRecord);
            return new Sealed(KEY_ID, signer.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign", e);
        }
    }

    public String offlineText(IssuedResult result) {
        return "VN1:" + result.code().value();
    }

    public int allocate() {
        return nextIndex.getAndIncrement();
    }
}
