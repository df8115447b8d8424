package org.dancu.smssim;

import java.util.List;
import java.util.Optional;

/** What the simulated gateway received: for its page, the tests and the benchmark's count. */
public interface SimulatedSmsGateway {

    /** The latest messages, newest first. */
    List<SimulatedSms> latest(int limit);

    Optional<SimulatedSms> byKey(String idempotencyKey);

    /** Messages received, each idempotency key once. */
    long received();

    /** Requests that repeated a key already received (and were not sent again). */
    long repeats();
}
