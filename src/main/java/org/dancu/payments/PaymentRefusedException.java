package org.dancu.payments;

/**
 * What a person or a bank asked of payments was refused and nothing changed: the message key (in the
 * payments bundle) and its arguments say why, in words.
 */
public class PaymentRefusedException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    public PaymentRefusedException(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
