package org.dancu.services.catalogue;

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
import org.dancu.security.Role;
import org.dancu.security.Scope;
import org.dancu.security.StaffFixtures;
import org.dancu.services.ProcedureCode;
import org.dancu.services.Procedures;
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
 * The administrator's catalogue: the procedures in effect in words, a new version recorded from a coming day
 * and on the ledger, bad values refused with nothing recorded, and no other role let in.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CatalogueAdminTests {

    private static final DateTimeFormatter DAY_FIRST = DateTimeFormatter.ofPattern("dd/MM/uuuu");

    @Autowired MockMvc mvc;
    @Autowired ApplicationContext context;
    @Autowired Procedures procedures;
    @Autowired JdbcClient jdbc;

    @Test
    void theAdministratorReadsTheCatalogueAndRecordsAVersionFromAComingDay() throws Exception {
        MockHttpSession admin = as(Role.ADMINISTRATOR, new Scope("11", null));
        mvc.perform(get("/admin/services/procedures").session(admin)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Đăng ký khai sinh"), containsString("Toàn trình"),
                        containsString("1 ngày làm việc"), containsString("01/07/2025"))));
        mvc.perform(get("/admin/services/procedures/DB-04").session(admin).param("lang", "en")).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Temporary residence registration"),
                        containsString("Shipped with the software"), containsString("from the population register"))));

        LocalDate from = today().plusDays(10);
        mvc.perform(version("DB-04", "45.000", "5", from).session(admin).with(csrf()))
                .andExpect(flash().attribute("notice", "services.catalogue.recorded"));

        assertThat(procedures.find(new ProcedureCode("DB-04"), from).orElseThrow().feeVnd()).isEqualTo(45_000);
        assertThat(procedures.find(new ProcedureCode("DB-04"), today()).orElseThrow().feeVnd()).isEqualTo(15_000);
        assertThat(jdbc.sql("SELECT count(*) FROM audit.ledger WHERE action = 'services.catalogue.edit' AND object_id = 'DB-04'")
                .query(Long.class).single()).isPositive();
    }

    @Test
    void badValuesAreRefusedAndRecordNothing() throws Exception {
        MockHttpSession admin = as(Role.ADMINISTRATOR, new Scope("11", null));
        long versions = jdbc.sql("SELECT count(*) FROM services.procedure_version WHERE code = 'DB-05'")
                .query(Long.class).single();
        mvc.perform(version("DB-05", "0", "1", today().minusDays(1)).session(admin).with(csrf()))
                .andExpect(flash().attribute("refusal", "services.catalogue.refused.past"));
        mvc.perform(version("DB-05", "-3", "1", today().plusDays(3)).session(admin).with(csrf()))
                .andExpect(flash().attribute("refusal", "services.catalogue.refused.fee"));
        mvc.perform(version("DB-05", "0", "1", today().plusDays(3)).param("effectiveFrom", "31/02/2027")
                .session(admin).with(csrf())).andExpect(flash().attribute("refusal", "services.catalogue.refused.day"));
        assertThat(jdbc.sql("SELECT count(*) FROM services.procedure_version WHERE code = 'DB-05'")
                .query(Long.class).single()).isEqualTo(versions);
        mvc.perform(get("/admin/services/procedures/9.999999").session(admin)).andExpect(status().isNotFound());
    }

    @Test
    void otherRolesMayNotReachTheCatalogue() throws Exception {
        MockHttpSession officer = as(Role.PROVINCE_OFFICER, new Scope("11", null));
        mvc.perform(get("/admin/services/procedures").session(officer)).andExpect(status().isForbidden());
        mvc.perform(version("DB-05", "0", "1", today().plusDays(3)).session(officer).with(csrf()))
                .andExpect(status().isForbidden());
    }

    private static MockHttpServletRequestBuilder version(String code, String fee, String days, LocalDate from) {
        return post("/admin/services/procedures/" + code).param("nameVi", "Tên").param("nameEn", "Name")
                .param("onlineLevel", "FULL").param("feeVnd", fee).param("limitAmount", days)
                .param("limitUnit", "WORKING_DAYS").param("legalBasis", "Luật Cư trú 2020")
                .param("source", "https://example.gov.vn/nguon").param("effectiveFrom", DAY_FIRST.format(from));
    }

    private MockHttpSession as(Role role, Scope scope) throws Exception {
        String username = StaffFixtures.create(context, role, scope, "Quàng Thị Xem");
        return (MockHttpSession) mvc.perform(post("/login").param("username", username)
                .param("password", StaffFixtures.PASSWORD).with(csrf())).andReturn().getRequest().getSession(false);
    }

    private static LocalDate today() {
        return LocalDate.now(ProvinceTime.VIETNAM);
    }
}
