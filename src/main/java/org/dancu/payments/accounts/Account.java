package org.dancu.payments.accounts;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.dancu.civil.Pin;
import org.dancu.payments.AccountClosed;
import org.dancu.payments.AccountRefused;
import org.dancu.payments.AccountVerified;
import org.dancu.payments.NameVerdict;
import org.dancu.payments.PaymentRefusedException;
import org.dancu.payments.PaymentStateException;

/**
 * An account a person is paid into, guarding its own transitions: linked (CHECKING), checked against the
 * bank's name for it (VERIFIED on a match, TO_REVIEW on a close match or when the bank's mask leaves too
 * little to compare, refused outright on no match), accepted or refused by an officer, closed when the
 * person links another. Each transition from the wrong state throws and each registers its event.
 */
class Account {

    enum Status { CHECKING, VERIFIED, TO_REVIEW, REFUSED, CLOSED }

    enum Kind { BANK_ACCOUNT, E_WALLET }

    /** Who told us of the account: the citizen in the portal, or the bank. */
    enum Source { PORTAL, BANK }

    private final Long id;
    private final long version;
    private final Pin pin;
    private final String communeCode;
    private final String bankBin;
    private final Kind kind;
    private final AccountNumbers.SealedNumber number;
    private final Source source;
    private final Instant linkedAt;
    private String bankName;
    private NameVerdict verdict;
    private Double score;
    private Status status;
    private String statusReason;
    private String reviewedBy;
    private Instant checkedAt;
    private final List<Object> events = new ArrayList<>();

    Account(Long id, long version, Pin pin, String communeCode, String bankBin, Kind kind,
            AccountNumbers.SealedNumber number, Source source, Instant linkedAt, String bankName, NameVerdict verdict,
            Double score, Status status, String statusReason, String reviewedBy, Instant checkedAt) {
        this.id = id;
        this.version = version;
        this.pin = pin;
        this.communeCode = communeCode;
        this.bankBin = bankBin;
        this.kind = kind;
        this.number = number;
        this.source = source;
        this.linkedAt = linkedAt;
        this.bankName = bankName;
        this.verdict = verdict;
        this.score = score;
        this.status = status;
        this.statusReason = statusReason;
        this.reviewedBy = reviewedBy;
        this.checkedAt = checkedAt;
    }

    /** A new account, still to be checked. */
    static Account linked(Pin pin, String communeCode, String bankBin, Kind kind, AccountNumbers.SealedNumber number,
                          Source source, Instant now) {
        return new Account(null, 0, pin, communeCode, bankBin, kind, number, source, now, null, null, null,
                Status.CHECKING, null, null, null);
    }

    /**
     * The bank's name for the stored account, compared with the register's: a match verifies it, a close match or
     * an answer too masked to compare sends it to review; no match is refused and nothing is kept.
     */
    void checked(String holderName, NameMatch.Result result, Instant now) {
        require(Status.CHECKING);
        if (id == null) {
            throw new IllegalStateException("an account is checked once stored");
        }
        if (result.verdict() == NameVerdict.NO_MATCH) {
            throw new PaymentRefusedException("payments.accounts.refused.name");
        }
        this.bankName = holderName;
        this.verdict = result.verdict();
        this.score = result.score();
        this.checkedAt = now;
        if (result.verdict() == NameVerdict.MATCH) {
            verified();
        } else {
            status = Status.TO_REVIEW;
        }
    }

    /** An officer saw that the close match is the person: the account is verified. */
    void accept(String officer) {
        require(Status.TO_REVIEW);
        reviewedBy = officer;
        verified();
    }

    /** An officer saw that the close match is not the person: nothing is paid into it. */
    void refuse(String officer) {
        require(Status.TO_REVIEW);
        reviewedBy = officer;
        status = Status.REFUSED;
        statusReason = "REVIEW";
        events.add(new AccountRefused(pin, id));
    }

    /** Given up for another account the person linked. */
    void close() {
        if (status != Status.VERIFIED && status != Status.TO_REVIEW) {
            throw new PaymentStateException("payments.accounts.refused.state");
        }
        status = Status.CLOSED;
        statusReason = "REPLACED";
        events.add(new AccountClosed(pin, id));
    }

    private void verified() {
        status = Status.VERIFIED;
        events.add(new AccountVerified(pin, id, bankBin));
    }

    private void require(Status expected) {
        if (status != expected) {
            throw new PaymentStateException("payments.accounts.refused.state");
        }
    }

    List<Object> events() {
        return List.copyOf(events);
    }

    void clearEvents() {
        events.clear();
    }

    Long id() {
        return id;
    }

    long version() {
        return version;
    }

    Pin pin() {
        return pin;
    }

    String communeCode() {
        return communeCode;
    }

    String bankBin() {
        return bankBin;
    }

    Kind kind() {
        return kind;
    }

    AccountNumbers.SealedNumber number() {
        return number;
    }

    Source source() {
        return source;
    }

    Instant linkedAt() {
        return linkedAt;
    }

    String bankName() {
        return bankName;
    }

    NameVerdict verdict() {
        return verdict;
    }

    Double score() {
        return score;
    }

    Status status() {
        return status;
    }

    String statusReason() {
        return statusReason;
    }

    String reviewedBy() {
        return reviewedBy;
    }

    Instant checkedAt() {
        return checkedAt;
    }
}
