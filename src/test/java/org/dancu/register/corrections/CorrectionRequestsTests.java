package org.dancu.register.corrections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.dancu.audit.Actor;
import org.dancu.audit.AuditRecord;
import org.dancu.audit.AuditTrail;
import org.dancu.civil.Pin;
import org.dancu.register.CorrectionAccepted;
import org.dancu.register.CorrectionClaim;
import org.dancu.register.CorrectionFixtures;
import org.dancu.register.CorrectionRefusedException;
import org.dancu.register.CorrectionRejected;
import org.dancu.register.CorrectionRequestView;
import org.dancu.register.CorrectionRequested;
import org.dancu.register.CorrectionRequests;
import org.dancu.register.CorrectionState;
import org.dancu.register.CorrectionWithdrawn;
import org.dancu.register.ImportFixtures;
import org.dancu.register.Officers;
import org.dancu.register.PersonCorrected;
import org.dancu.register.PersonField;
import org.dancu.register.importing.ImportProblem;
import org.dancu.security.Role;
import org.dancu.security.Scope;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;
import org.springframework.security.access.AccessDeniedException;

/**
 * A citizen's request and an officer's decision each publish their event with the change; what the
 * register would not accept, a request of someone else's, a decision outside the officer's scope or
 * from the wrong state is refused and changes nothing.
 */
@SpringBootTest
@EnableScenarios
class CorrectionRequestsTests {

    private static final String MUONG_THANH = ImportFixtures.MUONG_THANH;
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    @RegisterExtension final ImportFixtures ids = new ImportFixtures();
    @Autowired ApplicationContext context;
    @Autowired CorrectionRequests requests;
    @Autowired CorrectionDecisions decisions;
    @Autowired JdbcClient jdbc;
    @Autowired AuditTrail trail;

    private Pin citizen;

    @BeforeEach
    void aCitizenOfMuongThanh() {
        citizen = CorrectionFixtures.person(context, ids, MUONG_THANH);
    }

    @AfterEach
    void signOut() {
        Officers.signOut();
    }

    private long submitted(String given) {
        return requests.submit(citizen, CorrectionFixtures.givenName(given), VIETNAMESE, "203.0.113.9");
    }

    private static void communeOfficer(String commune) {
        Officers.signIn("xa.dinhchinh", Role.COMMUNE_OFFICER, new Scope(commune, null));
    }

    private String recorded(PersonField field) {
        return jdbc.sql("SELECT " + field.column() + "::text FROM register.person WHERE pin = :pin")
                .param("pin", citizen.value()).query(String.class).single();
    }

    private CorrectionState state(long id) {
        return requests.find(id).orElseThrow().state();
    }

    @Test
    void submittingPublishesCorrectionRequestedAndIsTheCitizensActInTheLedger(Scenario scenario) {
        scenario.stimulate(() -> submitted("Đức"))
                .andWaitForEventOfType(CorrectionRequested.class)
                .matching(e -> e.fields().equals(Set.of(PersonField.GIVEN_NAME)))
                .toArriveAndVerify((e, id) -> {
                    assertThat(e.requestId()).isEqualTo(id);
                    assertThat(e.communeCode()).isEqualTo(MUONG_THANH);
                    CorrectionRequestView view = requests.find(id).orElseThrow();
                    assertThat(view.proposed()).containsExactly(Map.entry(PersonField.GIVEN_NAME, "Đức"));
                    assertThat(view.recorded()).containsExactly(Map.entry(PersonField.GIVEN_NAME, CorrectionFixtures.GIVEN));
                    assertThat(view.state()).isEqualTo(CorrectionState.SUBMITTED);
                });
        List<AuditRecord> entries = trail.findByObject("person", citizen.value(), 100);
        assertThat(entries).anySatisfy(r -> {
            assertThat(r.entry().action()).isEqualTo(CorrectionAudit.REQUEST);
            assertThat(r.entry().actor().kind()).isEqualTo(Actor.Kind.CITIZEN);
            assertThat(r.entry().actor().id()).doesNotContain(citizen.value());
        });
    }

