package org.dancu.register.corrections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Locale;
import java.util.Map;

import org.dancu.audit.AuditTrail;
import org.dancu.civil.Pin;
import org.dancu.register.CorrectionClaim;
import org.dancu.register.CorrectionFixtures;
import org.dancu.register.CorrectionRequests;
import org.dancu.register.CorrectionState;
import org.dancu.register.ImportFixtures;
import org.dancu.register.Officers;
import org.dancu.register.PersonField;
import org.dancu.security.Role;
import org.dancu.security.Scope;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The officers' work list as each role: a commune officer of the person's commune and a province officer
 * see the request and decide it; a commune officer of another commune sees nothing of it and cannot decide
 * it; administrators, agency officers and auditors are refused the page. Every request shown is a read of
 * its person in the ledger.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CorrectionWorkListPageTests {

    private static final String MUONG_THANH = ImportFixtures.MUONG_THANH;

    @RegisterExtension final ImportFixtures ids = new ImportFixtures();
    @Autowired ApplicationContext context;
    @Autowired MockMvc mvc;
    @Autowired CorrectionRequests requests;
    @Autowired AuditTrail trail;

    private Pin citizen;
    private long id;

    @BeforeEach
    void anOpenRequest() {
        citizen = CorrectionFixtures.person(context, ids, MUONG_THANH);
        id = requests.submit(citizen, new CorrectionClaim(Map.of(PersonField.GIVEN_NAME, "Đức", PersonField.ETHNICITY,
                "Kinh"), "Giấy khai sinh ghi tên Đức"), Locale.ENGLISH, null);
    }

    private MockHttpSession signIn(Role role, String locality) throws Exception {
        return Officers.logIn(mvc, context, role, new Scope(locality, null), "Lò Thị Duyệt");
    }

    private long listReads() {
        return trail.findByObject("person", citizen.value(), 100).stream()
                .filter(r -> r.entry().action().equals(CorrectionAudit.LIST)).count();
    }

    @Test
    void theCommuneOfficerSeesTheRequestInBothLanguagesAndAcceptsIt() throws Exception {
        MockHttpSession officer = signIn(Role.COMMUNE_OFFICER, MUONG_THANH);
        mvc.perform(get("/register").session(officer))
                .andExpect(content().string(containsString("href=\"/register/corrections\"")));
        mvc.perform(get("/register/corrections").session(officer))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Yêu cầu đính chính của công dân"),
                        containsString("id=\"request-" + id + "\""), containsString(citizen.value()),
                        containsString(CorrectionFixtures.GIVEN), containsString("Đức"), containsString(">Thái</span>"), containsString(">Kinh</span>"),
                        containsString("Giấy khai sinh ghi tên Đức"), containsString("đã chờ 0 ngày"),
                        not(containsString("??")))));
        mvc.perform(get("/register/corrections").param("lang", "en").session(officer))
                .andExpect(content().string(allOf(containsString("Citizens&#39; correction requests"),
                        containsString("waiting 0 days"), not(containsString("??")))));
        assertThat(listReads()).isEqualTo(2);

        mvc.perform(post("/register/corrections/{id}/accept", id).session(officer).with(csrf()))
                .andExpect(redirectedUrl("/register/corrections"))
                .andExpect(flash().attribute("notice", "register.correction.accepted"));
        assertThat(requests.find(id).orElseThrow().state()).isEqualTo(CorrectionState.ACCEPTED);
        mvc.perform(get("/register/corrections").session(officer))
                .andExpect(content().string(not(containsString("id=\"request-" + id + "\""))));
    }

    @Test
    void aProvinceOfficerSeesTheRequestAndRejectsItWithAReasonButNotWithout() throws Exception {
        MockHttpSession officer = signIn(Role.PROVINCE_OFFICER, "11");
        mvc.perform(get("/register/corrections").session(officer))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"request-" + id + "\"")));

        mvc.perform(post("/register/corrections/{id}/reject", id).session(officer).with(csrf()).param("reason", " "))
                .andExpect(redirectedUrl("/register/corrections"))
                .andExpect(flash().attribute("refusal", "register.correction.error.reason"));
        assertThat(requests.find(id).orElseThrow().state()).isEqualTo(CorrectionState.SUBMITTED);
        mvc.perform(post("/register/corrections/{id}/reject", id).session(officer).with(csrf())
                        .param("reason", "Giấy khai sinh ghi tên Đúng"))
                .andExpect(flash().attribute("notice", "register.correction.rejected"));
        assertThat(requests.find(id).orElseThrow().reason()).isEqualTo("Giấy khai sinh ghi tên Đúng");
        mvc.perform(post("/register/corrections/{id}/accept", id).session(officer).with(csrf()))
                .andExpect(flash().attribute("refusal", "register.correction.error.state"));
        assertThat(requests.find(id).orElseThrow().state()).isEqualTo(CorrectionState.REJECTED);
    }

    @Test
    void aCommuneOfficerOfAnotherCommuneNeitherSeesNorDecidesTheRequest() throws Exception {
        MockHttpSession officer = signIn(Role.COMMUNE_OFFICER, ids.communeOutsideMuongThanh());
        mvc.perform(get("/register/corrections").session(officer))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(not(containsString("id=\"request-" + id + "\"")),
                        not(containsString(citizen.value())))));
        mvc.perform(post("/register/corrections/{id}/accept", id).session(officer).with(csrf()))
                .andExpect(flash().attribute("refusal", "register.correction.error.not-found"));
        mvc.perform(post("/register/corrections/{id}/reject", id).session(officer).with(csrf()).param("reason", "x"))
                .andExpect(flash().attribute("refusal", "register.correction.error.not-found"));
        assertThat(requests.find(id).orElseThrow().state()).isEqualTo(CorrectionState.SUBMITTED);
        assertThat(listReads()).isZero();
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"ADMINISTRATOR", "AGENCY_OFFICER", "AUDITOR"})
    void otherRolesAreRefusedThePageAndTheDecisions(Role role) throws Exception {
        MockHttpSession other = Officers.logIn(mvc, context, role,
                role == Role.AGENCY_OFFICER ? new Scope(null, "THUE") : new Scope("11", null), "Cà Văn Khác");
        mvc.perform(get("/register/corrections").session(other)).andExpect(status().isForbidden());
        mvc.perform(post("/register/corrections/{id}/accept", id).session(other).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/register").session(other))
                .andExpect(content().string(not(containsString("href=\"/register/corrections\""))));
        assertThat(requests.find(id).orElseThrow().state()).isEqualTo(CorrectionState.SUBMITTED);
        assertThat(listReads()).isZero();
    }
}
