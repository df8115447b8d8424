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

    /**
     * Closes whatever welfare account the person holds (another test, of another programme, may have linked
     * one), so a test starts from a person without an account.
     */
    public static void none(ApplicationContext context, Pin holder) {
        context.getBean(JdbcClient.class).sql("""
                        UPDATE payments.account SET status = 'CLOSED', version = version + 1
                        WHERE pin = ? AND status IN ('VERIFIED', 'TO_REVIEW', 'CHECKING')""")
                .param(holder.value()).update();
    }

    /** Adds the person's verified account at that bank (closing any they held); returns its id. */
    public static long add(ApplicationContext context, Pin holder, String bankBin) {
        none(context, holder);
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