    @Test
    void acceptingPublishesCorrectionAcceptedAndCorrectsTheRecordThroughALifeEvent(Scenario scenario) {
        long id = submitted("Đức");
        communeOfficer(MUONG_THANH);
        scenario.stimulate(() -> decisions.accept(id, "198.51.100.1"))
                .andWaitForEventOfType(CorrectionAccepted.class).matching(e -> e.requestId() == id)
                .toArriveAndVerify(e -> {
                    assertThat(e.by()).isEqualTo("xa.dinhchinh");
                    assertThat(state(id)).isEqualTo(CorrectionState.ACCEPTED);
                    assertThat(recorded(PersonField.GIVEN_NAME)).isEqualTo("Đức");
                });
        assertThat(jdbc.sql("""
                        SELECT source FROM register.life_event e JOIN register.person p USING (person_id)
                        WHERE p.pin = :pin AND e.type = 'CORRECTION'""")
                .param("pin", citizen.value()).query(String.class).list())
                .containsExactly("Yêu cầu đính chính của công dân số " + id);
        assertThat(trail.findByObject("person", citizen.value(), 100)).extracting(r -> r.entry().action())
                .contains(CorrectionAudit.ACCEPT, "register.person.change");
    }

    @Test
    void acceptingSeveralFieldsRecordsOneCorrectionEach(Scenario scenario) {
        Map<PersonField, String> proposed = new EnumMap<>(PersonField.class);
        proposed.put(PersonField.BIRTH_DATE, "21/03/1990");
        proposed.put(PersonField.RESIDENCE_ADDRESS, "Số 4, Tổ dân phố 1");
        long id = requests.submit(citizen, new CorrectionClaim(proposed, "CCCD ghi ngày 21/03/1990"), VIETNAMESE,
                null);
        communeOfficer(MUONG_THANH);
        scenario.stimulate(() -> decisions.accept(id, null))
                .andWaitForEventOfType(PersonCorrected.class).matching(e -> e.field() == PersonField.RESIDENCE_ADDRESS)
                .toArriveAndVerify(e -> {
                    assertThat(recorded(PersonField.BIRTH_DATE)).isEqualTo("1990-03-21");
                    assertThat(recorded(PersonField.RESIDENCE_ADDRESS)).isEqualTo("Số 4, Tổ dân phố 1");
                });
    }

    @Test
    void rejectingPublishesCorrectionRejectedWithTheReasonKeptAndTheRecordUnchanged(Scenario scenario) {
        long id = submitted("Đức");
        communeOfficer(MUONG_THANH);
        scenario.stimulate(() -> decisions.reject(id, "Giấy khai sinh ghi tên Đúng", null))
                .andWaitForEventOfType(CorrectionRejected.class).matching(e -> e.requestId() == id)
                .toArriveAndVerify(e -> {
                    CorrectionRequestView view = requests.find(id).orElseThrow();
                    assertThat(view.state()).isEqualTo(CorrectionState.REJECTED);
                    assertThat(view.reason()).isEqualTo("Giấy khai sinh ghi tên Đúng");
                    assertThat(recorded(PersonField.GIVEN_NAME)).isEqualTo(CorrectionFixtures.GIVEN);
                });
    }

    @Test
    void withdrawingPublishesCorrectionWithdrawn(Scenario scenario) {
        long id = submitted("Đức");
        scenario.stimulate(() -> requests.withdraw(citizen, id, null))
                .andWaitForEventOfType(CorrectionWithdrawn.class).matching(e -> e.requestId() == id)
                .toArriveAndVerify(e -> assertThat(state(id)).isEqualTo(CorrectionState.WITHDRAWN));
        assertThat(requests.of(citizen)).extracting(CorrectionRequestView::state)
                .containsExactly(CorrectionState.WITHDRAWN);
    }

