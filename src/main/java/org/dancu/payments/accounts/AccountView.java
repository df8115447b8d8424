package org.dancu.payments.accounts;

import java.time.Instant;

import org.dancu.payments.NameVerdict;

/** An account as a page shows it: the bank's name, the number masked, its state and the name check's verdict. */
record AccountView(long id, String bank, Account.Kind kind, String maskedNumber, Account.Status status,
                   NameVerdict verdict, Double score, String bankName, Account.Source source, Instant linkedAt) {

    static AccountView of(Account account) {
        return new AccountView(account.id(), PayingBanks.find(account.bankBin()).map(PayingBanks.PayingBank::name)
                .orElse(account.bankBin()), account.kind(), account.number().masked(), account.status(),
                account.verdict(), account.score(), account.bankName(), account.source(), account.linkedAt());
    }
}
