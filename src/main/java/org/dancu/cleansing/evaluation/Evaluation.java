package org.dancu.cleansing.evaluation;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.dancu.cleansing.RecordsEvaluated;
import org.dancu.linkage.CommuneMapping;
import org.dancu.cleansing.datasets.StoredRecord;
import org.dancu.linkage.Deduplication;
import org.dancu.linkage.LinkageModel;
import org.dancu.linkage.PersonRecord;
import org.dancu.register.PersonClaim;
import org.dancu.register.PersonMatch;
import org.dancu.register.PersonMatching;
import org.dancu.register.RegisteredPerson;
import org.dancu.register.RegisteredPersons;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Links a dataset's records to the register, finds its duplicates, and stores the four criteria and
 * the enrichment of every record. {@link #reassess} redoes the criteria and enrichment of some
 * records against the register as it is now, without linking again: what a register event calls.
 */
@Service
public class Evaluation {

    /** Who the automatic steps are recorded as (enrichment provenance, re-openings). */
    public static final String SYSTEM = "cleansing";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;
    private final PersonMatching matching;
    private final LinkingModels models;
    private final CommuneMapping communes;
    private final RegisteredPersons persons;
    private final ApplicationEventPublisher events;

    Evaluation(JdbcClient jdbc, PersonMatching matching, LinkingModels models, RegisteredPersons persons,
               ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.matching = matching;
        this.models = models;
        this.communes = matching.communes();
        this.persons = persons;
        this.events = events;
    }

    @Transactional
    public void evaluate(long datasetId) {
        List<StoredRecord> records = jdbc.sql(StoredRecord.SELECT + " WHERE r.dataset_id = :id ORDER BY r.record_id")
                .param("id", datasetId).query(StoredRecord::read).list();
        List<PersonRecord> forLinkage = records.stream().map(StoredRecord::forLinkage).toList();
        LinkageModel model = models.forDataset(forLinkage.stream().map(Evaluation::claim).toList(), datasetId);
        List<StoredRecord> undecided = records.stream()
                .filter(record -> List.of("NONE", "OPEN").contains(record.reviewStatus())).toList();
        List<PersonMatch> matches = matching.match(undecided.stream().map(StoredRecord::forLinkage)
                .map(Evaluation::claim).toList(), model);
        for (int i = 0; i < matches.size(); i++) {
            storeLink(undecided.get(i).recordId(), matches.get(i));
        }
        Map<String, String> clusters = Deduplication.of(forLinkage, communes).clusters(model);
        clusters.forEach((record, cluster) -> jdbc.sql("UPDATE cleansing.record SET cluster_id = :cluster WHERE record_id = :id")
                .param("cluster", Long.parseLong(cluster)).param("id", Long.parseLong(record)).update());
        reassess(records.stream().map(StoredRecord::recordId).toList(), null);
        jdbc.sql("UPDATE cleansing.dataset SET evaluated_at = now(), evaluation = 'DONE' WHERE dataset_id = :id").param("id", datasetId).update();
    }

    /** The record as the dataset wrote it: the engine repairs what civil's parsers refuse. */
    private static PersonClaim claim(PersonRecord record) {
        return PersonClaim.fromText(record.pin(), record.oldId(), record.fullName(), record.birthDate(), record.sex(),
                record.communeCode(), record.address());
    }

    private void storeLink(long recordId, PersonMatch match) {
        Optional<PersonMatch.Candidate> best = match.candidate();
        Long candidate = best.map(PersonMatch.Candidate::personId).orElse(null);
        String decision = match.decision().name();
        jdbc.sql("""
                        UPDATE cleansing.record SET candidate_id = :candidate, probability = :p, decision = :decision,
                            explanation = :explanation,
                            person_id = CASE WHEN :decision = 'MATCH' THEN CAST(:candidate AS bigint) END,
                            link_source = CASE WHEN :decision = 'MATCH' THEN 'AUTOMATIC' END,
                            review_status = CASE WHEN :decision = 'REVIEW' THEN 'OPEN' ELSE 'NONE' END
                        WHERE record_id = :id""")
                .param("candidate", candidate).param("p", best.map(PersonMatch.Candidate::probability).orElse(null))
                .param("decision", decision)
                .param("explanation", best.map(c -> JSON.writeValueAsString(c.explanation())).orElse(null))
                .param("id", recordId).update();
    }

    /**
     * Recomputes the criteria and the enrichment of these records against the register now.
     *
     * @param reopenedBy what caused it (a register event's name), stored on the records; null for a run
     */
    @Transactional
    public void reassess(Collection<Long> recordIds, String reopenedBy) {
        if (recordIds.isEmpty()) {
            return;
        }
        Long[] ids = recordIds.toArray(Long[]::new);
        List<StoredRecord> records = jdbc.sql(StoredRecord.SELECT + " WHERE r.record_id = ANY(:ids)")
                .param("ids", ids).query(StoredRecord::read).list();
        Map<Long, RegisteredPerson> linked = persons.byIds(records.stream().map(StoredRecord::personId)
                        .filter(java.util.Objects::nonNull).collect(Collectors.toSet()))
                .stream().collect(Collectors.toMap(RegisteredPerson::personId, Function.identity()));
        Map<Long, Integer> duplicates = duplicates(ids);
        Map<Long, String> provenance = provenance(ids);
        for (StoredRecord record : records) {
            RegisteredPerson person = record.personId() == null ? null : linked.get(record.personId());
            Assessment assessment = Criteria.assess(record.sector(), record.values(), person, record.inReview(),
                    duplicates.get(record.recordId()), communes);
            store(record, person, assessment, reopenedBy);
            enrich(record, person, provenance.getOrDefault(record.recordId(), "AUTOMATIC"));
        }
        events.publishEvent(new RecordsEvaluated(records.size()));
    }

    /** Record → line of the earlier record it duplicates: same cluster, or linked to the same person. */
    private Map<Long, Integer> duplicates(Long[] ids) {
        Map<Long, Integer> duplicates = new HashMap<>();
        jdbc.sql("""
                        SELECT r.record_id, min(o.line) AS line FROM cleansing.record r
                        JOIN cleansing.record o ON o.dataset_id = r.dataset_id AND o.record_id < r.record_id
                             AND (o.record_id = r.cluster_id OR (r.person_id IS NOT NULL AND o.person_id = r.person_id))
                        WHERE r.record_id = ANY(:ids) GROUP BY r.record_id""")
                .param("ids", ids)
                .query((row, n) -> duplicates.put(row.getLong("record_id"), row.getInt("line"))).list();
        return duplicates;
    }

    /** The decision behind each record's link, as enrichment provenance names it. */
    private Map<Long, String> provenance(Long[] ids) {
        Map<Long, String> decisions = new HashMap<>();
        jdbc.sql("""
                        SELECT DISTINCT ON (record_id) record_id, decision_id, action FROM cleansing.review_decision
                        WHERE record_id = ANY(:ids) ORDER BY record_id, decision_id DESC""")
                .param("ids", ids)
                .query((row, n) -> decisions.put(row.getLong("record_id"),
                        "REVIEW-" + row.getString("action") + "#" + row.getLong("decision_id")))
                .list();
        return decisions;
    }

    private void store(StoredRecord record, RegisteredPerson person, Assessment a, String reopenedBy) {
        String own = record.values().get(org.dancu.cleansing.SectorField.COMMUNE_CODE);
        String recordedCommune = !own.isEmpty() ? own : person == null ? null : person.communeCode();
        jdbc.sql("""
                        UPDATE cleansing.record SET recorded_commune = :recorded, scope_commune = :scope,
                            correct_status = :s1, correct_reason = :r1, correct_detail = :d1,
                            complete_status = :s2, complete_reason = :r2, complete_detail = :d2,
                            clean_status = :s3, clean_reason = :r3, clean_detail = :d3,
                            live_status = :s4, live_reason = :r4, live_detail = :d4, evaluated_at = now(),
                            reopened_at = CASE WHEN CAST(:reopened AS text) IS NULL THEN reopened_at ELSE now() END,
                            reopened_by = coalesce(CAST(:reopened AS text), reopened_by)
                        WHERE record_id = :id""")
                .param("recorded", recordedCommune)
                .param("scope", recordedCommune == null ? null : communes.current(recordedCommune))
                .param("s1", a.correct().status().name()).param("r1", a.correct().reason().code()).param("d1", a.correct().detail())
                .param("s2", a.complete().status().name()).param("r2", a.complete().reason().code()).param("d2", a.complete().detail())
                .param("s3", a.clean().status().name()).param("r3", a.clean().reason().code()).param("d3", a.clean().detail())
                .param("s4", a.live().status().name()).param("r4", a.live().reason().code()).param("d4", a.live().detail())
                .param("reopened", reopenedBy).param("id", record.recordId()).update();
    }

    private void enrich(StoredRecord record, RegisteredPerson person, String decision) {
        jdbc.sql("DELETE FROM cleansing.enrichment WHERE record_id = :id").param("id", record.recordId()).update();
        if (person == null) {
            return;
        }
        String by = decision.startsWith("REVIEW") ? jdbc.sql("""
                        SELECT officer FROM cleansing.review_decision WHERE record_id = :id ORDER BY decision_id DESC LIMIT 1""")
                .param("id", record.recordId()).query(String.class).single() : SYSTEM;
        for (Enrichment.Change change : Enrichment.changes(record.values(), person)) {
            jdbc.sql("""
                            INSERT INTO cleansing.enrichment (record_id, field, original_value, new_value, person_id,
                                decision, enriched_by) VALUES (:id, :field, :original, :value, :person, :decision, :by)""")
                    .param("id", record.recordId()).param("field", change.field().key())
                    .param("original", change.original()).param("value", change.value())
                    .param("person", person.personId()).param("decision", decision).param("by", by).update();
        }
    }
}
