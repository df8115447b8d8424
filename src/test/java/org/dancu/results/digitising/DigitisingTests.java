package org.dancu.results.digitising;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.dancu.civil.Pin;
import org.dancu.register.Officers;
import org.dancu.results.DigitisedEntriesDisagreed;
import org.dancu.results.DigitisedRecordChecked;
import org.dancu.results.DigitisedRecordEntered;
import org.dancu.results.DigitisedRecordIssued;
import org.dancu.results.DigitisedRecordResolved;
import org.dancu.results.DigitisedRecordReturned;
import org.dancu.results.DigitisingIndicators;
import org.dancu.results.IssuedResult;
import org.dancu.results.Provenance;
import org.dancu.results.ResultRefusedException;
import org.dancu.results.Results;
import org.dancu.security.Role;
import org.dancu.security.Scope;
import org.dancu.steering.IndicatorCount;
import org.dancu.steering.Period;
import org.dancu.steering.PeriodType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;

/**
 * The digitising queue at work: double entry by two digitisers, a clerk settling a disagreement, a
 * spot-checker approving (the result issued, digitised from paper) or sending back; each move publishes
 * its event, and each refusal (the same digitiser twice, a checker checking their own entry, an ID the
 * register does not hold, a record outside the scope) changes nothing.
 */
@SpringBootTest
@EnableScenarios
class DigitisingTests {

    private static final Scope COMMUNE = new Scope(DigitisingFixtures.COMMUNE, null);

    @Autowired ApplicationContext context;
    @Autowired RecordDecisions decisions;
    @Autowired DigitisedRecords records;
    @Autowired Results results;
    @Autowired DigitisingProgressSource progress;

    @AfterEach
    void signOut() {
        Officers.signOut();
    }

    private long unsureRecord(int ordinal) throws IOException {
        return DigitisingFixtures.read(context, DigitisingFixtures.landCertificateOf(context, ordinal),
                Set.of(EntryReason.UNSURE_FIELD), Set.of("area"));
    }

    private void as(String username, Role role) {
        Officers.signIn(username, role, COMMUNE);
    }

    private void enter(String digitiser, long id, Map<String, String> values) {
        as(digitiser, Role.DIGITISER);
        decisions.enter(id, values, "127.0.0.1");
    }

    private static Map<String, String> with(Map<String, String> values, String field, String value) {
        Map<String, String> changed = new HashMap<>(values);
        changed.put(field, value);
        return changed;
    }

    private DigitisedRecord record(long id) {
        return records.find(COMMUNE, id).orElseThrow();
    }

    @Test
    void aRecordEnteredTwiceAndCheckedIsIssuedAsAResultDigitisedFromPaper(Scenario scenario) throws IOException {
        Map<String, String> paper = with(DigitisingFixtures.landCertificateOf(context, 11), "area", "245,8");
        long id = unsureRecord(11);
        List<IndicatorCount> before = count();

        scenario.stimulate(() -> enter("so.hoa.mot", id, paper))
                .andWaitForEventOfType(DigitisedRecordEntered.class).matching(e -> e.recordId() == id)
                .toArriveAndVerify(e -> assertThat(e.entry()).isEqualTo(1));
        scenario.stimulate(() -> enter("so.hoa.hai", id, paper))
                .andWaitForEventOfType(DigitisedRecordEntered.class).matching(e -> e.recordId() == id && e.entry() == 2)
                .toArriveAndVerify(e -> assertThat(record(id).state()).as("a correction is always checked")
                        .isEqualTo(RecordState.TO_CHECK));
        scenario.stimulate(() -> {
            as("kiem.tra.mau", Role.SPOT_CHECKER);
            decisions.approve(id, "127.0.0.1");
        }).andWaitForEventOfType(DigitisedRecordChecked.class).matching(e -> e.recordId() == id)
                .toArriveAndVerify(e -> assertThat(e.checker()).isEqualTo("kiem.tra.mau"));

        DigitisedRecord issued = record(id);
        assertThat(issued.state()).isEqualTo(RecordState.ISSUED);
        IssuedResult result = results.find(issued.resultCode()).orElseThrow();
        assertThat(result.provenance()).isEqualTo(Provenance.DIGITISED_FROM_PAPER);
        assertThat(result.holders()).containsExactly(Pin.of(paper.get("owner-1-id")));
        assertThat(result.fields()).anySatisfy(f -> {
            assertThat(f.name()).isEqualTo("area");
            assertThat(f.value()).isEqualTo("245,8");
        });
        assertThat(result.parcel().code()).isEqualTo("03334.14.112");
        assertThat(issuedIn(count()) - issuedIn(before)).as("the commune's digitisation progress").isEqualTo(1);
    }

    @Test
    void anIssuedRecordPublishesDigitisedRecordIssued(Scenario scenario) throws IOException {
        Map<String, String> paper = DigitisingFixtures.landCertificateOf(context, 12);
        long id = unsureRecord(12);
        enter("so.hoa.mot", id, paper);
        scenario.stimulate(() -> enter("so.hoa.hai", id, paper))
                .andWaitForEventOfType(DigitisedRecordIssued.class).matching(e -> e.recordId() == id)
                .toArriveAndVerify(e -> {
                    assertThat(e.communes()).containsExactly(DigitisingFixtures.COMMUNE);
                    assertThat(record(id).resultCode()).isEqualTo(e.code());
                });
    }

