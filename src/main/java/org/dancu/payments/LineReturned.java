package org.dancu.payments;

import org.dancu.civil.Pin;

/** A bank rejected or returned one line: an exception is open for an officer. */
public record LineReturned(long lineId, long cycleId, Pin pin, ReasonCode reason) {
}
