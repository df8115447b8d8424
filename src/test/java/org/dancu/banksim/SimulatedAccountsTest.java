package org.dancu.banksim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.dancu.civil.Pin;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The simulated banks' account numbers: one per person, 13 digits, from which the bank finds the holder again. */
class SimulatedAccountsTest {

    @ParameterizedTest
    @ValueSource(strings = {"011090012345", "011190654321", "001099000001", "096205999999"})
    void anAccountNumberLeadsBackToItsHolder(String id) {
        Pin pin = Pin.of(id);

        String number = SimulatedAccounts.numberOf(pin);

        assertThat(number).matches("1[0-9]{12}").doesNotContain(id);
        assertThat(SimulatedAccounts.holderOf(number)).contains(pin);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "12345", "0123456789012", "1234567890123x", "12345678901234"})
    void anyOtherNumberHasNoHolder(String number) {
        assertThat(SimulatedAccounts.holderOf(number)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"011090012345", "011190654321"})
    void aNumberWithOneDigitChangedIsAnotherPersonsOrNobodys(String id) {
        String number = SimulatedAccounts.numberOf(Pin.of(id));
        String mistyped = number.substring(0, 12) + (char) ('0' + (number.charAt(12) - '0' + 1) % 10);

        assertThat(SimulatedAccounts.holderOf(mistyped)).isNotEqualTo(Optional.of(Pin.of(id)));
    }
}
