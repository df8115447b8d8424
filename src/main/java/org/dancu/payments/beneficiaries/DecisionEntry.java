package org.dancu.payments.beneficiaries;

import java.time.Instant;
import java.util.List;

import org.dancu.audit.Actor;
import org.dancu.audit.AuditEntry;
import org.dancu.audit.AuditLedger;
import org.dancu.audit.AuditNote;
import org.dancu.audit.Outcome;
import org.dancu.payments.PaymentRefusedException;
import org.dancu.payments.Programme;
import org.dancu.register.RegisteredPerson;
import org.dancu.register.RegisteredPersons;
import org.dancu.security.Scope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An officer enters a decision's beneficiary, or settles a line the linkage engine was not sure of: each line
 * is linked to the register (by ID, else by the engine) and checked for eligibility. An unknown person, one the
 * register shows dead, out of the province or of another age, or a person outside the officer's scope is
 * refused with the reason in words and nothing is stored. Every entry, pick and refusal is on the ledger,
 * against the person once there is one.
 */
@Service
class DecisionEntry {

    static final String ENTER = "payments.beneficiary.enter";
    static final String REVIEW = "payments.beneficiary.review";

    /** What became of an entered or reviewed line: ACTIVE, TO_REVIEW, or INELIGIBLE with its reason. */
    record Entered(long beneficiaryId, BeneficiaryStatus status, String reason) {
    }

    private final DecisionLineReader reader;
    private final DecisionLinker linker;
    private final Beneficiaries beneficiaries;
    private final BeneficiaryListQuery lists;
    private final RegisteredPersons persons;
    private final AuditLedger ledger;

    DecisionEntry(DecisionLineReader reader, DecisionLinker linker, Beneficiaries beneficiaries,
                  BeneficiaryListQuery lists, RegisteredPersons persons, AuditLedger ledger) {
        this.reader = reader;
        this.linker = linker;
        this.beneficiaries = beneficiaries;
        this.lists = lists;
        this.persons = persons;
        this.ledger = ledger;
    }

    /**
     * Enters one line: ACTIVE when the register's person is found and eligible, TO_REVIEW when the engine
     * proposes candidates.
     *
     * @throws PaymentRefusedException naming the fault; nothing is stored and the refusal is audited
     */
    @Transactional
    Entered enter(DecisionInput input, Scope scope, Actor officer, String origin) {
        try {
            DecisionLine line = reader.read(input);
            DecisionLinker.Link link = linker.link(List.of(line)).get(0);
            return store(checked(line, link, scope), link, officer, origin);
        } catch (PaymentRefusedException refused) {
            throw denied(officer, ENTER, origin, refused);
        }
    }

    /**
     * The line as it will be stored once the register's answer is checked: refused when nobody is the person,
     * when the person found holds no personal ID yet (a payment names it) or cannot be paid under the programme, or lives outside the scope; a line for review
     * without a commune takes its best candidate's. Stores nothing.
     *
     * @throws PaymentRefusedException naming the fault
     */
    DecisionLine checked(DecisionLine line, DecisionLinker.Link link, Scope scope) {
        if (link instanceof DecisionLinker.Link.Person found) {
            RegisteredPerson person = found.person();
            if (person.pin() == null) {
                throw new PaymentRefusedException("payments.beneficiaries.refused.no-pin");
            }
            Eligibility.refusal(person, reader.programmeOf(line).rule(), line.startsOn()).ifPresent(reason -> {
                throw new PaymentRefusedException("payments.beneficiaries.refused." + reason);
            });
            requireInScope(communeOf(person), scope);
            return line;
        }
        if (link instanceof DecisionLinker.Link.Review review) {
            DecisionLine placed = line.communeCode().isEmpty()
                    ? line.inCommune(persons.byId(review.candidates().get(0).personId())
                            .map(DecisionEntry::communeOf).orElse(""))
                    : line;
            requireInScope(placed.communeCode(), scope);
            return placed;
        }
        throw new PaymentRefusedException("payments.beneficiaries.refused.unknown");
    }

