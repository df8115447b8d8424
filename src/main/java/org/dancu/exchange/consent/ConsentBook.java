package org.dancu.exchange.consent;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.dancu.audit.Actor;
import org.dancu.audit.AuditEntry;
import org.dancu.audit.AuditNote;
import org.dancu.audit.Outcome;
import org.dancu.civil.PartialDate;
import org.dancu.civil.Pin;
import org.dancu.civil.ProvinceTime;
import org.dancu.exchange.CitizenConsents;
import org.dancu.exchange.ConsentGrant;
import org.dancu.exchange.ConsentOffer;
import org.dancu.exchange.ConsentRefusedException;
import org.dancu.exchange.ConsentRefusedException.Reason;
import org.dancu.exchange.GrantedConsent;
import org.dancu.exchange.gateway.ExchangeAudit;
import org.dancu.exchange.gateway.ExchangeProperties;
import org.dancu.exchange.partners.Partners;
import org.springframework.stereotype.Service;

/**
 * Consents as citizens and administrators read, grant and revoke them: a grant must name a partner that
 * retrieves by consent, purposes and attributes its policy allows, and a date from today to the longest
 * a consent may run; a revocation only the citizen's own consent. Every act and every refusal is on the
 * ledger against the citizen's ID before the answer.
 */
@Service
class ConsentBook implements CitizenConsents {

    private static final String ATTRIBUTE_LABEL = "exchange.attribute.";

    private final Consents consents;
    private final Partners partners;
    private final ExchangeAudit audit;
    private final ProvinceTime time;
    private final ExchangeProperties properties;

    ConsentBook(Consents consents, Partners partners, ExchangeAudit audit, ProvinceTime time,
                ExchangeProperties properties) {
        this.consents = consents;
        this.partners = partners;
        this.audit = audit;
        this.time = time;
        this.properties = properties;
    }

    @Override
    public List<ConsentOffer> offers() {
        return partners.consentOffers();
    }

    @Override
    public LocalDate latestValidUntil() {
        return time.today().plus(properties.consentLongest());
    }

    @Override
    public List<GrantedConsent> of(Pin citizen, Actor actor, String origin) {
        record(actor, "exchange.consent.read", citizen, null, origin, Outcome.SUCCESS, null);
        return consents.ofPin(citizen);
    }

    @Override
    public long grant(ConsentGrant grant, Actor actor, String origin) {
        List<String> attributes = grant.attributes().stream().distinct().toList();
        Optional<Reason> refusal = refusal(grant, attributes);
        if (refusal.isPresent()) {
            // what was asked for is untrusted text: the ledger keeps why it was refused, not the text
            refuse(actor, "exchange.consent.record", grant.citizen(), origin, refusal.get());
        }
        long id = consents.record(grant.citizen().value(), grant.partnerCode(), grant.purpose(), attributes,
                grant.validUntil(), actor.id());
        record(actor, "exchange.consent.record", grant.citizen(), grant.purpose(), origin, Outcome.SUCCESS,
                AuditNote.of("audit.note.consent-recorded", id, grant.partnerCode(),
                        AuditNote.labels(ATTRIBUTE_LABEL, attributes), PartialDate.of(grant.validUntil()).toDayFirst()));
        return id;
    }

    @Override
    public void revoke(Pin citizen, long consentId, Actor actor, String origin) {
        if (!consents.revoke(citizen.value(), consentId, actor.id())) {
            refuse(actor, "exchange.consent.revoke", citizen, origin, Reason.NO_SUCH_CONSENT);
        }
        record(actor, "exchange.consent.revoke", citizen, null, origin, Outcome.SUCCESS,
                AuditNote.of("audit.note.consent-revoked", consentId));
    }

    /** The first thing wrong with the grant, checked against what the partner's policy allows today. */
    private Optional<Reason> refusal(ConsentGrant grant, List<String> attributes) {
        Optional<ConsentOffer> offer = offers().stream()
                .filter(o -> o.partnerCode().equals(grant.partnerCode())).findFirst();
        LocalDate today = time.today();
        if (offer.isEmpty()) {
            return Optional.of(Reason.UNKNOWN_PARTNER);
        }
        if (!offer.get().purposes().contains(grant.purpose())) {
            return Optional.of(Reason.PURPOSE_NOT_ALLOWED);
        }
        if (attributes.isEmpty()) {
            return Optional.of(Reason.NO_ATTRIBUTE);
        }
        if (!offer.get().attributes().containsAll(attributes)) {
            return Optional.of(Reason.ATTRIBUTE_NOT_ALLOWED);
        }
        if (grant.validUntil() == null || grant.validUntil().isBefore(today)) {
            return Optional.of(Reason.DATE_PAST);
        }
        if (grant.validUntil().isAfter(latestValidUntil())) {
            return Optional.of(Reason.DATE_TOO_FAR);
        }
        return Optional.empty();
    }

    private void refuse(Actor actor, String action, Pin citizen, String origin, Reason reason) {
        record(actor, action, citizen, null, origin, Outcome.DENIED,
                AuditNote.of("audit.note.consent-refused", AuditNote.label(reason.messageKey())));
        throw new ConsentRefusedException(reason);
    }

    private void record(Actor actor, String action, Pin citizen, String purpose, String origin, Outcome outcome,
                        String note) {
        audit.record(new AuditEntry(actor, action, ExchangeAudit.PERSON, citizen.value(), purpose, origin, outcome,
                note));
    }
}
