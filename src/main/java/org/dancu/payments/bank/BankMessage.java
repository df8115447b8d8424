package org.dancu.payments.bank;

/**
 * One message a bank sent back, as sent.
 *
 * @param sequence the bank's running number of its messages to us (the cursor of {@link Bank#messagesAfter})
 * @param type     {@code pain.002}, {@code camt.054} or {@code camt.053}
 */
public record BankMessage(long sequence, String type, byte[] content) {
}
