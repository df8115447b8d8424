package org.dancu.payments.cash;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;

import org.dancu.payments.CyclesFixtures;
import org.dancu.payments.PayChannel;
import org.dancu.payments.PaymentsBooked;
import org.dancu.payments.PaymentsFixtures;
import org.dancu.payments.PaymentsFixtures.Beneficiary;
import org.dancu.payments.cycles.Cycle;
import org.dancu.register.Officers;
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
import org.springframework.test.web.servlet.MvcResult;

/**
 * Cash through the postal operator: the officer downloads the operator's list of the payments due in cash in
 * their communes and uploads the receipts back; a good file makes each line paid in cash with its receipt,
 * a file with any bad row changes nothing and says why in words; a role without payments cannot reach the page.
 */
@SpringBootTest
@AutoConfigureMockMvc
@EnableScenarios
class CashTests {

    private static final DateTimeFormatter DAY_FIRST = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Autowired ApplicationContext context;
    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;

    private List<Beneficiary> atHome;
    private Cycle cycle;
    private MockHttpSession officer;

    @BeforeEach
    void twoPeoplePaidAtHomeInAnApprovedCycle() throws Exception {
        atHome = PaymentsFixtures.activeBeneficiaries(context, PaymentsFixtures.SOCIAL_PENSION, 2, PayChannel.POST_HOME);
        cycle = CyclesFixtures.approvedCycle(context, PaymentsFixtures.SOCIAL_PENSION);
        officer = Officers.logIn(mvc, context, Role.PROVINCE_OFFICER, new Scope("11", null), "Lò Thị Chi");
    }

