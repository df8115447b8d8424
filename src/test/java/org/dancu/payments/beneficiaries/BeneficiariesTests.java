package org.dancu.payments.beneficiaries;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.dancu.audit.Actor;
import org.dancu.cleansing.CleansingFixtures;
import org.dancu.payments.BeneficiaryAdmitted;
import org.dancu.payments.PaymentsFixtures;
import org.dancu.register.Officers;
import org.dancu.register.RegisterTestData;
import org.dancu.register.RegisteredPerson;
import org.dancu.register.RegisteredPersons;
import org.dancu.security.Role;
import org.dancu.security.Scope;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/**
 * Decisions' beneficiaries entered by officers within their scope: linked to the register by ID or by the
 * linkage engine, checked for eligibility, refused in words with nothing stored, reviewed when the engine is
 * not sure, audited; the pages open to province and commune officers only.
 */
@SpringBootTest
@AutoConfigureMockMvc
@EnableScenarios
class BeneficiariesTests {

    private static final Scope PROVINCE = new Scope("11", null);

    @Autowired MockMvc mvc;
    @Autowired ApplicationContext context;
    @Autowired JdbcClient jdbc;
    @Autowired DecisionEntry entry;
    @Autowired RegisteredPersons persons;

    @BeforeEach
    void register() throws IOException {
        RegisterTestData.ensureLoaded(context);
    }

    @Test
    void aBeneficiaryEnteredByIdIsLinkedAdmittedAndAudited(Scenario scenario) {
        RegisteredPerson person = PaymentsFixtures.eligiblePersons(context, PaymentsFixtures.MONTHLY_ASSISTANCE, 1).get(0);

        scenario.stimulate(() -> entry.enter(input(person.pin().value(), person.name().fullName(), "1,5", "750.000"),
                        PROVINCE, Actor.staff("officer-enter"), "127.0.0.1"))
                .andWaitForEventOfType(BeneficiaryAdmitted.class).matching(e -> e.pin().equals(person.pin()))
                .toArriveAndVerify((event, entered) -> {
                    assertThat(entered.status()).isEqualTo(BeneficiaryStatus.ACTIVE);
                    assertThat(event.beneficiaryId()).isEqualTo(entered.beneficiaryId());
                    assertThat(event.programme()).isEqualTo(PaymentsFixtures.MONTHLY_ASSISTANCE);
                });
        assertThat(jdbc.sql("SELECT status || ' ' || coefficient || ' ' || channel FROM payments.beneficiary "
                        + "WHERE programme_code = 'TCXH_HANG_THANG' AND pin = ?").param(person.pin().value())
                .query(String.class).single()).isEqualTo("ACTIVE 1.50 POST_HOME");
        assertThat(ledger("payments.beneficiary.enter", person.pin().value(), "SUCCESS")).isEqualTo(1);
    }

    @Test
    void withoutItsIdTheLinkageEngineFindsThePersonByNameBirthAndCommune() {
        RegisteredPerson person = PaymentsFixtures.eligiblePersons(context, PaymentsFixtures.MONTHLY_ASSISTANCE, 5)
                .stream().filter(p -> p.birthDate().precision() == org.dancu.civil.PartialDate.Precision.DAY)
                .findFirst().orElseThrow();
        DecisionInput withoutId = new DecisionInput("TCXH_HANG_THANG", "", person.name().fullName(),
                person.birthDate().toString(), person.communeCode(), "1", null, null, "QĐ 77/QĐ-UBND", "20/11/2026",
                "01/12/2026", "BANK_ACCOUNT");

        DecisionEntry.Entered entered = entry.enter(withoutId, PROVINCE, Actor.staff("officer-link"), "127.0.0.1");

        assertThat(entered.status()).isEqualTo(BeneficiaryStatus.ACTIVE);
        assertThat(jdbc.sql("SELECT pin FROM payments.beneficiary WHERE id = ?").param(entered.beneficiaryId())
                .query(String.class).single()).isEqualTo(person.pin().value());
    }

