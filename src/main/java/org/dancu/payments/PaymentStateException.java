package org.dancu.payments;

/** A transition asked from the wrong state (approving an open cycle, paying a held line …). */
public class PaymentStateException extends PaymentRefusedException {

    public PaymentStateException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
