package org.dancu.payments;

/** An officer resolved a payment exception: the line is re-paid, paid in cash, recovered or cancelled. */
public record PaymentExceptionResolved(long exceptionId, long lineId, Disposition disposition, String resolvedBy) {
}
