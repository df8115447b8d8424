package org.dancu.payments.reconciliation;

import java.util.Set;

/**
 * A bank's message was applied to the lines: whom to tell what ({@link PaymentNotices}) and which cycles
 * may now settle ({@link Settlement}).
 *
 * @param messageId the received message's row in {@code payments.message}
 */
public record BankMessageReconciled(long messageId, String bankBin, Set<Long> cycleIds) {
}
