package org.dancu.payments.accounts;

import java.util.List;

import org.dancu.civil.Pin;
import org.springframework.stereotype.Component;

/**
 * Account numbers sealed as this feature stores them (encrypted for the holder, the keyed hash, the last
 * four digits) and the banks and wallets a welfare account may be at, for the demo's year of payments,
 * which writes its accounts in bulk rather than one portal link at a time.
 */
@Component
public class SealedAccounts {

    /** A number as stored: never the number itself. */
    public record Sealed(byte[] cipher, byte[] hash, String last4) {
    }

    private final AccountNumbers numbers;

    SealedAccounts(AccountNumbers numbers) {
        this.numbers = numbers;
    }

    public Sealed seal(Pin holder, String bankBin, String number) {
        AccountNumbers.SealedNumber sealed = numbers.seal(holder, bankBin, AccountNumbers.normalize(number));
        return new Sealed(sealed.cipher(), sealed.hash(), sealed.last4());
    }

    /** The BINs of the banks, or of the wallets, a welfare account may be at. */
    public static List<String> bins(boolean wallets) {
        Account.Kind kind = wallets ? Account.Kind.E_WALLET : Account.Kind.BANK_ACCOUNT;
        return PayingBanks.ALL.stream().filter(bank -> bank.kind() == kind).map(PayingBanks.PayingBank::bin).toList();
    }
}