    @Test
    void badValuesAreRefusedEachBesideItsFieldAndNothingIsStored() {
        Map<PersonField, String> proposed = new EnumMap<>(PersonField.class);
        proposed.put(PersonField.GIVEN_NAME, "<script>");
        proposed.put(PersonField.BIRTH_DATE, "31/02/1990");
        proposed.put(PersonField.HOME_TOWN, "99999");
        proposed.put(PersonField.ETHNICITY, "Thái");
        proposed.put(PersonField.COMMUNE_CODE, MUONG_THANH);
        proposed.put(PersonField.SEX, "Nữ");
        assertThatThrownBy(() -> requests.submit(citizen, new CorrectionClaim(proposed, " "), VIETNAMESE, null))
                .isInstanceOfSatisfying(CorrectionRefusedException.class, e -> assertThat(e.problems())
                        .containsEntry("GIVEN_NAME", "register.import.detail.INVALID_NAME.INVALID_CHARACTERS")
                        .containsEntry("BIRTH_DATE", "register.import.detail.INVALID_DATE.IMPOSSIBLE_DATE")
                        .containsEntry("HOME_TOWN", "register.event.error.commune")
                        .containsEntry("ETHNICITY", "register.correction.error.no-change")
                        .containsEntry("COMMUNE_CODE", "register.correction.error.field")
                        .containsEntry("SEX", ImportProblem.PIN_SEX_MISMATCH.messageKey())
                        .containsEntry("explanation", "register.correction.error.explanation"));
        assertThatThrownBy(() -> requests.submit(citizen, new CorrectionClaim(Map.of(), "Sai"), VIETNAMESE, null))
                .isInstanceOfSatisfying(CorrectionRefusedException.class, e -> assertThat(e.problems())
                        .containsEntry("fields", "register.correction.error.no-field"));
        assertThat(requests.of(citizen)).isEmpty();
    }

    @Test
    void moreOpenRequestsThanAllowedAreRefusedUntilOneIsWithdrawn() {
        long first = submitted("Đức");
        for (int i = 1; i < CorrectionRequests.MOST_OPEN; i++) {
            submitted("Đức");
        }
        assertThatThrownBy(() -> submitted("Đạt"))
                .isInstanceOfSatisfying(CorrectionRefusedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("register.correction.error.too-many"));
        assertThat(requests.of(citizen)).hasSize(CorrectionRequests.MOST_OPEN);

        requests.withdraw(citizen, first, null);
        submitted("Đạt");
        assertThat(requests.of(citizen)).hasSize(CorrectionRequests.MOST_OPEN + 1);
    }

    @Test
    void aCitizenCannotWithdrawSomeoneElsesRequest() {
        long id = submitted("Đức");
        Pin other = CorrectionFixtures.person(context, ids, MUONG_THANH);
        assertThatThrownBy(() -> requests.withdraw(other, id, null))
                .isInstanceOfSatisfying(CorrectionRefusedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("register.correction.error.not-found"));
        assertThat(state(id)).isEqualTo(CorrectionState.SUBMITTED);
        assertThat(requests.of(other)).isEmpty();
    }

    @Test
    void anOfficerOfAnotherCommuneNeitherSeesNorDecidesAndOtherRolesAreRefused() {
        long id = submitted("Đức");
        communeOfficer(ids.communeOutsideMuongThanh());
        assertThat(decisions.workList(null)).noneMatch(item -> item.request().id() == id);
        assertThatThrownBy(() -> decisions.accept(id, null)).isInstanceOf(CorrectionRefusedException.class);
        assertThatThrownBy(() -> decisions.reject(id, "Không", null)).isInstanceOf(CorrectionRefusedException.class);
        Officers.signIn("so.thue", Role.AGENCY_OFFICER, new Scope(null, "THUE"));
        assertThatThrownBy(() -> decisions.workList(null)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> decisions.accept(id, null)).isInstanceOf(AccessDeniedException.class);
        assertThat(state(id)).isEqualTo(CorrectionState.SUBMITTED);
        assertThat(recorded(PersonField.GIVEN_NAME)).isEqualTo(CorrectionFixtures.GIVEN);
    }

    @Test
    void aDecisionFromTheWrongStateOrAnAcceptanceTheRegisterRefusesChangesNothing() {
        long decided = submitted("Đức");
        long refused = submitted("Đạt");
        communeOfficer(MUONG_THANH);
        decisions.reject(decided, "Không đúng", null);
        assertThatThrownBy(() -> decisions.accept(decided, null)).isInstanceOf(CorrectionStateException.class);

        decisions.accept(submitted("Đạt"), null);
        assertThatThrownBy(() -> decisions.accept(refused, null))
                .isInstanceOfSatisfying(CorrectionRefusedException.class, e -> assertThat(e.problems())
                        .containsEntry("GIVEN_NAME", "register.event.error.correction-no-change"));
        assertThat(state(decided)).isEqualTo(CorrectionState.REJECTED);
        assertThat(state(refused)).isEqualTo(CorrectionState.SUBMITTED);
    }
}
