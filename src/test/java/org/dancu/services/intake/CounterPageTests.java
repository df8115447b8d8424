package org.dancu.services.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.dancu.civil.Pin;
import org.dancu.security.Role;
import org.dancu.security.Scope;
import org.dancu.security.StaffFixtures;
import org.dancu.services.Channel;
import org.dancu.services.DossierView;
import org.dancu.services.Dossiers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The commune counter: a commune officer files a death on a citizen's behalf with the death notice scanned; a
 * scan of what the register holds is counted as asked again; other roles may not reach the counter.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CounterPageTests {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired Dossiers dossiers;
    @Autowired ApplicationContext context;

    @Test
    void aCommuneOfficerFilesADeathWithTheScannedNoticeAndAScanOfTheIdCountsAsReAsked() throws Exception {
        MockHttpSession officer = as(Role.COMMUNE_OFFICER);
        Pin daughter = IntakeFixtures.resident(context, true);
        Pin father = IntakeFixtures.resident(context, false);

        mvc.perform(get("/services/counter").param("procedure", "1.011537").param("pin", daughter.value())
                        .session(officer))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Lò Thị Xuân"), containsString("name=\"f.death-notice\""),
                        containsString("name=\"f.applicant\""), containsString("name=\"leg\""))));
        mvc.perform(multipart("/services/counter").file(scan("f.death-notice")).file(scan("f.applicant"))
                        .session(officer).with(csrf()).param("procedure", "1.011537").param("pin", daughter.value())
                        .param("d.deceased-pin", father.value()).param("d.death-date", "01/12/2026")
                        .param("d.death-place", "Tại nhà").param("leg", "funeral"))
                .andExpect(status().is3xxRedirection());

        DossierView filed = dossiers.ofApplicant(daughter).get(0);
        assertThat(filed.channel()).isEqualTo(Channel.COUNTER);
        assertThat(filed.subject()).isEqualTo(father);
        assertThat(jdbc.sql("SELECT (c->>'reAsked')::boolean FROM services.dossier, jsonb_array_elements(components) c "
                        + "WHERE code = ? AND c->>'key' = 'applicant'").param(filed.code().value())
                .query(Boolean.class).single()).isTrue();
        assertThat(jdbc.sql("SELECT filed_by FROM services.dossier WHERE code = ?").param(filed.code().value())
                .query(String.class).single()).isNotBlank();
    }

    @Test
    void aBadIdOrProcedureIsRefusedInWordsAndOtherRolesMayNotFile() throws Exception {
        MockHttpSession officer = as(Role.COMMUNE_OFFICER);
        mvc.perform(get("/services/counter").param("procedure", "1.011537").param("pin", "12345").session(officer))
                .andExpect(status().isOk()).andExpect(content().string(containsString("12 chữ số")));
        mvc.perform(post("/services/counter").param("procedure", "nope!").param("pin", "011195000001")
                .session(officer).with(csrf())).andExpect(flash().attribute("refusal", "services.intake.counter.no-procedure"));
        mvc.perform(get("/services/counter").session(as(Role.AGENCY_OFFICER))).andExpect(status().isForbidden());
    }

    private MockHttpSession as(Role role) throws Exception {
        Scope scope = role == Role.AGENCY_OFFICER ? new Scope(null, "CONG_AN") : new Scope(IntakeFixtures.MUONG_THANH, null);
        String username = StaffFixtures.create(context, role, scope, "Quàng Thị Xem");
        return (MockHttpSession) mvc.perform(post("/login").param("username", username)
                .param("password", StaffFixtures.PASSWORD).with(csrf())).andReturn().getRequest().getSession(false);
    }

    private static MockMultipartFile scan(String field) {
        return new MockMultipartFile(field, "scan.pdf", "application/pdf", IntakeFixtures.PDF);
    }
}
