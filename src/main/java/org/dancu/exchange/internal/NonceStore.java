package org.dancu.exchange.internal;

import java.sql.Timestamp;
import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The nonces seen within the freshness window, in PostgreSQL so that every server of the gateway
 * shares them. The primary key decides a race between two copies of one request: exactly one
 * insert succeeds, whether or not the other has committed yet.
 */
@Repository
class NonceStore {

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;

    NonceStore(JdbcClient jdbc, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    /**
     * Records the nonce; false when it was already recorded. The commit is asynchronous: a nonce is
     * lost only if PostgreSQL itself crashes within a fraction of a second of recording it, while
     * every request is spared a WAL flush (the audit entry of the request is flushed anyway).
     */
    boolean claim(String keyId, String nonce, Instant expiresAt) {
        Integer inserted = transactions.execute(status -> {
            jdbc.sql("SET LOCAL synchronous_commit = off").update();
            return jdbc.sql("""
                            INSERT INTO exchange.nonce (key_id, nonce, expires_at) VALUES (:key, :nonce, :expires)
                            ON CONFLICT DO NOTHING""")
                    .param("key", keyId).param("nonce", nonce).param("expires", Timestamp.from(expiresAt))
                    .update();
        });
        return inserted != null && inserted == 1;
    }

    int purgeExpired() {
        return jdbc.sql("DELETE FROM exchange.nonce WHERE expires_at < now()").update();
    }
}
