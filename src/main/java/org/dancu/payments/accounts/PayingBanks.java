package org.dancu.payments.accounts;

import java.util.List;
import java.util.Optional;

/**
 * The banks and wallets a person may choose for a welfare account, by their NAPAS bank identification
 * number (the six digits of VietQR's bank list). Their names are trade names, the same in both languages.
 */
final class PayingBanks {

    /** A bank or wallet: its BIN, its trade name and the kind of account it keeps. */
    record PayingBank(String bin, String name, Account.Kind kind) {
    }

    static final List<PayingBank> ALL = List.of(
            new PayingBank("970405", "Agribank", Account.Kind.BANK_ACCOUNT),
            new PayingBank("970418", "BIDV", Account.Kind.BANK_ACCOUNT),
            new PayingBank("970415", "VietinBank", Account.Kind.BANK_ACCOUNT),
            new PayingBank("970436", "Vietcombank", Account.Kind.BANK_ACCOUNT),
            new PayingBank("970422", "MB", Account.Kind.BANK_ACCOUNT),
            new PayingBank("970407", "Techcombank", Account.Kind.BANK_ACCOUNT),
            new PayingBank("970416", "ACB", Account.Kind.BANK_ACCOUNT),
            new PayingBank("970432", "VPBank", Account.Kind.BANK_ACCOUNT),
            new PayingBank("970403", "Sacombank", Account.Kind.BANK_ACCOUNT),
            new PayingBank("970449", "LPBank", Account.Kind.BANK_ACCOUNT),
            new PayingBank("971005", "Viettel Money", Account.Kind.E_WALLET),
            new PayingBank("971011", "VNPT Money", Account.Kind.E_WALLET));

    private PayingBanks() {
    }

    static Optional<PayingBank> find(String bin) {
        return ALL.stream().filter(bank -> bank.bin().equals(bin)).findFirst();
    }
}
