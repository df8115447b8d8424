package org.dancu.payments.cycles;

import org.dancu.payments.Vnd;

/** A cycle's control totals: the lines to pay (every line not held or cancelled) and their sum. */
public record CycleTotals(int lineCount, Vnd controlSum) {
}
