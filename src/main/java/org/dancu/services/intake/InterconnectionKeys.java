package org.dancu.services.intake;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

import org.dancu.httpsig.VerificationKey;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The keys of the national interconnection software, by key id; a withdrawn key is found no more. */
@Repository
class InterconnectionKeys {

    record SenderKey(String keyId, VerificationKey publicKey) {
    }

    private final JdbcClient jdbc;

    InterconnectionKeys(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<SenderKey> find(String keyId) {
        return jdbc.sql("SELECT key_id, public_key FROM services.interconnection_key WHERE key_id = ? AND withdrawn_at IS NULL")
                .param(keyId)
                .query((rs, row) -> new SenderKey(rs.getString(1), VerificationKey.of(VerificationKey.parse(rs.getString(2)))))
                .optional();
    }

    /** Records a key (PEM, base64 DER or base64 raw), refused by {@link VerificationKey#parse} when it is none. */
    void add(String keyId, String publicKey, String addedBy, Instant at) {
        VerificationKey.parse(publicKey);
        jdbc.sql("INSERT INTO services.interconnection_key (key_id, public_key, added_by, added_at) VALUES (?, ?, ?, ?)")
                .params(keyId, publicKey.strip(), addedBy, at.atOffset(ZoneOffset.UTC)).update();
    }

    void withdraw(String keyId, Instant at) {
        jdbc.sql("UPDATE services.interconnection_key SET withdrawn_at = ? WHERE key_id = ? AND withdrawn_at IS NULL")
                .params(at.atOffset(ZoneOffset.UTC), keyId).update();
    }
}
