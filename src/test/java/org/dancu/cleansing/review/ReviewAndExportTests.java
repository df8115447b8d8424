package org.dancu.cleansing.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.dancu.audit.AuditRecord;
import org.dancu.audit.AuditTrail;
import org.dancu.cleansing.CleansingFixtures;
import org.dancu.register.Officers;
import org.dancu.cleansing.CleansingFixtures.TestPerson;
import org.dancu.cleansing.datasets.CleansingRefusal;
import org.dancu.cleansing.datasets.Dataset;
import org.dancu.cleansing.datasets.Datasets;
import org.dancu.cleansing.export.CleansedExport;
import org.dancu.security.Role;
import org.dancu.security.Scope;
import org.dancu.tabular.TabularFormat;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Review decisions (audited, labelled, enriching) and the scoped, formula-safe exports. */
@SpringBootTest
class ReviewAndExportTests {

    private static final String OTHER_COMMUNE = "03337";

    @Autowired ApplicationContext context;
    @Autowired ReviewQueue queue;
    @Autowired Datasets datasets;
    @Autowired CleansedExport export;
    @Autowired AuditTrail trail;
    @Autowired JdbcClient jdbc;

    @AfterEach
    void signOut() {
        Officers.signOut();
    }

    private void communeOfficer(String username) {
        Officers.signIn(username, Role.COMMUNE_OFFICER, new Scope(CleansingFixtures.MUONG_THANH, null));
    }

    private Map<String, Object> record(long id) {
        return jdbc.sql("SELECT * FROM cleansing.record WHERE record_id = :id").param("id", id).query().singleRow();
    }

    private List<Map<String, Object>> labels(long recordId) {
        return jdbc.sql("SELECT action, candidate_id, chosen_id, probability, officer FROM cleansing.review_decision WHERE record_id = :id")
                .param("id", recordId).query().listOfRows();
    }

    private List<String> auditActions(long recordId) {
        return trail.findByObject("cleansing-record", String.valueOf(recordId), 20).stream()
                .map(AuditRecord::entry).map(e -> e.action()).toList();
    }

    @Test
    void acceptingACandidateLinksTheRecordAuditsItStoresTheLabelAndFillsInFromTheRegister() {
        TestPerson person = CleansingFixtures.person(context, "M");
        TestPerson unrelated = CleansingFixtures.person(context, "F");
        String lowerCaseName = person.fullName().toLowerCase(java.util.Locale.ROOT);
        long dataset = CleansingFixtures.evaluatedDataset(context, CleansingFixtures.TAX_HEADER
                + String.join(",", lowerCaseName, "", person.birthDate(), "M", CleansingFixtures.MUONG_THANH, "8100000001") + "\n"
                + CleansingFixtures.taxRow(unrelated, unrelated.pin(), CleansingFixtures.MUONG_THANH, "8100000002"));
        long accepted = CleansingFixtures.openForReview(jdbc, dataset, 2, person.id());
        long rejected = CleansingFixtures.openForReview(jdbc, dataset, 3, person.id());
        communeOfficer("xa.review");
        assertThat(queue.open(500)).extracting(ReviewQueue.Entry::recordId).contains(accepted, rejected);

        queue.decide(accepted, ReviewQueue.Action.ACCEPT, null, "127.0.0.1");
        queue.decide(rejected, ReviewQueue.Action.REJECT, null, "127.0.0.1");

        assertThat(record(accepted)).containsEntry("person_id", person.id()).containsEntry("link_source", "REVIEW")
                .containsEntry("review_status", "ACCEPTED").containsEntry("clean_status", "FAIL")
                .containsEntry("clean_reason", "not-normalised");
        assertThat(record(rejected)).containsEntry("person_id", null).containsEntry("review_status", "REJECTED")
                .containsEntry("clean_reason", "not-linked");
        assertThat(labels(accepted)).singleElement().satisfies(label -> assertThat(label)
                .containsEntry("action", "ACCEPT").containsEntry("candidate_id", person.id())
                .containsEntry("chosen_id", person.id()).containsEntry("probability", 0.8)
                .containsEntry("officer", "xa.review"));
        assertThat(labels(rejected)).singleElement().satisfies(label -> assertThat(label)
                .containsEntry("action", "REJECT").containsEntry("chosen_id", null));
        assertThat(auditActions(accepted)).contains("cleansing.review.accept");
        assertThat(auditActions(rejected)).contains("cleansing.review.reject");
        assertThatThrownBy(() -> queue.decide(accepted, ReviewQueue.Action.REJECT, null, "127.0.0.1"))
                .isInstanceOf(CleansingRefusal.class).hasMessage("cleansing.error.already-decided");
        assertThat(record(accepted)).containsEntry("person_id", person.id()).containsEntry("review_status", "ACCEPTED");
        assertThat(labels(accepted)).hasSize(1);
        assertThat(queue.open(500)).extracting(ReviewQueue.Entry::recordId).doesNotContain(accepted, rejected);

        List<Map<String, Object>> provenance = jdbc.sql("""
                        SELECT field, original_value, new_value, person_id, decision, enriched_by
                        FROM cleansing.enrichment WHERE record_id = :id ORDER BY field""")
                .param("id", accepted).query().listOfRows();
        assertThat(provenance).extracting(row -> row.get("field")).containsExactly("full_name", "pin");
        assertThat(provenance.get(0)).containsEntry("original_value", lowerCaseName)
                .containsEntry("new_value", person.fullName()).containsEntry("person_id", person.id())
                .containsEntry("enriched_by", "xa.review");
        assertThat((String) provenance.get(0).get("decision")).startsWith("REVIEW-ACCEPT#");
        assertThat(provenance.get(1)).containsEntry("original_value", "").containsEntry("new_value", person.pin());
    }

