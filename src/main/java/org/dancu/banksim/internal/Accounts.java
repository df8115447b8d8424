package org.dancu.banksim.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.dancu.banksim.BankSimulator;
import org.dancu.banksim.Holder;
import org.dancu.banksim.Holders;
import org.dancu.banksim.SimulatedAccounts;
import org.dancu.civil.Pin;

/**
 * The simulated banks' accounts: a number of {@link SimulatedAccounts}' rule whose holder the simulator
 * knows, closed, blocked or shown masked as the seed draws for that bank and number.
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
        return Optional.ofNullable(findAll(bankBin, List.of(number)).get(number));
    }

    /** The accounts of these numbers at that bank, by number; numbers of no account absent. */
    Map<String, Account> findAll(String bankBin, Collection<String> numbers) {
        Map<String, Pin> pins = new HashMap<>();
        numbers.forEach(number -> SimulatedAccounts.holderOf(number).ifPresent(pin -> pins.put(number, pin)));
        Map<Pin, Holder> found = pins.isEmpty() ? Map.of() : holders.findAll(pins.values());
        Map<String, Account> accounts = new HashMap<>();
        pins.forEach((number, pin) -> {
            Holder holder = found.get(pin);
            if (holder != null) {
                accounts.put(number, account(bankBin, number, holder));
            }
        });
        return accounts;
    }

    private Account account(String bankBin, String number, Holder holder) {
        String key = bankBin + number;
        double state = Draw.of(seed, "state", key);
        Account.State drawn = state < rates.closedAccounts() ? Account.State.CLOSED
                : state < rates.closedAccounts() + rates.blockedAccounts() ? Account.State.BLOCKED
                : Account.State.ACTIVE;
        return new Account(holder, drawn, Draw.of(seed, "masked", key) < rates.maskedNames());
    }
}