    /** Stores a checked line: ACTIVE for the person found, TO_REVIEW with the engine's candidates; audited. */
    Entered store(DecisionLine line, DecisionLinker.Link link, Actor officer, String origin) {
        Beneficiary beneficiary = beneficiaries.add(Beneficiary.entered(line, officer.id(), Instant.now()));
        if (link instanceof DecisionLinker.Link.Person found) {
            beneficiary.link(found.person(), reader.programmeOf(line).rule());
            beneficiaries.save(beneficiary);
            audit(officer, ENTER, "person", found.person().pin().value(), origin,
                    "audit.note.payments.beneficiaries.active");
        } else {
            beneficiary.sendToReview();
            beneficiaries.save(beneficiary);
            beneficiaries.keepCandidates(beneficiary.id(), ((DecisionLinker.Link.Review) link).candidates());
            audit(officer, ENTER, "beneficiary", String.valueOf(beneficiary.id()), origin,
                    "audit.note.payments.beneficiaries.review");
        }
        return entered(beneficiary);
    }

    /**
     * The officer picks, for a line awaiting review, the candidate who is the person: the line is linked and
     * checked (ACTIVE, or INELIGIBLE with the reason).
     *
     * @throws PaymentRefusedException for a line outside the scope or not awaiting review, or a person who was
     *                                 not a candidate; nothing changes and the refusal is audited
     */
    @Transactional
    Entered pick(long beneficiaryId, long personId, Scope scope, Actor officer, String origin) {
        try {
            Beneficiary beneficiary = inScope(beneficiaryId, scope);
            boolean candidate = beneficiaries.candidates(beneficiaryId).stream()
                    .anyMatch(c -> c.personId() == personId);
            RegisteredPerson person = candidate ? persons.byId(personId).orElse(null) : null;
            if (person == null || person.pin() == null) {
                throw new PaymentRefusedException("payments.beneficiaries.refused.candidate");
            }
            requireInScope(communeOf(person), scope);
            beneficiary.link(person, programmeOf(beneficiary).rule());
            beneficiaries.save(beneficiary);
            audit(officer, REVIEW, "person", person.pin().value(), origin, "audit.note.payments.beneficiaries.picked");
            return entered(beneficiary);
        } catch (PaymentRefusedException refused) {
            throw denied(officer, REVIEW, origin, refused);
        }
    }

    /** The officer finds none of the candidates to be the line's person: nobody is paid for it. */
    @Transactional
    Entered dismiss(long beneficiaryId, Scope scope, Actor officer, String origin) {
        try {
            Beneficiary beneficiary = inScope(beneficiaryId, scope);
            beneficiary.dismiss();
            beneficiaries.save(beneficiary);
            audit(officer, REVIEW, "beneficiary", String.valueOf(beneficiaryId), origin,
                    "audit.note.payments.beneficiaries.dismissed");
            return entered(beneficiary);
        } catch (PaymentRefusedException refused) {
            throw denied(officer, REVIEW, origin, refused);
        }
    }

    private Beneficiary inScope(long beneficiaryId, Scope scope) {
        if (!lists.lineInScope(beneficiaryId, scope)) {
            throw new PaymentRefusedException("payments.beneficiaries.refused.no-line");
        }
        return beneficiaries.findById(beneficiaryId).orElseThrow();
    }

    private Programme programmeOf(Beneficiary beneficiary) {
        return reader.programmeOf(beneficiary.line());
    }

    private void requireInScope(String communeCode, Scope scope) {
        if (communeCode.isEmpty() || !lists.communeInScope(communeCode, scope)) {
            throw new PaymentRefusedException("payments.beneficiaries.refused.scope");
        }
    }

    private void audit(Actor officer, String action, String objectType, String objectId, String origin, String note) {
        ledger.record(new AuditEntry(officer, action, objectType, objectId, null, origin, Outcome.SUCCESS,
                AuditNote.of(note)));
    }

    private PaymentRefusedException denied(Actor officer, String action, String origin, PaymentRefusedException refused) {
        ledger.record(new AuditEntry(officer, action, "beneficiary", null, null, origin, Outcome.DENIED,
                AuditNote.of("audit.note.payments.beneficiaries.refused",
                        AuditNote.label(refused.messageKey()))));
        return refused;
    }

    private static Entered entered(Beneficiary beneficiary) {
        return new Entered(beneficiary.id(), beneficiary.status(), beneficiary.statusReason());
    }

    static String communeOf(RegisteredPerson person) {
        return person.currentCommuneCode() != null ? person.currentCommuneCode() : person.communeCode();
    }
}
