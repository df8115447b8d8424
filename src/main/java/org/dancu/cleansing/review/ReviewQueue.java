package org.dancu.cleansing.review;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.dancu.audit.AuditEntry;
import org.dancu.audit.AuditLedger;
import org.dancu.audit.Outcome;
import org.dancu.civil.Pin;
import org.dancu.cleansing.datasets.CleansingRefusal;
import org.dancu.cleansing.datasets.RecordScope;
import org.dancu.cleansing.datasets.StoredRecord;
import org.dancu.cleansing.evaluation.Evaluation;
import org.dancu.linkage.Explanation;
import org.dancu.register.RegisteredPerson;
import org.dancu.register.RegisteredPersons;
import org.dancu.security.CurrentStaff;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The officers' review: records whose best candidate is neither clearly the person nor clearly not,
 * within the officer's scope; a record shown beside its candidate (an audited read); and the
 * decision, which links or unlinks the record, is audited, and is kept as a training label.
 */
@Service
public class ReviewQueue {

    public enum Action { ACCEPT, REJECT, PICK }

    /** An entry of the queue: no personal data, so the list itself needs no audit entry. */
    public record Entry(long recordId, long datasetId, String datasetTitle, int line, String commune,
                        double probability) {
    }

    /** A record and what it is compared with, for the review page. */
    public record Review(StoredRecord record, String datasetTitle, String decision, String reviewStatus,
                         RegisteredPerson candidate, RegisteredPerson linked, Waterfall waterfall, List<Verdicts> verdicts,
                         List<Enriched> enrichment) {
    }

    public record Verdicts(String criterion, String status, String reason, String detail) {
    }

    public record Enriched(String field, String originalValue, String newValue, long personId, String decision,
                           String enrichedBy, java.time.OffsetDateTime enrichedAt) {
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final CurrentStaff currentStaff;
    private final RegisteredPersons persons;
    private final AuditLedger ledger;
    private final Evaluation evaluation;
    private final ReviewItems items;
    private final ReviewQuery query;

    ReviewQueue(CurrentStaff currentStaff, RegisteredPersons persons, AuditLedger ledger,
                Evaluation evaluation, ReviewItems items, ReviewQuery query) {
        this.currentStaff = currentStaff;
        this.persons = persons;
        this.ledger = ledger;
        this.evaluation = evaluation;
        this.items = items;
        this.query = query;
    }

    public List<Entry> open(int limit) {
        return query.open(RecordScope.records(currentStaff.scope()), limit);
    }

    /** The record if the officer's scope reaches it, without any read audited. */
    Optional<StoredRecord> visible(long recordId) {
        return query.visible(RecordScope.records(currentStaff.scope()), recordId);
    }

    /** The review page's content; the record and the persons shown are audited first. */
    public Optional<Review> review(long recordId, String origin) {
        return visible(recordId).map(record -> {
            java.util.Map<String, Object> row = query.details(recordId);
            RegisteredPerson candidate = record.candidateId() == null ? null : persons.byId(record.candidateId()).orElse(null);
            RegisteredPerson linked = record.personId() == null || record.personId().equals(record.candidateId()) ? null
                    : persons.byId(record.personId()).orElse(null);
            audit("cleansing.record.read", recordId, "shown with person " + record.candidateId()
                    + (linked == null ? "" : " and " + linked.personId()), origin);
            String explanation = (String) row.get("explanation");
            Waterfall waterfall = explanation == null ? null
                    : Waterfall.of(JSON.readValue(explanation, Explanation.class));
            List<Verdicts> verdicts = java.util.stream.Stream.of("correct", "complete", "clean", "live")
                    .map(c -> new Verdicts(c, (String) row.get(c + "_status"), (String) row.get(c + "_reason"),
                            (String) row.get(c + "_detail"))).toList();
            List<Enriched> enrichment = query.enrichment(recordId);
            return new Review(record, (String) row.get("title"), (String) row.get("decision"),
                    (String) row.get("review_status"), candidate, linked, waterfall, verdicts, enrichment);
        });
    }

    /** A person looked up by PIN to be picked instead of the candidate; audited as a read. */
    public Optional<RegisteredPerson> lookUp(long recordId, String pin, String origin) {
        if (visible(recordId).isEmpty()) {
            return Optional.empty();
        }
        Optional<RegisteredPerson> found = registered(pin);
        found.ifPresent(person -> audit("cleansing.person.lookup", recordId, "person " + person.personId(), origin));
        return found;
    }

    /**
     * Records an officer's decision on a record in scope: links it (accept, pick) or not (reject),
     * stores the label, audits it, and re-evaluates the record's criteria and enrichment.
     *
     * @throws CleansingRefusal when the record is not visible, already decided, has no candidate to
     *                          accept, or the PIN is unknown
     */
    @Transactional
    public void decide(long recordId, Action action, String pin, String origin) {
        ReviewItem item = visible(recordId).flatMap(record -> items.findById(recordId))
                .orElseThrow(() -> new CleansingRefusal("cleansing.error.not-found"));
        String officer = currentStaff.actor().id();
        switch (action) {
            case ACCEPT -> item.accept(officer);
            case REJECT -> item.reject(officer);
            case PICK -> item.pick(registered(pin).map(RegisteredPerson::personId)
                    .orElseThrow(() -> new CleansingRefusal("cleansing.error.pin-unknown")), officer);
        }
        audit("cleansing.review." + action.name().toLowerCase(Locale.ROOT), recordId,
                "candidate " + item.candidateId() + ", chosen " + item.personId(), origin);
        items.save(item);
        evaluation.reassess(List.of(recordId), null);
    }

    /** The person holding the ID an officer typed; none when it is not a valid ID. */
    private Optional<RegisteredPerson> registered(String pin) {
        return pin == null ? Optional.empty() : Pin.parse(pin.strip()).toOptional().flatMap(persons::byPin);
    }

    private void audit(String action, long recordId, String detail, String origin) {
        ledger.record(new AuditEntry(currentStaff.actor(), action, "cleansing-record", String.valueOf(recordId), null,
                origin, Outcome.SUCCESS, detail));
    }
}
