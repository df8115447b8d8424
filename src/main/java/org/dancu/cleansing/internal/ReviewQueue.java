package org.dancu.cleansing.internal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.dancu.audit.AuditEntry;
import org.dancu.audit.AuditLedger;
import org.dancu.audit.Outcome;
import org.dancu.civil.Pin;
import org.dancu.linkage.Explanation;
import org.dancu.register.RegisteredPerson;
import org.dancu.register.RegisteredPersons;
import org.dancu.security.CurrentStaff;
import org.dancu.security.SqlCondition;
import org.springframework.jdbc.core.simple.JdbcClient;
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

    private final JdbcClient jdbc;
    private final CurrentStaff currentStaff;
    private final RegisteredPersons persons;
    private final AuditLedger ledger;
    private final Evaluation evaluation;

    ReviewQueue(JdbcClient jdbc, CurrentStaff currentStaff, RegisteredPersons persons, AuditLedger ledger,
                Evaluation evaluation) {
        this.jdbc = jdbc;
        this.currentStaff = currentStaff;
        this.persons = persons;
        this.ledger = ledger;
        this.evaluation = evaluation;
    }

    public List<Entry> open(int limit) {
        SqlCondition scope = RecordScope.records(currentStaff.scope());
        return scope.bind(jdbc.sql("""
                        SELECT r.record_id, r.dataset_id, d.title AS dataset_title, r.line,
                               coalesce(r.scope_commune, '') AS commune, r.probability
                        FROM cleansing.record r JOIN cleansing.dataset d ON d.dataset_id = r.dataset_id
                        WHERE r.review_status = 'OPEN' AND""" + RecordConditions.IN_FIGURES.sql() + "AND" + scope.sql() + """
                         ORDER BY r.probability DESC, r.record_id LIMIT :limit"""))
                .param("limit", limit).query(Entry.class).list();
    }

    /** The record if the officer's scope reaches it, without any read audited. */
    Optional<StoredRecord> visible(long recordId) {
        SqlCondition scope = RecordScope.records(currentStaff.scope());
        return scope.bind(jdbc.sql(StoredRecord.SELECT + " WHERE r.record_id = :id AND " + scope.sql()))
                .param("id", recordId).query(StoredRecord::read).optional();
    }

    /** The review page's content; the record and the persons shown are audited first. */
    public Optional<Review> review(long recordId, String origin) {
        return visible(recordId).map(record -> {
            java.util.Map<String, Object> row = jdbc.sql("""
                            SELECT d.title, r.decision, r.review_status, r.explanation,
                                   r.correct_status, r.correct_reason, r.correct_detail,
                                   r.complete_status, r.complete_reason, r.complete_detail,
                                   r.clean_status, r.clean_reason, r.clean_detail,
                                   r.live_status, r.live_reason, r.live_detail
                            FROM cleansing.record r JOIN cleansing.dataset d ON d.dataset_id = r.dataset_id
                            WHERE r.record_id = :id""").param("id", recordId).query().singleRow();
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
            List<Enriched> enrichment = jdbc.sql("""
                            SELECT field, original_value, new_value, person_id, decision, enriched_by, enriched_at
                            FROM cleansing.enrichment WHERE record_id = :id ORDER BY field""")
                    .param("id", recordId).query(Enriched.class).list();
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
     * @throws CleansingRefusal when the record is not visible, has no candidate to accept, or the PIN is unknown
     */
    @Transactional
    public void decide(long recordId, Action action, String pin, String origin) {
        StoredRecord record = visible(recordId).orElseThrow(() -> new CleansingRefusal("cleansing.error.not-found"));
        Long chosen = switch (action) {
            case ACCEPT -> {
                if (record.candidateId() == null) {
                    throw new CleansingRefusal("cleansing.error.no-candidate");
                }
                yield record.candidateId();
            }
            case REJECT -> null;
            case PICK -> registered(pin).map(RegisteredPerson::personId)
                    .orElseThrow(() -> new CleansingRefusal("cleansing.error.pin-unknown"));
        };
        String officer = currentStaff.actor().id();
        audit("cleansing.review." + action.name().toLowerCase(Locale.ROOT), recordId,
                "candidate " + record.candidateId() + ", chosen " + chosen, origin);
        jdbc.sql("""
                        INSERT INTO cleansing.review_decision (record_id, action, candidate_id, chosen_id, probability, officer)
                        VALUES (:record, :action, :candidate, :chosen, :p, :officer)""")
                .param("record", recordId).param("action", action.name()).param("candidate", record.candidateId())
                .param("chosen", chosen).param("p", record.probability()).param("officer", officer).update();
        jdbc.sql("""
                        UPDATE cleansing.record SET person_id = :chosen,
                            link_source = CASE WHEN CAST(:chosen AS bigint) IS NULL THEN NULL ELSE 'REVIEW' END,
                            review_status = :status WHERE record_id = :id""")
                .param("chosen", chosen).param("status", switch (action) {
                    case ACCEPT -> "ACCEPTED";
                    case REJECT -> "REJECTED";
                    case PICK -> "PICKED";
                }).param("id", recordId).update();
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
