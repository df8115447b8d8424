package org.dancu.results.digitising;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.dancu.civil.Pin;
import org.dancu.jobs.JobState;
import org.dancu.jobs.Jobs;
import org.dancu.register.Officers;
import org.dancu.register.RegisteredPersons;
import org.dancu.results.DigitisingBatchUploaded;
import org.dancu.results.digitising.reading.FormFields;
import org.dancu.results.digitising.reading.SyntheticScans;
import org.dancu.security.Role;
import org.dancu.security.Scope;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;

/**
 * A batch of synthetic scans uploaded and read on the job runner: a certificate becomes a record,
 * its owner's ID (not in the register) flagged and sent to double entry, never trusted; a blank page,
 * a page of noise, another document and a page of the other form are kept with their problem.
 */
@SpringBootTest
@EnableScenarios
class DigitisingReadingTests {

    private static final SyntheticScans SCANS = SyntheticScans.create(19);

    @Autowired BatchUploads uploads;
    @Autowired Jobs jobs;
    @Autowired Batches batches;
    @Autowired JdbcClient jdbc;
    @Autowired RegisteredPersons persons;
    @Autowired DigitisedRecords records;

    @AfterEach
    void signOut() {
        Officers.signOut();
    }

    @Test
    void aBatchIsReadPageByPageWithEachProblemKeptAndIdsNotInTheRegisterFlagged(Scenario scenario) throws Exception {
        SyntheticScans.Scan certificate = SCANS.scan(0);
        String ownerId = certificate.truth().get(FormFields.OWNER_1_ID);
        assertThat(persons.byPin(Pin.of(ownerId))).as("the scan's owner is not in the register").isEmpty();
        List<BufferedImage> pages = List.of(certificate.image(), SCANS.blankPage(0).image(),
                SyntheticScans.noisePage(3), SCANS.otherDocument(0).image(), SCANS.scan(1).image());
        ScanFile file = ScanFile.of("so-cap-giay-2003.tif", ScanFileTest.tiff(pages));
        Officers.signIn("van.thu.doc", Role.CLERK, new Scope(DigitisingFixtures.COMMUNE, null));

        long[] batch = new long[1];
        scenario.stimulate(() -> batch[0] = uploads.upload(new NewBatch(DigitisingFixtures.COMMUNE,
                        "Sổ cấp giấy chứng nhận 2003", RecordType.LAND_USE_CERTIFICATE, List.of(file)), "127.0.0.1"))
                .andWaitForEventOfType(DigitisingBatchUploaded.class).matching(e -> e.batchId() == batch[0])
                .toArriveAndVerify(e -> assertThat(e.pages()).isEqualTo(5));
        long job = batches.find(batch[0]).orElseThrow().jobId();
        assertThat(jobs.awaitEnd(job, status -> { }).state()).isEqualTo(JobState.SUCCEEDED);

        Map<Integer, String> problems = jdbc.sql("SELECT number, coalesce(problem, '') FROM results.digitising_page"
                        + " WHERE batch_id = :batch").param("batch", batch[0])
                .query((rs, i) -> Map.entry(rs.getInt(1), rs.getString(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertThat(problems).containsExactlyInAnyOrderEntriesOf(Map.of(1, "", 2, "BLANK", 3, "UNREADABLE",
                4, "WRONG_FORM", 5, "WRONG_FORM"));
        DigitisedRecord record = jdbc.sql("SELECT record_id FROM results.digitising_record WHERE batch_id = :batch")
                .param("batch", batch[0]).query(Long.class).list().stream()
                .map(records::byId).findFirst().orElseThrow();
        assertThat(record.state()).isEqualTo(RecordState.TO_ENTER);
        assertThat(record.reasons()).contains(EntryReason.UNKNOWN_ID);
        assertThat(record.fields()).extracting(RecordField::name).contains(FormFields.SERIAL, FormFields.OWNER_1_ID);
        assertThat(batches.unread(batch[0])).isEmpty();
    }
}
