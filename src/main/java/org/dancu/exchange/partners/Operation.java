package org.dancu.exchange.partners;

/** What a partner may ask the gateway to do. */
public enum Operation { VERIFY, RETRIEVE, BULK_VERIFY }
