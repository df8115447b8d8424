package org.dancu.steering.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.dancu.audit.AuditRecord;
import org.dancu.audit.AuditTrail;
import org.dancu.security.Role;
import org.dancu.security.Scope;
import org.dancu.security.StaffFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** The administrator's page for API clients, and the OpenAPI description of the API they read. */
@SpringBootTest
@AutoConfigureMockMvc
class ApiClientPageTests {

    private static final Pattern TOKEN = Pattern.compile(ApiTokens.PREFIX + "[A-Za-z0-9_-]{43}");

    @Autowired MockMvc mvc;
    @Autowired ApplicationContext context;
    @Autowired JdbcClient jdbc;
    @Autowired AuditTrail trail;

    @Test
    void anAdministratorCreatesAClientSeesItsTokenOnceAndRevokesIt() throws Exception {
        MockHttpSession admin = signIn(Role.ADMINISTRATOR, new Scope("11", null));
        mvc.perform(get("/admin/api-clients").session(admin)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Hệ thống đọc API chỉ tiêu")))
                .andExpect(content().string(containsString("Tỉnh Điện Biên")));
        String page = mvc.perform(post("/admin/api-clients").session(admin).with(csrf())
                        .param("name", "Cổng dữ liệu mở tỉnh").param("unit", "11"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Mã truy cập của Cổng dữ liệu mở tỉnh")))
                .andReturn().getResponse().getContentAsString();
        Matcher shown = TOKEN.matcher(page);
        assertThat(shown.find()).isTrue();
        String token = shown.group();
        long id = jdbc.sql("SELECT client_id FROM steering.api_client WHERE token_sha256 = :d")
                .param("d", ApiTokens.digest(token)).query(Long.class).single();
        assertThat(jdbc.sql("SELECT count(*) FROM steering.api_client WHERE token_sha256 = :t OR name = :t")
                .param("t", token).query(Long.class).single()).isZero();

        mvc.perform(get("/api/v1/indicators").header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
                .andExpect(status().isOk());
        mvc.perform(get("/admin/api-clients").session(admin)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Cổng dữ liệu mở tỉnh")))
                .andExpect(content().string(not(containsString(token))));
        assertThat(entries(id)).extracting(r -> r.entry().action()).containsExactly(ApiClientAdministration.CREATE_ACTION);

        mvc.perform(post("/admin/api-clients/{id}/revoke", id).session(admin).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("notice", "steering.api-clients.revoked"));
        mvc.perform(get("/api/v1/indicators").header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
                .andExpect(status().isUnauthorized());
        assertThat(entries(id)).extracting(r -> r.entry().action())
                .containsExactly(ApiClientAdministration.REVOKE_ACTION, ApiClientAdministration.CREATE_ACTION);
        mvc.perform(post("/admin/api-clients/{id}/revoke", id).session(admin).with(csrf()))
                .andExpect(flash().attribute("refusal", "steering.api-clients.refused.revoke"));
        assertThat(entries(id)).hasSize(2);
    }

    @Test
    void badInputCreatesNothing() throws Exception {
        MockHttpSession admin = signIn(Role.ADMINISTRATOR, new Scope("11", null));
        long before = clients();
        mvc.perform(post("/admin/api-clients").session(admin).with(csrf()).param("name", " ").param("unit", "11"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Chưa tạo: cần tên dài từ 1 đến 200 ký tự")));
        mvc.perform(post("/admin/api-clients").session(admin).with(csrf()).param("name", "Sai đơn vị")
                        .param("unit", "99999").param("lang", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Not created: give a name of 1 to 200 characters")))
                .andExpect(content().string(not(containsString(ApiTokens.PREFIX))));
        assertThat(clients()).isEqualTo(before);
    }

    @Test
    void otherRolesAreRefusedThePage() throws Exception {
        long before = clients();
        for (MockHttpSession other : List.of(signIn(Role.PROVINCE_OFFICER, new Scope("11", null)),
                signIn(Role.COMMUNE_OFFICER, new Scope("03334", null)),
                signIn(Role.AGENCY_OFFICER, new Scope(null, "SO_GDDT")),
                signIn(Role.AUDITOR, new Scope("11", null)))) {
            mvc.perform(get("/admin/api-clients").session(other)).andExpect(status().isForbidden());
            mvc.perform(post("/admin/api-clients").session(other).with(csrf()).param("name", "Lén")
                    .param("unit", "11")).andExpect(status().isForbidden());
        }
        assertThat(clients()).isEqualTo(before);
    }

    @Test
    void theOpenApiDescriptionListsTheIndicatorsApiAndItsToken() throws Exception {
        mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andExpect(content().string(containsString("/api/v1/indicators/{code}/values")))
                .andExpect(content().string(containsString("/api/v1/indicators.csv")))
                .andExpect(content().string(containsString("NO_DATA")))
                .andExpect(content().string(containsString(IndicatorApiDescription.BEARER)));
    }

    private List<AuditRecord> entries(long id) {
        return trail.findByObject("api-client", Long.toString(id), 10);
    }

    private long clients() {
        return jdbc.sql("SELECT count(*) FROM steering.api_client").query(Long.class).single();
    }

    private MockHttpSession signIn(Role role, Scope scope) throws Exception {
        String username = StaffFixtures.create(context, role, scope, "Quàng Thị Hoa");
        return (MockHttpSession) mvc.perform(post("/login").param("username", username)
                .param("password", StaffFixtures.PASSWORD).with(csrf())).andReturn().getRequest().getSession(false);
    }
}
