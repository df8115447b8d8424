package org.dancu.national.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;

import org.dancu.audit.AuditRecord;
import org.dancu.audit.AuditTrail;
import org.dancu.civil.Pin;
import org.dancu.national.NationalField;
import org.dancu.register.RegisterTestData;
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
import org.springframework.test.web.servlet.MvcResult;

/**
 * The work list page without a configured connector (as in the demo): an officer sees only the
 * mismatches of their communes, opening one is audited, resolving one is audited, and another
 * commune's mismatch can be neither opened nor resolved.
 */
@SpringBootTest
@AutoConfigureMockMvc
class NationalPageTests {

    private static final String MUONG_THANH = "03334";

    @Autowired ApplicationContext context;
    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired AuditTrail trail;
    @Autowired ReconciliationRuns runs;
    @Autowired PersonChecks checks;

    private Map<String, Object> inside;
    private Map<String, Object> outside;

    private Map<String, Object> person(boolean inMuongThanh) {
        return jdbc.sql("SELECT person_id, pin, commune_code, full_name FROM register.person WHERE pin IS NOT NULL"
                        + " AND commune_code " + (inMuongThanh ? "=" : "<>") + " :commune ORDER BY person_id LIMIT 1 OFFSET 3")
                .param("commune", MUONG_THANH).query().singleRow();
    }

    @BeforeEach
    void mismatches() throws Exception {
        RegisterTestData.ensureLoaded(context);
        inside = person(true);
        outside = person(false);
        ReconciliationRuns.Open run = runs.open().orElseGet(() -> runs.start("tester", 2));
        runs.finish(run.run().runId());
        checks.save(run.run().runId(), List.of(
                new PersonCheck((Long) inside.get("person_id"), (String) inside.get("pin"), MUONG_THANH,
                        "MISMATCH", List.of(NationalField.FULL_NAME)),
                new PersonCheck((Long) outside.get("person_id"), (String) outside.get("pin"),
                        (String) outside.get("commune_code"), "MISMATCH", List.of(NationalField.SEX))));
    }

    private MockHttpSession signIn(Role role, Scope scope) throws Exception {
        String username = StaffFixtures.create(context, role, scope, "Lò Văn Soát");
        MvcResult login = mvc.perform(post("/login").param("username", username)
                .param("password", StaffFixtures.PASSWORD).with(csrf())).andReturn();
        return (MockHttpSession) login.getRequest().getSession(false);
    }

    private List<String> actions(Map<String, Object> person) {
        return trail.findByObject("person", (String) person.get("pin"), 20).stream().map(AuditRecord::entry)
                .map(e -> e.action()).toList();
    }

    @Test
    void aCommuneOfficerSeesOnlyTheirCommunesMismatchesWithMaskedIds() throws Exception {
        MockHttpSession officer = signIn(Role.COMMUNE_OFFICER, new Scope(MUONG_THANH, null));
        List<String> outsideBefore = actions(outside);

        mvc.perform(get("/national").param("lang", "en").session(officer))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString(Pin.mask((String) inside.get("pin"))),
                        not(containsString((String) inside.get("pin"))),
                        // the other commune's mismatch by its link: its masked ID may be another person's here
                        not(containsString("/national/mismatches/" + outside.get("person_id") + "\"")),
                        containsString("No connection to the national database is configured"),
                        not(containsString("Reconcile now")))));
        mvc.perform(get("/national/mismatches/{id}", outside.get("person_id")).session(officer))
                .andExpect(status().isNotFound());
        assertThat(actions(outside)).isEqualTo(outsideBefore);
    }

    @Test
    void openingAndResolvingAMismatchAreAuditedAndAnotherCommunesCannotBeResolved() throws Exception {
        MockHttpSession officer = signIn(Role.COMMUNE_OFFICER, new Scope(MUONG_THANH, null));

        mvc.perform(get("/national/mismatches/{id}", inside.get("person_id")).param("lang", "en").session(officer))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString((String) inside.get("full_name")),
                        containsString("Full name"), containsString("differs"))));
        assertThat(actions(inside)).contains("register.person.read");

        mvc.perform(post("/national/mismatches/{id}/resolve", outside.get("person_id")).session(officer).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/national/mismatches/{id}/resolve", inside.get("person_id")).session(officer).with(csrf()))
                .andExpect(status().is3xxRedirection());

        assertThat(checks.openOne((Long) inside.get("person_id"), new Scope(MUONG_THANH, null))).isEmpty();
        assertThat(checks.openOne((Long) outside.get("person_id"), new Scope("11", null))).isPresent();
        assertThat(actions(inside)).contains("national.mismatch.resolve");
        assertThat(actions(outside)).doesNotContain("national.mismatch.resolve");
    }

    @Test
    void withoutAConnectorNobodyCanStartAReconciliation() throws Exception {
        MockHttpSession province = signIn(Role.PROVINCE_OFFICER, new Scope("11", null));

        mvc.perform(post("/national/reconcile").session(province).with(csrf())).andExpect(status().isForbidden());

        mvc.perform(get("/national").session(province)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Chưa cấu hình kết nối")));
    }
}
