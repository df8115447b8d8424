package org.dancu.exchange.internal;

/** What a partner may ask the gateway to do. */
enum Operation { VERIFY, RETRIEVE, BULK_VERIFY }
