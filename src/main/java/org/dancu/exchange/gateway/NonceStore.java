package org.dancu.exchange.gateway;

import java.sql.Timestamp;
import java.time.Instant;

import org.dancu.httpsig.NonceRegistry;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The nonces seen within the freshness window, in PostgreSQL so that every server of the gateway
 * shares them. The primary key decides a race between two copies of one request: exactly one
 * insert succeeds, whether or not the other has committed yet.
 */
@Repository
class NonceStore implements NonceRegistry {

    private final JdbcClient jdbc;

    NonceStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Records the nonce; false when it was already recorded. One statement in its own transaction,
     * committed asynchronously: a nonce is lost only if PostgreSQL itself crashes within a fraction
     * of a second of recording it, while every request is spared a WAL flush and all but one round
     * trip (the audit entry of the request is flushed anyway).
     */
    @Override
    public boolean claim(String keyId, String nonce, Instant expiresAt) {
        return jdbc.sql("""
                        WITH relaxed AS (SELECT set_config('synchronous_commit', 'off', true))
                        INSERT INTO exchange.nonce (key_id, nonce, expires_at)
                        SELECT :key, :nonce, :expires FROM relaxed
                        ON CONFLICT DO NOTHING""")
                .param("key", keyId).param("nonce", nonce).param("expires", Timestamp.from(expiresAt))
                .update() == 1;
    }

    int purgeExpired() {
        return jdbc.sql("DELETE FROM exchange.nonce WHERE expires_at < now()").update();
    }
}
