package org.dancu.payments.beneficiaries;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.dancu.civil.Pin;
import org.dancu.payments.BeneficiaryAdmitted;
import org.dancu.payments.PaymentStateException;
import org.dancu.payments.ProgrammeCode;
import org.dancu.payments.ProgrammeRule;
import org.dancu.register.RegisteredPerson;

/**
 * One person entitled under one programme by one decision's line. It is entered unlinked, then linked to a
 * register person (at once by the ID, by the linkage engine, or by an officer picking among the engine's
 * candidates): an eligible person makes it ACTIVE and registers {@link BeneficiaryAdmitted}, an ineligible one
 * INELIGIBLE with the reason. Each move from the wrong state throws {@link PaymentStateException} and changes
 * nothing; {@link Beneficiaries#save} publishes what it registered.
 */
final class Beneficiary {

    private final Long id;
    private final long version;
    private final ProgrammeCode programme;
    private final DecisionLine line;
    private final String enteredBy;
    private final Instant enteredAt;
    private Pin pin;
    private String communeCode;
    private BeneficiaryStatus status;
    private String statusReason;
    private final List<Object> events = new ArrayList<>();

    Beneficiary(Long id, long version, ProgrammeCode programme, DecisionLine line, Pin pin, String communeCode,
                BeneficiaryStatus status, String statusReason, String enteredBy, Instant enteredAt) {
        this.id = id;
        this.version = version;
        this.programme = programme;
        this.line = line;
        this.pin = pin;
        this.communeCode = communeCode;
        this.status = status;
        this.statusReason = statusReason;
        this.enteredBy = enteredBy;
        this.enteredAt = enteredAt;
    }

    /** A decision's line as an officer entered or imported it: not yet linked to the register. */
    static Beneficiary entered(DecisionLine line, String enteredBy, Instant at) {
        return new Beneficiary(null, 0, line.programme(), line, null, line.communeCode(),
                BeneficiaryStatus.TO_LINK, null, enteredBy, at);
    }

    /**
     * Links the line to the register's person (from TO_LINK, or TO_REVIEW when an officer picked them) and
     * checks them against the programme's rule on the start day: ACTIVE, or INELIGIBLE with the reason.
     */
    void link(RegisteredPerson person, ProgrammeRule rule) {
        requireStored();
        if (status != BeneficiaryStatus.TO_LINK && status != BeneficiaryStatus.TO_REVIEW) {
            throw refused();
        }
        pin = person.pin();
        communeCode = DecisionEntry.communeOf(person);
        Optional<String> refusal = Eligibility.refusal(person, rule, line.startsOn());
        status = refusal.isPresent() ? BeneficiaryStatus.INELIGIBLE : BeneficiaryStatus.ACTIVE;
        statusReason = refusal.orElse(null);
        if (refusal.isEmpty()) {
            events.add(new BeneficiaryAdmitted(id, programme, pin, communeCode));
        }
    }

    /** The linkage engine is not sure who the line names: an officer picks among its candidates. */
    void sendToReview() {
        requireStored();
        if (status != BeneficiaryStatus.TO_LINK) {
            throw refused();
        }
        status = BeneficiaryStatus.TO_REVIEW;
    }

    /** The officer found none of the candidates to be the person: nobody is paid. */
    void dismiss() {
        if (status != BeneficiaryStatus.TO_REVIEW) {
            throw refused();
        }
        status = BeneficiaryStatus.INELIGIBLE;
        statusReason = Eligibility.NOT_FOUND;
    }

    private void requireStored() {
        if (id == null) {
            throw new IllegalStateException("a line not yet stored cannot be linked");
        }
    }

    private PaymentStateException refused() {
        return new PaymentStateException("payments.beneficiaries.refused.state");
    }

    Long id() { return id; }
    long version() { return version; }
    ProgrammeCode programme() { return programme; }
    DecisionLine line() { return line; }
    Pin pin() { return pin; }
    String communeCode() { return communeCode; }
    BeneficiaryStatus status() { return status; }
    String statusReason() { return statusReason; }
    String enteredBy() { return enteredBy; }
    Instant enteredAt() { return enteredAt; }

    List<Object> events() {
        return List.copyOf(events);
    }

    void clearEvents() {
        events.clear();
    }
}
