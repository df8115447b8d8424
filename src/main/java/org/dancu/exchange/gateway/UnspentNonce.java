package org.dancu.exchange.gateway;

import java.util.concurrent.atomic.AtomicReference;

import org.dancu.httpsig.Nonce;

/**
 * A checked request's nonce until the first ledger entry about the request claims it
 * ({@link ExchangeAudit}); none for a request refused before its nonce counts (stale, expired).
 */
final class UnspentNonce {

    private final AtomicReference<Nonce> nonce;

    private UnspentNonce(Nonce nonce) {
        this.nonce = new AtomicReference<>(nonce);
    }

    static UnspentNonce of(Nonce nonce) {
        return new UnspentNonce(nonce);
    }

    static UnspentNonce none() {
        return new UnspentNonce(null);
    }

    boolean unspent() {
        return nonce.get() != null;
    }

    /** The nonce, the first time; null after that, or when there is none. */
    Nonce take() {
        return nonce.getAndSet(null);
    }
}