    @Test
    void disagreeingEntriesGoToAClerkWhoseSettlementIsChecked(Scenario scenario) throws IOException {
        Map<String, String> paper = DigitisingFixtures.landCertificateOf(context, 13);
        long id = unsureRecord(13);
        enter("so.hoa.mot", id, with(paper, "area", "245,6"));
        scenario.stimulate(() -> enter("so.hoa.hai", id, with(paper, "area", "248,6")))
                .andWaitForEventOfType(DigitisedEntriesDisagreed.class).matching(e -> e.recordId() == id)
                .toArriveAndVerify(e -> assertThat(record(id).state()).isEqualTo(RecordState.DISAGREED));
        scenario.stimulate(() -> {
            as("van.thu.xa", Role.CLERK);
            decisions.resolve(id, with(paper, "area", "245,6"), "127.0.0.1");
        }).andWaitForEventOfType(DigitisedRecordResolved.class).matching(e -> e.recordId() == id)
                .toArriveAndVerify(e -> {
                    assertThat(record(id).state()).isEqualTo(RecordState.TO_CHECK);
                    assertThat(record(id).settled("area")).isEqualTo("245,6");
                });
    }

    @Test
    void aRecordSentBackByTheSpotCheckerIsEnteredAgain(Scenario scenario) throws IOException {
        Map<String, String> paper = with(DigitisingFixtures.landCertificateOf(context, 14), "map-sheet", "15");
        long id = unsureRecord(14);
        enter("so.hoa.mot", id, paper);
        enter("so.hoa.hai", id, paper);
        scenario.stimulate(() -> {
            as("kiem.tra.mau", Role.SPOT_CHECKER);
            decisions.sendBack(id, "127.0.0.1");
        }).andWaitForEventOfType(DigitisedRecordReturned.class).matching(e -> e.recordId() == id)
                .toArriveAndVerify(e -> {
                    DigitisedRecord returned = record(id);
                    assertThat(returned.state()).isEqualTo(RecordState.TO_ENTER);
                    assertThat(returned.reasons()).contains(EntryReason.RETURNED);
                    assertThat(returned.firstBy()).isNull();
                });
    }

    @Test
    void theSameDigitiserEnteringTwiceIsRefusedAndNothingChanges() throws IOException {
        Map<String, String> paper = DigitisingFixtures.landCertificateOf(context, 15);
        long id = unsureRecord(15);
        enter("so.hoa.mot", id, paper);
        assertThatThrownBy(() -> enter("so.hoa.mot", id, with(paper, "area", "1,0")))
                .isInstanceOf(ResultRefusedException.class).extracting("messageKey")
                .isEqualTo("results.digitising.error.same-digitiser");
        DigitisedRecord unchanged = record(id);
        assertThat(unchanged.secondBy()).isNull();
        assertThat(unchanged.fields()).extracting(RecordField::second).containsOnlyNulls();
        assertThat(unchanged.state()).isEqualTo(RecordState.TO_ENTER);
    }

    @Test
    void aSpotCheckerCannotCheckARecordTheyEntered() throws IOException {
        Map<String, String> paper = with(DigitisingFixtures.landCertificateOf(context, 16), "area", "99,0");
        long id = unsureRecord(16);
        enter("so.hoa.mot", id, paper);
        enter("ca.hai.vai", id, paper);
        // the same account, its role changed from digitiser to spot-checker
        as("ca.hai.vai", Role.SPOT_CHECKER);
        assertThatThrownBy(() -> decisions.approve(id, "127.0.0.1")).isInstanceOf(ResultRefusedException.class)
                .extracting("messageKey").isEqualTo("results.digitising.error.own-entry");
        assertThat(record(id).state()).isEqualTo(RecordState.TO_CHECK);
        assertThat(record(id).checkedBy()).isNull();
    }

    @Test
    void anIdTheRegisterDoesNotHoldIsFlaggedWhenReadAndRefusedWhenEntered() throws IOException {
        Map<String, String> paper = DigitisingFixtures.landCertificateOf(context, 17);
        Map<String, String> unknown = with(paper, "owner-1-id", "011090999999");
        long id = DigitisingFixtures.read(context, unknown, context.getBean(PersonLinks.class)
                .link(RecordType.LAND_USE_CERTIFICATE, DigitisingFixtures.COMMUNE, unknown).reasons(), Set.of());
        assertThat(record(id).reasons()).contains(EntryReason.UNKNOWN_ID);
        assertThat(record(id).state()).as("never trusted").isEqualTo(RecordState.TO_ENTER);

        assertThatThrownBy(() -> enter("so.hoa.mot", id, unknown)).isInstanceOf(ResultRefusedException.class)
                .extracting("messageKey").isEqualTo("results.digitising.error.unknown-id");
        assertThat(record(id).firstBy()).isNull();
        enter("so.hoa.mot", id, paper);
        assertThat(record(id).firstBy()).isEqualTo("so.hoa.mot");
    }

    @Test
    void aRecordOfAnotherCommuneIsNotFound() throws IOException {
        long id = unsureRecord(18);
        Officers.signIn("so.hoa.khac", Role.DIGITISER, new Scope("03127", null));
        assertThatThrownBy(() -> decisions.enter(id, DigitisingFixtures.landCertificateOf(context, 18), "127.0.0.1"))
                .isInstanceOf(ResultRefusedException.class).extracting("messageKey")
                .isEqualTo("results.digitising.error.not-found");
        assertThat(record(id).firstBy()).isNull();
    }

    private List<IndicatorCount> count() {
        return progress.count(DigitisingIndicators.LAND,
                List.of(Period.containing(PeriodType.MONTH, LocalDate.now())), Set.of(DigitisingFixtures.COMMUNE));
    }

    private static long issuedIn(List<IndicatorCount> counts) {
        return counts.stream().mapToLong(IndicatorCount::numerator).sum();
    }
}
