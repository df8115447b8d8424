package org.dancu.banksim.internal;

import java.util.Optional;

import org.dancu.banksim.BankSimulator;
import org.dancu.banksim.Holders;
import org.dancu.banksim.SimulatedAccounts;

/**
 * The simulated banks' accounts: a number of {@link SimulatedAccounts}' rule whose holder the simulator
 * knows, closed, blocked or shown masked as the seed draws for that bank and holder.
 */
final class Accounts {

    private final Holders holders;
    private final BankSimulator.Rates rates;
    private final long seed;

    Accounts(Holders holders, BankSimulator.Rates rates, long seed) {
        this.holders = holders;
        this.rates = rates;
        this.seed = seed;
    }

    /** The account of that number at that bank; empty when the bank has no such account. */
    Optional<Account> find(String bankBin, String number) {
        return SimulatedAccounts.holderOf(number).flatMap(holders::find).map(holder -> {
            String key = bankBin + number;
            double state = Draw.of(seed, "state", key);
            Account.State drawn = state < rates.closedAccounts() ? Account.State.CLOSED
                    : state < rates.closedAccounts() + rates.blockedAccounts() ? Account.State.BLOCKED
                    : Account.State.ACTIVE;
            return new Account(holder, drawn, Draw.of(seed, "masked", key) < rates.maskedNames());
        });
    }
}
