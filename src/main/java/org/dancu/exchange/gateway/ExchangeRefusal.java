package org.dancu.exchange.gateway;

/** A request the gateway refuses; the handler answers with the error's problem document. */
public class ExchangeRefusal extends RuntimeException {

    private final ExchangeError error;

    public ExchangeRefusal(ExchangeError error) {
        super(error.code(), null, false, false);
        this.error = error;
    }

    public ExchangeError error() {
        return error;
    }
}
