package org.dancu.results.officer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.dancu.audit.AuditTrail;
import org.dancu.civil.Pin;
import org.dancu.results.IssuedResult;
import org.dancu.results.ResultStatus;
import org.dancu.results.Results;
import org.dancu.results.ResultsFixtures;
import org.dancu.security.Role;
import org.dancu.security.Scope;
import org.dancu.security.StaffFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The officers' results pages as each role sees them: province, commune and agency officers within
 * their scope, administrators and auditors not at all; revoking and superseding from the pages, and
 * bad input that changes nothing.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ResultPagesTests {

    private static final Scope PROVINCE = new Scope(ResultsFixtures.PROVINCE, null);
    private static final Scope MUONG_THANH = new Scope(ResultsFixtures.MUONG_THANH, null);

    @Autowired ApplicationContext context;
    @Autowired MockMvc mvc;
    @Autowired Results results;
    @Autowired AuditTrail trail;
    @Autowired JdbcClient jdbc;

    private Pin holder;
    private IssuedResult result;

    @BeforeEach
    void aBirthExtractInMuongThanh() {
        holder = ResultsFixtures.holder(context, ResultsFixtures.MUONG_THANH, true);
        result = results.issue(ResultsFixtures.birthExtract(holder));
    }

    private MockHttpSession as(Role role, Scope scope) throws Exception {
        String username = StaffFixtures.create(context, role, scope, "Quàng Thị Xem");
        return (MockHttpSession) mvc.perform(post("/login").param("username", username)
                .param("password", StaffFixtures.PASSWORD).with(csrf())).andReturn().getRequest().getSession(false);
    }

    private String page() {
        return "/results/" + result.code().value();
    }

    private long stored() {
        return jdbc.sql("SELECT count(*) FROM results.result").query(Long.class).single();
    }

    @Test
    void aCommuneOfficerSeesTheResultsOfTheCommuneInWordsAndItsPageAndPdf() throws Exception {
        MockHttpSession session = as(Role.COMMUNE_OFFICER, MUONG_THANH);
        mvc.perform(get("/results").session(session)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(result.code().value()),
                        containsString("Trích lục khai sinh"), containsString("Còn hiệu lực"),
                        containsString("Sở Tư pháp"), not(containsString(">BIRTH_EXTRACT<")))));
        mvc.perform(get(page()).session(session)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Lò Văn Sáng"), containsString("Họ, chữ đệm và tên"),
                        containsString(holder.value()), containsString("Nghị định 123/2015/NĐ-CP"))));
        byte[] pdf = mvc.perform(get(page() + "/pdf").session(session)).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        assertThat(trail.findByObject("person", holder.value(), 50)).extracting(r -> r.entry().action())
                .contains("results.read");
    }

    @Test
    void aProvinceOfficerFiltersByTypeStatusAndHolderAndTheLookUpIsAudited() throws Exception {
        MockHttpSession session = as(Role.PROVINCE_OFFICER, PROVINCE);
        mvc.perform(get("/results").param("type", "BIRTH_EXTRACT").param("status", "VALID")
                        .param("holder", holder.value()).session(session))
                .andExpect(status().isOk()).andExpect(content().string(containsString(result.code().value())));
        mvc.perform(get("/results").param("type", "PAYMENT_RECEIPT").param("holder", holder.value()).session(session))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString(result.code().value()))));
        assertThat(trail.findByObject("person", holder.value(), 50)).extracting(r -> r.entry().action())
                .contains("results.search");
        mvc.perform(get("/results").param("holder", "12345").session(session)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Số định danh không hợp lệ"),
                        not(containsString(result.code().value())))));
    }

    @Test
    void anOfficerOfAnotherCommuneOrAnotherAgencyFindsNothing() throws Exception {
        MockHttpSession elsewhere = as(Role.COMMUNE_OFFICER, new Scope("03127", null));
        mvc.perform(get("/results").session(elsewhere)).andExpect(status().isOk())
                .andExpect(content().string(not(containsString(result.code().value()))));
        mvc.perform(get(page()).session(elsewhere)).andExpect(status().isNotFound());
        MockHttpSession tax = as(Role.AGENCY_OFFICER, new Scope(ResultsFixtures.PROVINCE, "THUE"));
        mvc.perform(get(page() + "/pdf").session(tax)).andExpect(status().isNotFound());
        MockHttpSession justice = as(Role.AGENCY_OFFICER, new Scope(ResultsFixtures.PROVINCE, ResultsFixtures.JUSTICE));
        mvc.perform(get(page()).session(justice)).andExpect(status().isOk())
                .andExpect(content().string(not(containsString(holder.value()))));
    }

    @Test
    void administratorsAndAuditorsCannotReachTheResults() throws Exception {
        for (Role role : new Role[] {Role.ADMINISTRATOR, Role.AUDITOR}) {
            MockHttpSession session = as(role, PROVINCE);
            mvc.perform(get("/results").session(session)).andExpect(status().isForbidden());
            mvc.perform(get(page()).session(session)).andExpect(status().isForbidden());
            mvc.perform(post(page() + "/revoke").param("reason", "x").session(session).with(csrf()))
                    .andExpect(status().isForbidden());
        }
        assertThat(results.find(result.code()).orElseThrow().status()).isEqualTo(ResultStatus.VALID);
    }

    @Test
    void revokingWithAReasonThenAgainOrWithoutOneIsAnsweredInWords() throws Exception {
        MockHttpSession session = as(Role.COMMUNE_OFFICER, MUONG_THANH);
        mvc.perform(post(page() + "/revoke").param("reason", "  ").session(session).with(csrf()))
                .andExpect(flash().attribute("refusal", "results.error.reason"));
        assertThat(results.find(result.code()).orElseThrow().status()).isEqualTo(ResultStatus.VALID);

        mvc.perform(post(page() + "/revoke").param("reason", "Cấp nhầm người").session(session).with(csrf()))
                .andExpect(flash().attribute("notice", "results.revoked"));
        mvc.perform(post(page() + "/revoke").param("reason", "Lần nữa").session(session).with(csrf()))
                .andExpect(flash().attribute("refusal", "results.error.state.revoked"));
        IssuedResult revoked = results.find(result.code()).orElseThrow();
        assertThat(revoked.revocationReason()).isEqualTo("Cấp nhầm người");
        mvc.perform(get(page()).session(session).param("lang", "en")).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Revoked on"), containsString("Cấp nhầm người"),
                        not(containsString("id=\"revoke\"")))));
    }

    @Test
    void supersedingIssuesTheCorrectedSuccessorAndASupersededOneCannotBeSupersededAgain() throws Exception {
        MockHttpSession session = as(Role.COMMUNE_OFFICER, MUONG_THANH);
        mvc.perform(get(page() + "/supersede").session(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Lò Văn Sáng")));
        long before = stored();
        mvc.perform(post(page() + "/supersede").session(session).with(csrf()).param("holders", "0112")
                        .param("field.full-name", "Lò Văn Sáng").param("field.birth-date", "13/03/2019")
                        .param("field.birth-place", "Mường Thanh").param("legalBasis", "Nghị định 123/2015/NĐ-CP"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("phải đủ 12 chữ số")));
        assertThat(stored()).isEqualTo(before);
        assertThat(results.find(result.code()).orElseThrow().status()).isEqualTo(ResultStatus.VALID);

        mvc.perform(post(page() + "/supersede").session(session).with(csrf()).param("holders", holder.value())
                        .param("field.full-name", "Lò Văn Sáng").param("field.birth-date", "13/03/2019")
                        .param("field.birth-place", "Mường Thanh").param("legalBasis", "Nghị định 123/2015/NĐ-CP"))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("notice", "results.superseded"));
        IssuedResult replaced = results.find(result.code()).orElseThrow();
        assertThat(replaced.status()).isEqualTo(ResultStatus.SUPERSEDED);
        IssuedResult successor = results.find(replaced.successor()).orElseThrow();
        assertThat(successor.fields()).extracting(f -> f.value()).contains("13/03/2019");

        long after = stored();
        mvc.perform(post(page() + "/supersede").session(session).with(csrf()).param("holders", holder.value())
                        .param("field.full-name", "Lò Văn Sáng").param("field.birth-date", "14/03/2019")
                        .param("field.birth-place", "Mường Thanh").param("legalBasis", "Nghị định 123/2015/NĐ-CP"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("đã được thay thế")));
        assertThat(stored()).isEqualTo(after);
        assertThat(results.find(result.code()).orElseThrow().successor()).isEqualTo(successor.code());
    }
}
