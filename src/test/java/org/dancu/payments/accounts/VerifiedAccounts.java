package org.dancu.payments.accounts;

import org.dancu.banksim.SimulatedAccounts;
import org.dancu.civil.Pin;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Test support for the parts that pay into accounts (cycles, reconciliation): a VERIFIED welfare account of
 * a person at a simulated bank, its number the simulator's for that person, sealed as the accounts keep it.
 */
public final class VerifiedAccounts {

    private VerifiedAccounts() {
    }

    /** Adds the person's verified account at that bank; returns its id. */
    public static long add(ApplicationContext context, Pin holder, String bankBin) {
        String number = SimulatedAccounts.numberOf(holder);
        AccountNumbers.SealedNumber sealed = context.getBean(AccountNumbers.class).seal(holder, bankBin, number);
        return context.getBean(JdbcClient.class).sql("""
                        INSERT INTO payments.account (version, pin, bank_bin, kind, number_cipher, number_hash,
                            number_last4, source, bank_name, name_verdict, status, linked_at, checked_at)
                        VALUES (0, ?, ?, 'BANK_ACCOUNT', ?, ?, ?, 'BANK', 'FIXTURE', 'MATCH', 'VERIFIED', now(), now())
                        RETURNING id""")
                .params(holder.value(), bankBin, sealed.cipher(), sealed.hash(), sealed.last4())
                .query(Long.class).single();
    }
}
