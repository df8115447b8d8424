package org.dancu.payments.accounts;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.dancu.audit.Actor;
import org.dancu.audit.Outcome;
import org.dancu.civil.Pin;
import org.dancu.payments.PaymentRefusedException;
import org.dancu.payments.bank.Bank;
import org.dancu.payments.bank.NameAnswer;
import org.dancu.register.RegisteredPerson;
import org.dancu.register.RegisteredPersons;
import org.dancu.security.Scope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The accounts people are paid into: linked by the citizen in the portal (the bank asked for the holder's
 * name) or reported by the bank (with the holder's name), checked against the register's name
 * ({@link NameMatch}), close matches reviewed by an officer of the person's commune. A refusal changes
 * nothing; every link, refusal and decision is in the ledger against the person.
 */
@Service
class WelfareAccounts {

    private final Accounts accounts;
    private final AccountNumbers numbers;
    private final AccountReviewQuery reviewQuery;
    private final AccountAudit audit;
    private final RegisteredPersons persons;
    private final Bank bank;
    private final TransactionTemplate transaction;
    private final Clock clock;

    WelfareAccounts(Accounts accounts, AccountNumbers numbers, AccountReviewQuery reviewQuery, AccountAudit audit,
                    RegisteredPersons persons, Bank bank, TransactionTemplate transaction) {
        this.accounts = accounts;
        this.numbers = numbers;
        this.reviewQuery = reviewQuery;
        this.audit = audit;
        this.persons = persons;
        this.bank = bank;
        this.transaction = transaction;
        this.clock = Clock.systemUTC();
    }

    /** The citizen's current account, for their own page. */
    Optional<Account> currentOf(Pin pin) {
        return accounts.currentOf(pin);
    }

    /**
     * The citizen links an account in the portal: the bank is asked whose it is and the answer compared
     * with the register's name. The account replaces the citizen's current one.
     *
     * @throws PaymentRefusedException (nothing changed, the refusal in the ledger) for an unknown bank, a number
     *                                 that is not one, an account the bank does not know, closed or blocked or
     *                                 does not answer for, an account another person holds, a name that does not match
     */
    Account link(Pin pin, String bankBin, String typedNumber, String origin) {
        Actor citizen = Actor.citizen(pin);
        return refusalsAudited(citizen, pin, origin, () -> {
            PayingBanks.PayingBank chosen = PayingBanks.find(bankBin)
                    .orElseThrow(() -> new PaymentRefusedException("payments.accounts.refused.bank"));
            String number = AccountNumbers.normalize(typedNumber);
            RegisteredPerson person = holder(pin);
            refuseTaken(pin, chosen.bin(), number);
            NameAnswer answer = bank.nameOf(chosen.bin(), number);
            return store(person, chosen, number, holderName(answer), Account.Source.PORTAL, citizen, origin);
        });
    }

    /**
     * A bank reports the account it keeps for a person, with the holder's name as it keeps it.
     *
     * @throws PaymentRefusedException as {@link #link} does
     */
    Account reported(Pin pin, String bankBin, String typedNumber, String holderName, String origin) {
        Actor reporter = Actor.system("bank:" + bankBin);
        return refusalsAudited(reporter, pin, origin, () -> {
            PayingBanks.PayingBank reporting = PayingBanks.find(bankBin)
                    .orElseThrow(() -> new PaymentRefusedException("payments.accounts.refused.bank"));
            String number = AccountNumbers.normalize(typedNumber);
            RegisteredPerson person = holder(pin);
            refuseTaken(pin, reporting.bin(), number);
            return store(person, reporting, number, holderName, Account.Source.BANK, reporter, origin);
        });
    }

    /** The accounts an officer's scope has to review, oldest first; the persons shown are in the ledger. */
    List<ReviewItem> toReview(Scope scope, Actor officer, String origin) {
        List<Account> queue = reviewQuery.toReview(scope);
        if (queue.isEmpty()) {
            return List.of();
        }
        audit.readForReview(officer, queue.stream().map(Account::pin).toList(), origin);
        Map<Pin, String> names = persons.byPins(queue.stream().map(Account::pin).toList()).stream()
                .collect(Collectors.toMap(RegisteredPerson::pin, person -> person.name().fullName()));
        return queue.stream().map(account -> new ReviewItem(account, names.getOrDefault(account.pin(), ""))).toList();
    }

    /** An account in the queue with the register's name, to set beside the bank's. */
    record ReviewItem(Account account, String registerName) {
    }

    /** An officer accepts a close match: the account is verified. */
    void accept(long accountId, Scope scope, Actor officer, String origin) {
        decide(accountId, scope, officer, origin, "payments.account.accept", account -> account.accept(officer.id()));
    }

    /** An officer refuses a close match: nothing is paid into it. */
    void refuse(long accountId, Scope scope, Actor officer, String origin) {
        decide(accountId, scope, officer, origin, "payments.account.refuse", account -> account.refuse(officer.id()));
    }

    private void decide(long accountId, Scope scope, Actor officer, String origin, String action,
                        Consumer<Account> decision) {
        Account account = accounts.findById(accountId)
                .orElseThrow(() -> new PaymentRefusedException("payments.accounts.refused.unknown"));
        try {
            if (!reviewQuery.reaches(scope, accountId)) {
                throw new PaymentRefusedException("payments.accounts.refused.unknown");
            }
            transaction.executeWithoutResult(status -> {
                decision.accept(account);
                accounts.save(account);
            });
        } catch (PaymentRefusedException refused) {
            audit.record(officer, action, account.pin(), origin, Outcome.DENIED, refused.messageKey());
            throw refused;
        }
        audit.record(officer, action, account.pin(), origin, Outcome.SUCCESS, "account " + accountId);
    }

    private RegisteredPerson holder(Pin pin) {
        RegisteredPerson person = persons.byPin(pin)
                .orElseThrow(() -> new PaymentRefusedException("payments.accounts.refused.person"));
        if (!person.alive()) {
            throw new PaymentRefusedException("payments.accounts.refused.dead");
        }
        return person;
    }

    private void refuseTaken(Pin pin, String bankBin, String number) {
        if (accounts.otherHolder(numbers.hash(bankBin, number), pin).isPresent()) {
            throw new PaymentRefusedException("payments.accounts.refused.taken");
        }
    }

    /** The holder's name of an active account; any other answer is the refusal it stands for. */
    private static String holderName(NameAnswer answer) {
        return switch (answer.status()) {
            case ACTIVE -> answer.holderName();
            case UNKNOWN -> throw new PaymentRefusedException("payments.accounts.refused.unknown-account");
            case CLOSED -> throw new PaymentRefusedException("payments.accounts.refused.closed");
            case BLOCKED -> throw new PaymentRefusedException("payments.accounts.refused.blocked");
            case UNAVAILABLE -> throw new PaymentRefusedException("payments.accounts.refused.unavailable");
        };
    }

    /** The new account in place of the person's current one, checked, in one transaction. */
    private Account store(RegisteredPerson person, PayingBanks.PayingBank bankOf, String number, String holderName,
                          Account.Source source, Actor actor, String origin) {
        NameMatch.Result result = NameMatch.of(person.name(), holderName);
        Account stored = transaction.execute(status -> {
            accounts.currentOf(person.pin()).ifPresent(current -> {
                current.close();
                accounts.save(current);
            });
            Account account = accounts.add(Account.linked(person.pin(), person.currentCommuneCode(), bankOf.bin(),
                    bankOf.kind(), numbers.seal(person.pin(), bankOf.bin(), number), source, clock.instant()));
            account.checked(holderName, result, clock.instant());
            accounts.save(account);
            return account;
        });
        audit.record(actor, "payments.account.link", person.pin(), origin, Outcome.SUCCESS,
                "account " + stored.id() + " " + stored.status() + " " + result.verdict() + " " + result.score());
        return stored;
    }

    /** Runs a link; a refusal is written to the ledger against the person before it goes back. */
    private Account refusalsAudited(Actor actor, Pin pin, String origin, Supplier<Account> linking) {
        try {
            return linking.get();
        } catch (PaymentRefusedException refused) {
            audit.record(actor, "payments.account.link", pin, origin, Outcome.DENIED, refused.messageKey());
            throw refused;
        }
    }
}