    @Test
    void theOperatorsListHoldsEachPaymentDueInCashWithItsReferenceAndTheReadIsInTheLedger() throws Exception {
        long before = entries("payments.cash.list", atHome.get(0));

        MvcResult started = mvc.perform(get("/payments/cash/list.csv").session(officer))
                .andExpect(request().asyncStarted()).andReturn();
        String list = mvc.perform(asyncDispatch(started)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(list.lines().findFirst().orElseThrow()).contains("line_ref", "pin", "full_name", "amount_vnd");
        assertThat(list).contains(reference(atHome.get(0)) + "," + atHome.get(0).pin().value() + ","
                + atHome.get(0).person().name().fullName(), "POST_HOME");
        assertThat(entries("payments.cash.list", atHome.get(0))).isEqualTo(before + 1);
        assertThat(mvc.perform(get("/payments/cash").session(officer)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString()).contains("Chi trả tiền mặt qua bưu điện", "/payments/cash/list.csv");
    }

    @Test
    void receiptsBackMakeEachLinePaidInCashWithItsReceipt(Scenario scenario) {
        LocalDate yesterday = LocalDate.now().minusDays(1);
        String receipts = "line_ref,receipt,paid_on\n"
                + reference(atHome.get(0)) + "," + receipt() + "," + yesterday.format(DAY_FIRST) + "\n"
                + reference(atHome.get(1)) + "," + receipt() + "," + yesterday + "\n";

        scenario.stimulate(() -> upload(receipts)).andWaitForEventOfType(PaymentsBooked.class)
                .matching(event -> event.cycleId() == cycle.id())
                .toArriveAndVerify(event -> assertThat(event.lines()).isEqualTo(2));

        assertThat(line(atHome.get(0))).isEqualTo("PAID_CASH " + yesterday + " true");
        assertThat(line(atHome.get(1))).isEqualTo("PAID_CASH " + yesterday + " true");
        assertThat(entries("payments.cash.receipt", atHome.get(0))).isEqualTo(1);
    }

    @Test
    void aFileWithABadRowChangesNothingAndSaysWhyInWords() throws Exception {
        String used = receipt();
        upload("line_ref,receipt,paid_on\n" + reference(atHome.get(0)) + "," + used + "," + LocalDate.now().format(DAY_FIRST) + "\n");
        String receipts = "line_ref,receipt,paid_on\n"
                + reference(atHome.get(1)) + "," + receipt() + "," + LocalDate.now().format(DAY_FIRST) + "\n"
                + "NO-SUCH-LINE," + receipt() + ",01/12/2026\n"
                + reference(atHome.get(0)) + "," + receipt() + ",01/12/2026\n"
                + reference(atHome.get(1)) + "," + used + ",31/02/2026\n"
                + reference(atHome.get(1)) + ",," + LocalDate.now().plusDays(3).format(DAY_FIRST) + "\n";

        String page = upload(receipts);

        assertThat(page).contains("Chưa ghi nhận gì", "Dòng 3, Mã khoản chi: không có khoản chi nào",
                "Dòng 4, Mã khoản chi: khoản chi này không chờ chi tiền mặt", "Dòng 5, Số biên nhận: số biên nhận này đã được dùng",
                "Dòng 5, Ngày chi: không phải là ngày", "Dòng 6, Số biên nhận: cần số biên nhận",
                "Dòng 6, Ngày chi: ngày chi ở tương lai").doesNotContain("unknown-line", "??");
        assertThat(line(atHome.get(1))).isEqualTo("CASH_DUE null false");
    }

    @Test
    void aCommuneOfficerReachesOnlyTheLinesOfTheirCommunes() throws Exception {
        String commune = jdbc.sql("SELECT commune_code FROM payments.line WHERE cycle_id = ? AND beneficiary_id = ?")
                .params(cycle.id(), atHome.get(0).id()).query(String.class).single();
        String elsewhere = jdbc.sql("""
                        SELECT scope_code FROM locality.scope_commune WHERE length(scope_code) = 5 AND scope_code NOT IN
                            (SELECT scope_code FROM locality.scope_commune WHERE commune_code = ?) LIMIT 1""")
                .param(commune).query(String.class).single();
        officer = Officers.logIn(mvc, context, Role.COMMUNE_OFFICER, new Scope(elsewhere, null), "Quàng Văn Nọi");

        MvcResult started = mvc.perform(get("/payments/cash/list.csv").session(officer)).andReturn();
        String list = mvc.perform(asyncDispatch(started)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        String page = upload("line_ref,receipt,paid_on\n" + reference(atHome.get(0)) + "," + receipt() + ","
                + LocalDate.now().format(DAY_FIRST) + "\n");

        assertThat(list).doesNotContain(reference(atHome.get(0)));
        assertThat(page).contains("Dòng 2, Mã khoản chi: không có khoản chi nào của các xã của bạn mang mã này");
        assertThat(line(atHome.get(0))).isEqualTo("CASH_DUE null false");
    }

    @Test
    void anOfficerOfAnotherAgencyCannotReachThePage() throws Exception {
        MockHttpSession agency = Officers.logIn(mvc, context, Role.AGENCY_OFFICER, new Scope("11", "SO_YT"), "Vì Văn Bảo");
        mvc.perform(get("/payments/cash").session(agency)).andExpect(status().isForbidden());
        mvc.perform(get("/payments/cash/list.csv").session(agency)).andExpect(status().isForbidden());
    }

    private String upload(String receipts) {
        try {
            return mvc.perform(multipart("/payments/cash/receipts").file(new MockMultipartFile("file", "receipts.csv",
                            "text/csv", receipts.getBytes(StandardCharsets.UTF_8))).session(officer).with(csrf()))
                    .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String receipt() {
        return "BN-" + UUID.randomUUID().toString().substring(0, 12);
    }

    private String reference(Beneficiary beneficiary) {
        return jdbc.sql("SELECT end_to_end_id FROM payments.line WHERE cycle_id = ? AND beneficiary_id = ?")
                .params(cycle.id(), beneficiary.id()).query(String.class).single();
    }

    private String line(Beneficiary beneficiary) {
        return jdbc.sql("""
                        SELECT status || ' ' || coalesce(paid_on::text, 'null') || ' ' || (cash_receipt IS NOT NULL)
                        FROM payments.line WHERE cycle_id = ? AND beneficiary_id = ?""")
                .params(cycle.id(), beneficiary.id()).query(String.class).single();
    }

    private long entries(String action, Beneficiary beneficiary) {
        return jdbc.sql("SELECT count(*) FROM audit.ledger WHERE action = ? AND object_id = ?")
                .params(action, beneficiary.pin().value()).query(Long.class).single();
    }
}
