package org.dancu.banksim;

import java.math.BigInteger;
import java.util.List;
import java.util.Optional;

import org.dancu.civil.ParseResult;
import org.dancu.civil.Pin;

/**
 * The simulated banks' synthetic accounts: every person the simulator knows holds one account at each
 * simulated bank, numbered by a fixed one-to-one rule from their ID (13 digits: {@code 1}, then
 * {@code (ID × 761838257287 + 193707721) mod 10¹²} in 12 digits), so that tests and the demo can name a
 * person's account and the bank can find its holder without a table. Any other number is unknown there.
 */
public final class SimulatedAccounts {

    /** NAPAS bank identification numbers the simulator answers for: Vietcombank, VietinBank, BIDV, Agribank, LPBank. */
    public static final List<String> BANK_BINS = List.of("970436", "970415", "970418", "970405", "970449");

    private static final BigInteger MODULUS = BigInteger.TEN.pow(Pin.LENGTH);
    private static final BigInteger FACTOR = BigInteger.valueOf(761_838_257_287L);
    private static final BigInteger INVERSE = FACTOR.modInverse(MODULUS);
    private static final BigInteger OFFSET = BigInteger.valueOf(193_707_721L);

    private SimulatedAccounts() {
    }

    /** The person's account number at any simulated bank. */
    public static String numberOf(Pin pin) {
        BigInteger scrambled = new BigInteger(pin.value()).multiply(FACTOR).add(OFFSET).mod(MODULUS);
        return "1" + twelveDigits(scrambled);
    }

    /** The holder's ID of an account number of the rule; empty for any other number. */
    public static Optional<Pin> holderOf(String accountNumber) {
        if (accountNumber == null || !accountNumber.matches("1[0-9]{12}")) {
            return Optional.empty();
        }
        BigInteger pin = new BigInteger(accountNumber.substring(1)).subtract(OFFSET).multiply(INVERSE).mod(MODULUS);
        ParseResult<Pin, Pin.Invalid> parsed = Pin.parse(twelveDigits(pin));
        return parsed.isValid() ? Optional.of(parsed.value()) : Optional.empty();
    }

    private static String twelveDigits(BigInteger value) {
        String digits = value.toString();
        return "0".repeat(Pin.LENGTH - digits.length()) + digits;
    }
}
