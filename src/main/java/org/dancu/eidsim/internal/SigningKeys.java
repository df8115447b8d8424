package org.dancu.eidsim.internal;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.List;
import java.util.UUID;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;

/**
 * The simulator's RSA keys, made at each start: the one its JWKS publishes and signs with, and a foreign
 * one it never publishes, which a token is signed with only when asked for by its key id (the
 * {@code FOREIGN_KEY} misbehaviour), so that the JWKS endpoint never shows it.
 */
final class SigningKeys implements JWKSource<SecurityContext> {

    private final JWKSet published;
    private final JWKSet foreign;

    private SigningKeys(RSAKey published, RSAKey foreign) {
        this.published = new JWKSet(published);
        this.foreign = new JWKSet(foreign);
    }

    static SigningKeys generate() {
        return new SigningKeys(rsaKey(), rsaKey());
    }

    String foreignKeyId() {
        return foreign.getKeys().get(0).getKeyID();
    }

    @Override
    public List<JWK> get(JWKSelector selector, SecurityContext context) {
        var keyIds = selector.getMatcher().getKeyIDs();
        return selector.select(keyIds != null && keyIds.contains(foreignKeyId()) ? foreign : published);
    }

    private static RSAKey rsaKey() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            return new RSAKey.Builder((RSAPublicKey) pair.getPublic()).privateKey((RSAPrivateKey) pair.getPrivate())
                    .keyID(UUID.randomUUID().toString()).build();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("no RSA in this JVM", e);
        }
    }
}