    @Test
    void badInputIsRefusedInWordsAndNothingIsStored() throws Exception {
        MockHttpSession officer = Officers.logIn(mvc, context, Role.PROVINCE_OFFICER, PROVINCE, "Cán bộ Chi Trả");
        RegisteredPerson person = PaymentsFixtures.eligiblePersons(context, PaymentsFixtures.MONTHLY_ASSISTANCE, 1).get(0);
        RegisteredPerson dead = PaymentsFixtures.deadPerson(context);
        long lines = count("SELECT count(*) FROM payments.beneficiary");
        long denied = count("SELECT count(*) FROM audit.ledger WHERE action = 'payments.beneficiary.enter' "
                + "AND outcome = 'DENIED'");

        refused(officer, input(dead.pin().value(), dead.name().fullName(), "1", null), "DEAD");
        refused(officer, input(person.pin().value(), person.name().fullName(), "1.5", "750000,5"), "amount-decimals");
        refused(officer, input(person.pin().value(), person.name().fullName(), "1.505", null), "coefficient");
        refused(officer, new DecisionInput("KHONG_CO", person.pin().value(), person.name().fullName(), null, null, "1",
                null, null, "QĐ 1", "20/11/2026", null, null), "programme");
        refused(officer, input("", "Qwyx Zzrt Vbnm", "1", null), "unknown");
        MockHttpSession elsewhere = Officers.logIn(mvc, context, Role.COMMUNE_OFFICER,
                new Scope(CleansingFixtures.MUONG_THANH, null), "Cán bộ Xã Khác");
        RegisteredPerson outside = PaymentsFixtures.eligiblePersons(context, PaymentsFixtures.MONTHLY_ASSISTANCE, 40)
                .stream().filter(p -> !jdbc.sql("SELECT count(*) FROM locality.scope_commune WHERE scope_code = ? "
                        + "AND commune_code = ?").params(CleansingFixtures.MUONG_THANH, p.communeCode())
                        .query(Long.class).single().equals(1L)).findFirst().orElseThrow();
        refused(elsewhere, input(outside.pin().value(), outside.name().fullName(), "1", null), "scope");

        assertThat(count("SELECT count(*) FROM payments.beneficiary")).isEqualTo(lines);
        assertThat(count("SELECT count(*) FROM audit.ledger WHERE action = 'payments.beneficiary.enter' "
                + "AND outcome = 'DENIED'")).isEqualTo(denied + 6);
        mvc.perform(get("/payments/beneficiaries").session(officer).param("lang", "en")).andExpect(status().isOk());
        mvc.perform(enter(input(dead.pin().value(), dead.name().fullName(), "1", null)).session(officer).with(csrf()))
                .andExpect(flash().attribute("refusal", "payments.beneficiaries.refused.DEAD"));
    }

    @Test
    void aDecisionsListIsCheckedRowByRowAndLoadedWholeOrNotAtAll() throws Exception {
        MockHttpSession officer = Officers.logIn(mvc, context, Role.PROVINCE_OFFICER, PROVINCE, "Cán bộ Nhập Tệp");
        List<RegisteredPerson> learners = PaymentsFixtures.eligiblePersons(context, PaymentsFixtures.STUDY_SUPPORT, 2);
        RegisteredPerson dead = PaymentsFixtures.deadPerson(context);
        String header = "Chương trình,Số định danh,Họ và tên,Số tháng,Số tiền,Số quyết định,Ngày quyết định\n";
        String good = learners.stream().map(p -> "HO_TRO_CHI_PHI_HOC_TAP," + p.pin().value() + ","
                + p.name().fullName() + ",4,600.000,QĐ 501/QĐ-SGDĐT,15/09/2026\n").reduce("", String::concat);
        String bad = "HO_TRO_CHI_PHI_HOC_TAP," + dead.pin().value() + "," + dead.name().fullName()
                + ",4,,QĐ 501/QĐ-SGDĐT,15/09/2026\nHO_TRO_CHI_PHI_HOC_TAP,,Người Không Có,4.5,,QĐ 501/QĐ-SGDĐT,15/09/2026\n";
        long lines = count("SELECT count(*) FROM payments.beneficiary");

        mvc.perform(upload(header + good + bad, false).session(officer).with(csrf())).andExpect(status().isOk())
                .andExpect(model().attribute("withProblems", 2L))
                .andExpect(content().string(org.hamcrest.Matchers.allOf(
                        org.hamcrest.Matchers.containsString("Cơ sở dữ liệu dân cư ghi người này đã chết"),
                        org.hamcrest.Matchers.containsString("Số tháng học là số nguyên từ 1 đến 9"))));
        mvc.perform(upload(header + good + bad, true).session(officer).with(csrf()))
                .andExpect(model().attribute("refusal", DecisionImport.WHOLE_FILE));
        assertThat(count("SELECT count(*) FROM payments.beneficiary")).isEqualTo(lines);

        mvc.perform(upload(header + good, true).session(officer).with(csrf())).andExpect(model().attribute("loaded", 2L));
        assertThat(jdbc.sql("SELECT count(*) FROM payments.beneficiary WHERE decision_ref = 'QĐ 501/QĐ-SGDĐT' "
                + "AND status = 'ACTIVE' AND months = 4").query(Long.class).single()).isEqualTo(2);
        mvc.perform(upload("Họ và tên,Số định danh\nLò Văn A,011095000123\n", false).session(officer).with(csrf()))
                .andExpect(model().attributeExists("missing"));
    }

