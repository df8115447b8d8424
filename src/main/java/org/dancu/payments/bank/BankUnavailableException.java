package org.dancu.payments.bank;

/** The bank could not be reached, or answered with an error; nothing was handed over. */
public class BankUnavailableException extends RuntimeException {

    public BankUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
