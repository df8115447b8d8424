package org.dancu.payments.programmes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import org.dancu.civil.ProvinceTime;
import org.dancu.payments.PaymentsFixtures;
import org.dancu.payments.Programmes;
import org.dancu.payments.Vnd;
import org.dancu.register.Officers;
import org.dancu.security.Role;
import org.dancu.security.Scope;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The administrator's programmes: read in words, a new version recorded from a coming day and on the ledger,
 * bad values refused with nothing recorded, and no other role let in.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ProgrammesAdminTests {

    private static final DateTimeFormatter DAY_FIRST = DateTimeFormatter.ofPattern("dd/MM/uuuu");

    @Autowired MockMvc mvc;
    @Autowired ApplicationContext context;
    @Autowired Programmes programmes;
    @Autowired JdbcClient jdbc;

    @Test
    void theAdministratorReadsTheProgrammesAndRecordsAVersionFromAComingDay() throws Exception {
        MockHttpSession admin = Officers.logIn(mvc, context, Role.ADMINISTRATOR, new Scope("11", null), "Quản Trị Viên");
        mvc.perform(get("/admin/payments/programmes").session(admin)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Trợ cấp xã hội hằng tháng"),
                        containsString("500.000 đồng"), containsString("Sở Y tế"), containsString("01/07/2024"))));
        mvc.perform(get("/admin/payments/programmes/HUU_TRI_XA_HOI").session(admin).param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Social pension"),
                        containsString("Shipped with the software"), containsString("Nghị định 176/2025"))));

        LocalDate from = today().plusDays(20);
        mvc.perform(version("HUU_TRI_XA_HOI", "550.000", from).session(admin).with(csrf()))
                .andExpect(flash().attribute("notice", "payments.programmes.recorded"));

        assertThat(programmes.find(PaymentsFixtures.SOCIAL_PENSION, from).orElseThrow().rule().standardLevel())
                .isEqualTo(Vnd.of(550_000));
        assertThat(programmes.find(PaymentsFixtures.SOCIAL_PENSION, today()).orElseThrow().rule().standardLevel())
                .isEqualTo(Vnd.of(500_000));
        assertThat(jdbc.sql("SELECT count(*) FROM audit.ledger WHERE action = 'payments.programme.edit' "
                + "AND object_id = 'HUU_TRI_XA_HOI'").query(Long.class).single()).isPositive();
    }

    @Test
    void badValuesAreRefusedAndRecordNothing() throws Exception {
        MockHttpSession admin = Officers.logIn(mvc, context, Role.ADMINISTRATOR, new Scope("11", null), "Quản Trị Viên");
        long versions = jdbc.sql("SELECT count(*) FROM payments.programme_version").query(Long.class).single();

        mvc.perform(version("TCXH_HANG_THANG", "550000,5", today().plusDays(3)).session(admin).with(csrf()))
                .andExpect(flash().attribute("refusal", "payments.programmes.refused.figure.MONTHLY_ASSISTANCE"));
        mvc.perform(version("TCXH_HANG_THANG", "550000", today().minusDays(1)).session(admin).with(csrf()))
                .andExpect(flash().attribute("refusal", "payments.programmes.refused.past"));
        mvc.perform(version("TCXH_HANG_THANG", "550000", today().plusDays(3), "31").session(admin).with(csrf())).andExpect(flash().attribute("refusal", "payments.programmes.refused.cut-off"));
        mvc.perform(version("TCXH_HANG_THANG", "550000", today().plusDays(3)).param("minimumAge", "80")
                .param("maximumAge", "60").session(admin).with(csrf()))
                .andExpect(flash().attribute("refusal", "payments.programmes.refused.ages"));

        assertThat(jdbc.sql("SELECT count(*) FROM payments.programme_version").query(Long.class).single())
                .isEqualTo(versions);
        mvc.perform(get("/admin/payments/programmes/NO_SUCH").session(admin)).andExpect(status().isNotFound());
    }

    @Test
    void noOtherRoleReachesTheProgrammes() throws Exception {
        for (Role role : new Role[] {Role.PROVINCE_OFFICER, Role.AUDITOR}) {
            MockHttpSession session = Officers.logIn(mvc, context, role, new Scope("11", null), "Cán Bộ Khác");
            mvc.perform(get("/admin/payments/programmes").session(session)).andExpect(status().isForbidden());
            mvc.perform(version("TCXH_HANG_THANG", "1", today().plusDays(3)).session(session).with(csrf()))
                    .andExpect(status().isForbidden());
        }
    }

    private static MockHttpServletRequestBuilder version(String code, String figure, LocalDate from) {
        return version(code, figure, from, "25");
    }

    private static MockHttpServletRequestBuilder version(String code, String figure, LocalDate from, String cutOff) {
        MockHttpServletRequestBuilder request = post("/admin/payments/programmes/" + code).param("figure", figure)
                .param("cutOffDay", cutOff).param("legalBasis", "Quyết định của Ủy ban nhân dân tỉnh")
                .param("source", "https://example.org/quyet-dinh").param("effectiveFrom", DAY_FIRST.format(from));
        for (int month = 1; month <= 12; month++) {
            request = request.param("payMonths", String.valueOf(month));
        }
        return request;
    }

    private static LocalDate today() {
        return LocalDate.now(ProvinceTime.VIETNAM);
    }
}
