package org.dancu.exchange.internal;

/** A request the gateway refuses; the handler answers with the error's problem document. */
class ExchangeRefusal extends RuntimeException {

    private final ExchangeError error;

    ExchangeRefusal(ExchangeError error) {
        super(error.code(), null, false, false);
        this.error = error;
    }

    ExchangeError error() {
        return error;
    }
}
