package org.dancu.exchange.gateway;

/** A refusal of a request whose signature checked out: the ledger names the partner. */
class PartnerRefusal extends ExchangeRefusal {

    private final PartnerRequest request;

    PartnerRefusal(PartnerRequest request, ExchangeError error) {
        super(error);
        this.request = request;
    }

    PartnerRequest request() {
        return request;
    }
}