    @Test
    void pickingAnotherPersonByPinLinksToThatPersonAndAnUnknownPinChangesNothing() {
        TestPerson person = CleansingFixtures.person(context, "M");
        TestPerson other = CleansingFixtures.person(context, "M");
        long dataset = CleansingFixtures.evaluatedDataset(context, CleansingFixtures.TAX_HEADER
                + CleansingFixtures.taxRow(person, "", CleansingFixtures.MUONG_THANH, "8200000001"));
        long recordId = CleansingFixtures.openForReview(jdbc, dataset, 2, person.id());
        communeOfficer("xa.pick");

        assertThatThrownBy(() -> queue.decide(recordId, ReviewQueue.Action.PICK, "096000000000", null))
                .isInstanceOf(CleansingRefusal.class);
        assertThat(record(recordId)).containsEntry("review_status", "OPEN");
        assertThat(labels(recordId)).isEmpty();

        queue.decide(recordId, ReviewQueue.Action.PICK, other.pin(), null);

        assertThat(record(recordId)).containsEntry("person_id", other.id()).containsEntry("review_status", "PICKED");
        assertThat(labels(recordId)).singleElement().satisfies(label -> assertThat(label)
                .containsEntry("action", "PICK").containsEntry("candidate_id", person.id())
                .containsEntry("chosen_id", other.id()));
        assertThat(auditActions(recordId)).contains("cleansing.review.pick");
    }

    @Test
    void aCommuneOfficerExportsOnlyTheirCommunesRecordsWithFormulasNeutralisedAndTheExportAudited() {
        TestPerson inside = CleansingFixtures.person(context, "F");
        TestPerson outside = CleansingFixtures.person(context, "M");
        long dataset = CleansingFixtures.evaluatedDataset(context, CleansingFixtures.TAX_HEADER
                + CleansingFixtures.taxRow(inside, inside.pin(), CleansingFixtures.MUONG_THANH, "=HYPERLINK(\"http://x\")")
                + CleansingFixtures.taxRow(outside, outside.pin(), OTHER_COMMUNE, "8300000002"));
        communeOfficer("xa.export");
        Dataset visible = datasets.find(dataset).orElseThrow();
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        int written = export.export(visible, CleansedExport.Kind.CLEANSED, TabularFormat.CSV, out, null);

        String csv = out.toString(StandardCharsets.UTF_8);
        assertThat(written).isOne();
        assertThat(csv).contains(inside.pin()).doesNotContain(outside.pin()).doesNotContain(outside.fullName())
                .contains("'=HYPERLINK");
        assertThat(trail.findByObject("dataset", String.valueOf(dataset), 10)).extracting(r -> r.entry().action())
                .contains("cleansing.export.cleansed");

        ByteArrayOutputStream fieldwork = new ByteArrayOutputStream();
        assertThat(export.export(visible, CleansedExport.Kind.FIELDWORK, TabularFormat.CSV, fieldwork, null)).isZero();
    }
}
