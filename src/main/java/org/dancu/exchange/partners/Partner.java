package org.dancu.exchange.partners;

/** A partner agency's system registered with the gateway. */
record Partner(String code, String name, String agency, String systems, String contact, boolean active) {
}