    private static MockMultipartHttpServletRequestBuilder upload(String csv, boolean load) {
        return multipart("/payments/beneficiaries/import").file(new MockMultipartFile("file", "danh-sach.csv",
                "text/csv", csv.getBytes(StandardCharsets.UTF_8))).param("load", String.valueOf(load));
    }

    @Test
    void anOfficerPicksTheCandidateWhoIsThePersonOrNone() throws Exception {
        List<RegisteredPerson> candidates = PaymentsFixtures.eligiblePersons(context,
                PaymentsFixtures.SOCIAL_PENSION, 2);
        long picked = lineToReview("QĐ-REVIEW-1", candidates);
        long dismissed = lineToReview("QĐ-REVIEW-2", candidates);
        MockHttpSession officer = Officers.logIn(mvc, context, Role.PROVINCE_OFFICER, PROVINCE, "Cán bộ Rà Soát");

        mvc.perform(get("/payments/beneficiaries/review").session(officer)).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.allOf(
                        org.hamcrest.Matchers.containsString("QĐ-REVIEW-1"),
                        org.hamcrest.Matchers.containsString(candidates.get(1).name().fullName()))));
        RegisteredPerson stranger = PaymentsFixtures.eligiblePersons(context, PaymentsFixtures.MONTHLY_ASSISTANCE, 5)
                .stream().filter(p -> candidates.stream().noneMatch(c -> c.personId() == p.personId()))
                .findFirst().orElseThrow();
        mvc.perform(post("/payments/beneficiaries/" + picked + "/pick").param("personId",
                        String.valueOf(stranger.personId())).session(officer).with(csrf()))
                .andExpect(flash().attribute("refusal", "payments.beneficiaries.refused.candidate"));
        mvc.perform(post("/payments/beneficiaries/" + picked + "/pick").param("personId",
                        String.valueOf(candidates.get(1).personId())).session(officer).with(csrf()))
                .andExpect(flash().attribute("notice", "payments.beneficiaries.entered.ACTIVE"));
        mvc.perform(post("/payments/beneficiaries/" + dismissed + "/dismiss").session(officer).with(csrf()))
                .andExpect(flash().attribute("notice", "payments.beneficiaries.review.dismissed"));
        mvc.perform(post("/payments/beneficiaries/" + dismissed + "/dismiss").session(officer).with(csrf()))
                .andExpect(flash().attribute("refusal", "payments.beneficiaries.refused.state"));

        assertThat(jdbc.sql("SELECT pin || ' ' || status FROM payments.beneficiary WHERE id = ?").param(picked)
                .query(String.class).single()).isEqualTo(candidates.get(1).pin().value() + " ACTIVE");
        assertThat(jdbc.sql("SELECT status || ' ' || status_reason FROM payments.beneficiary WHERE id = ?")
                .param(dismissed).query(String.class).single()).isEqualTo("INELIGIBLE NOT_FOUND");
        assertThat(ledger("payments.beneficiary.review", candidates.get(1).pin().value(), "SUCCESS")).isEqualTo(1);
    }

    @Test
    void aCommuneOfficerReviewsOnlyCandidatesOfTheirArea() throws Exception {
        Scope commune = new Scope(CleansingFixtures.MUONG_THANH, null);
        RegisteredPerson inside = persons.byId(((Number) RegisterTestData.personInScope(jdbc,
                CleansingFixtures.MUONG_THANH, true).get("person_id")).longValue()).orElseThrow();
        RegisteredPerson outside = persons.byId(((Number) RegisterTestData.personInScope(jdbc,
                CleansingFixtures.MUONG_THANH, false).get("person_id")).longValue()).orElseThrow();
        long line = lineToReview("QĐ-REVIEW-3", List.of(outside, inside));
        MockHttpSession officer = Officers.logIn(mvc, context, Role.COMMUNE_OFFICER, commune, "Cán bộ Xã Rà Soát");

        mvc.perform(get("/payments/beneficiaries/review").session(officer)).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.allOf(
                        org.hamcrest.Matchers.containsString("QĐ-REVIEW-3"),
                        org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(outside.name().fullName())))));
        mvc.perform(post("/payments/beneficiaries/" + line + "/pick").param("personId",
                        String.valueOf(outside.personId())).session(officer).with(csrf()))
                .andExpect(flash().attribute("refusal", "payments.beneficiaries.refused.scope"));
        assertThat(jdbc.sql("SELECT status FROM payments.beneficiary WHERE id = ?").param(line)
                .query(String.class).single()).isEqualTo("TO_REVIEW");
    }

    @Test
    void thePagesOpenToProvinceAndCommuneOfficersAndToNobodyElse() throws Exception {
        for (Role role : List.of(Role.PROVINCE_OFFICER, Role.COMMUNE_OFFICER)) {
            Scope scope = role == Role.PROVINCE_OFFICER ? PROVINCE : new Scope(CleansingFixtures.MUONG_THANH, null);
            MockHttpSession session = Officers.logIn(mvc, context, role, scope, "Cán bộ Được Vào");
            mvc.perform(get("/payments/beneficiaries").session(session)).andExpect(status().isOk())
                    .andExpect(content().string(org.hamcrest.Matchers.containsString("Nhập đối tượng hưởng")));
            mvc.perform(get("/payments/beneficiaries/review").session(session).param("lang", "en"))
                    .andExpect(status().isOk())
                    .andExpect(content().string(org.hamcrest.Matchers.containsString("Lines awaiting review")));
            mvc.perform(get("/payments/beneficiaries/import").session(session)).andExpect(status().isOk())
                    .andExpect(content().string(org.hamcrest.Matchers.containsString("Số quyết định, bắt buộc")));
        }
        for (Role role : List.of(Role.AUDITOR, Role.ADMINISTRATOR, Role.AGENCY_OFFICER)) {
            MockHttpSession session = Officers.logIn(mvc, context, role,
                    role == Role.AGENCY_OFFICER ? new Scope(null, "SO_YT") : PROVINCE, "Cán bộ Không Được Vào");
            mvc.perform(get("/payments/beneficiaries").session(session)).andExpect(status().isForbidden());
            mvc.perform(get("/payments/beneficiaries/review").session(session)).andExpect(status().isForbidden());
            mvc.perform(get("/payments/beneficiaries/import").session(session)).andExpect(status().isForbidden());
        }
    }

    private long lineToReview(String decision, List<RegisteredPerson> candidates) {
        long id = jdbc.sql("""
                        INSERT INTO payments.beneficiary (version, programme_code, claimed_name, claimed_birth,
                            commune_code, coefficient, decision_ref, decision_date, starts_on, status, entered_by,
                            entered_at)
                        VALUES (0, 'HUU_TRI_XA_HOI', ?, '1948', ?, 1, ?, DATE '2026-11-20', DATE '2026-12-01',
                            'TO_REVIEW', 'officer', now()) RETURNING id""")
                .params(candidates.get(1).name().fullName(), candidates.get(1).communeCode(), decision)
                .query(Long.class).single();
        for (int i = 0; i < candidates.size(); i++) {
            jdbc.sql("INSERT INTO payments.beneficiary_candidate (beneficiary_id, rank, person_id, pin, probability) "
                            + "VALUES (?, ?, ?, ?, ?)")
                    .params(id, i + 1, candidates.get(i).personId(), candidates.get(i).pin().value(), 0.7 - i * 0.1)
                    .update();
        }
        return id;
    }

    private void refused(MockHttpSession officer, DecisionInput input, String fault) throws Exception {
        mvc.perform(enter(input).session(officer).with(csrf()))
                .andExpect(flash().attribute("refusal", "payments.beneficiaries.refused." + fault));
    }

    private static MockHttpServletRequestBuilder enter(DecisionInput input) {
        MockHttpServletRequestBuilder request = post("/payments/beneficiaries");
        String[][] fields = {{"programme", input.programme()}, {"pin", input.pin()}, {"fullName", input.fullName()},
                {"birthDate", input.birthDate()}, {"communeCode", input.communeCode()},
                {"coefficient", input.coefficient()}, {"months", input.months()}, {"amount", input.amount()},
                {"decisionRef", input.decisionRef()}, {"decisionDate", input.decisionDate()},
                {"startsOn", input.startsOn()}, {"channel", input.channel()}};
        for (String[] field : fields) {
            if (field[1] != null) {
                request = request.param(field[0], field[1]);
            }
        }
        return request;
    }

    private static DecisionInput input(String pin, String name, String coefficient, String amount) {
        return new DecisionInput("TCXH_HANG_THANG", pin, name, null, null, coefficient, null, amount,
                "QĐ " + Math.abs(name.hashCode()) + "/QĐ-UBND", "20/11/2026", "01/12/2026", "POST_HOME");
    }

    private long ledger(String action, String pin, String outcome) {
        return jdbc.sql("SELECT count(*) FROM audit.ledger WHERE action = ? AND object_id = ? AND outcome = ?")
                .params(action, pin, outcome).query(Long.class).single();
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
