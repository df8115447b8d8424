package org.dancu.banksim.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.dancu.banksim.BankSimulator;
import org.dancu.banksim.Holder;
import org.dancu.banksim.SimulatedAccounts;
import org.dancu.civil.PersonName;
import org.dancu.civil.Pin;
import org.junit.jupiter.api.Test;

/**
 * The simulated banks' accounts: the holder's name as a bank keeps it (upper-case, no accents, đ as D, masked
 * after the family name for a share of holders), and a share closed or blocked as the rates say.
 */
class AccountsTest {

    private static final Pin PIN = Pin.of("011090012345");
    private static final Holder HOLDER = new Holder(PIN, PersonName.of("Lò", "Văn", "Đúng"), true);
    private static final String NUMBER = SimulatedAccounts.numberOf(PIN);

    private static Accounts accounts(double closed, double blocked, double masked) {
        return new Accounts(pin -> pin.equals(PIN) ? Optional.of(HOLDER) : Optional.empty(),
                new BankSimulator.Rates(closed, blocked, 0, masked), 1);
    }

    @Test
    void theBankSpellsTheNameInCapitalsWithoutAccents() {
        Account account = accounts(0, 0, 0).find("970436", NUMBER).orElseThrow();

        assertThat(account.state()).isEqualTo(Account.State.ACTIVE);
        assertThat(account.holderName()).isEqualTo("LO VAN DUNG");
    }

    @Test
    void aMaskedNameKeepsTheFamilyNameAndTheFirstLetterOfEachOtherWord() {
        assertThat(accounts(0, 0, 1).find("970436", NUMBER).orElseThrow().holderName()).isEqualTo("LO V** D**");
    }

    @Test
    void theRatesCloseOrBlockAccounts() {
        assertThat(accounts(1, 0, 0).find("970436", NUMBER).orElseThrow().state()).isEqualTo(Account.State.CLOSED);
        assertThat(accounts(0, 1, 0).find("970436", NUMBER).orElseThrow().state()).isEqualTo(Account.State.BLOCKED);
    }

    @Test
    void aNumberOfNobodyTheBankKnowsIsNoAccount() {
        assertThat(accounts(0, 0, 0).find("970436", SimulatedAccounts.numberOf(Pin.of("011190654321")))).isEmpty();
        assertThat(accounts(0, 0, 0).find("970436", "1234")).isEmpty();
    }
}
