package org.dancu.payments.accounts;

import org.dancu.civil.Pin;
import org.springframework.stereotype.Component;

/**
 * The account numbers payments writes into the banks' files (pain.001 {@code CdtrAcct}): a stored number
 * opened for its holder, and never shown or logged.
 */
@Component
public class PayeeAccounts {

    private final AccountNumbers numbers;

    PayeeAccounts(AccountNumbers numbers) {
        this.numbers = numbers;
    }

    /** The account number sealed for that holder. */
    public String number(Pin holder, byte[] sealed) {
        return numbers.open(holder, sealed);
    }
}
