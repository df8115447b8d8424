package org.dancu.exchange.gateway;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.dancu.httpsig.NonceRegistry;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The nonces seen within the freshness window, in PostgreSQL so that every server of the gateway
 * shares them. The primary key decides a race between two copies of one request: exactly one
 * insert succeeds, on whichever server, whether or not the other has committed yet. The claims of
 * requests that arrive together are made in one statement ({@link GroupedCalls}); of two copies in
 * one statement, the first is claimed and the other refused.
 */
@Repository
class NonceStore implements NonceRegistry {

    private static final int MAX_BATCH = 256;

    private record Claim(String keyId, String nonce, Instant expiresAt) {

        String key() {
            return keyId + ' ' + nonce;
        }
    }

    private final JdbcClient jdbc;
    private final GroupedCalls<Claim, Boolean> claims;

    NonceStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.claims = new GroupedCalls<>("exchange-nonce-claims", MAX_BATCH, this::claimAll);
    }

    /** The claims' thread, started and stopped with the application. */
    GroupedCalls<?, ?> lifecycle() {
        return claims;
    }

    /**
     * Records the nonce; false when it was already recorded. Its statement is its own transaction,
     * committed asynchronously: a nonce is lost only if PostgreSQL itself crashes within a fraction
     * of a second of recording it, while every request is spared a WAL flush (the audit entry of the
     * request is flushed anyway).
     */
    @Override
    public boolean claim(String keyId, String nonce, Instant expiresAt) {
        return claims.call(new Claim(keyId, nonce, expiresAt));
    }

    private List<Boolean> claimAll(List<Claim> batch) {
        Set<String> sent = new HashSet<>();
        List<Claim> distinct = new ArrayList<>();
        for (Claim claim : batch) {
            if (sent.add(claim.key())) {
                distinct.add(claim);
            }
        }
        Set<String> claimed = new HashSet<>();
        jdbc.sql("""
                        WITH relaxed AS (SELECT set_config('synchronous_commit', 'off', true))
                        INSERT INTO exchange.nonce (key_id, nonce, expires_at)
                        SELECT k, n, to_timestamp(e)
                        FROM unnest(CAST(:keys AS text[]), CAST(:nonces AS text[]), CAST(:expires AS bigint[]))
                            AS c(k, n, e), relaxed
                        ON CONFLICT DO NOTHING
                        RETURNING key_id, nonce""")
                .param("keys", distinct.stream().map(Claim::keyId).toArray(String[]::new))
                .param("nonces", distinct.stream().map(Claim::nonce).toArray(String[]::new))
                .param("expires", distinct.stream().map(c -> c.expiresAt().getEpochSecond()).toArray(Long[]::new))
                .query(rs -> {
                    claimed.add(rs.getString(1) + ' ' + rs.getString(2));
                });
        // the first of copies in one batch takes the claim, the rest are refused
        return batch.stream().map(claim -> claimed.remove(claim.key())).toList();
    }

    int purgeExpired() {
        return jdbc.sql("DELETE FROM exchange.nonce WHERE expires_at < now()").update();
    }
}
