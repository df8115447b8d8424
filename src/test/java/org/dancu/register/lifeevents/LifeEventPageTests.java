package org.dancu.register.lifeevents;

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

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.dancu.audit.AuditNote;
import org.dancu.audit.AuditRecord;
import org.dancu.audit.AuditTrail;
import org.dancu.cleansing.CleansingFixtures;
import org.dancu.register.LifeEventRequests;
import org.dancu.register.LifeEvents;
import org.dancu.register.Officers;
import org.dancu.register.RegisterTestData;
import org.dancu.register.internal.ContactCipher;
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
import org.springframework.test.web.servlet.MockMvc;

/** The history, household and record-an-event pages, and contact details on the profile. */
@SpringBootTest
@AutoConfigureMockMvc
class LifeEventPageTests {

    private static final String MUONG_THANH = LifeEventIntegrationTests.MUONG_THANH;

    @Autowired ApplicationContext context;
    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired AuditTrail trail;
    @Autowired LifeEvents lifeEvents;

    @BeforeEach
    void load() throws IOException {
        RegisterTestData.ensureLoaded(context);
    }

    private MockHttpSession signIn(Role role, Scope scope) throws Exception {
        return Officers.logIn(mvc, context, role, scope, "Lò Văn Ghi");
    }

    /** A newborn of this test's own, so the loaded population stays as other tests expect it. */
    private long newborn(String given) {
        Officers.signIn("xa.pages", Role.COMMUNE_OFFICER, new Scope(MUONG_THANH, null));
        try {
            return lifeEvents.registerBirth(LifeEventRequests.birth("2001-02-03", given), null);
        } finally {
            Officers.signOut();
        }
    }

    @Test
    void anOfficerRecordsAMoveAndIsSentBackToThePersonWithTheMoveInTheTimeline() throws Exception {
        MockHttpSession officer = signIn(Role.COMMUNE_OFFICER, new Scope(MUONG_THANH, null));
        long id = newborn("Chuyển");

        mvc.perform(get("/register/persons/{id}/events/new", id).param("type", "MOVE_WITHIN").session(officer))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Ghi nhận sự kiện hộ tịch"),
                        containsString("name=\"_csrf\""), not(containsString("??")))));
        mvc.perform(post("/register/persons/{id}/events", id).session(officer).with(csrf())
                        .param("type", "MOVE_WITHIN").param("effectiveDate", "2024-02-01")
                        .param("source", "Phiếu báo thay đổi 15/2024").param("COMMUNE_CODE", MUONG_THANH)
                        .param("ADDRESS", "Số 7, Tổ dân phố 3"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/register/persons/" + id))
                .andExpect(flash().attribute("success", "register.event.recorded"));

        assertThat(jdbc.sql("SELECT address FROM register.person WHERE person_id = :id").param("id", id)
                .query(String.class).single()).isEqualTo("Số 7, Tổ dân phố 3");
        mvc.perform(get("/register/persons/{id}/history", id).param("lang", "en").session(officer))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Move within the province"),
                        containsString("Phiếu báo thay đổi 15/2024"), containsString("Số 7, Tổ dân phố 3"),
                        not(containsString("??")))));
        String asOf = mvc.perform(get("/register/persons/{id}/history", id).param("asOf", "2024-01-31")
                        .param("lang", "en").session(officer))
                .andExpect(content().string(containsString("value=\"2024-01-31\""))).andReturn().getResponse()
                .getContentAsString();
        String stateTable = asOf.substring(asOf.indexOf("id=\"as-of-state\""));
        assertThat(stateTable.substring(0, stateTable.indexOf("</table>"))).contains("<span>Số 1, Tổ dân phố 2</span>");
    }

    @Test
    void aRefusalComesBackOnTheFormBesideItsFieldInEitherLanguageAndChangesNothing() throws Exception {
        MockHttpSession officer = signIn(Role.COMMUNE_OFFICER, new Scope(MUONG_THANH, null));
        long id = newborn("Sai");

        mvc.perform(post("/register/persons/{id}/events", id).session(officer).with(csrf())
                        .param("type", "MOVE_WITHIN").param("effectiveDate", "2024-02-01").param("source", "x")
                        .param("COMMUNE_CODE", "12345").param("ADDRESS", "y"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Không có xã nào mang mã này")));
        mvc.perform(post("/register/persons/{id}/events", id).param("lang", "en").session(officer).with(csrf())
                        .param("type", "DIVORCE").param("effectiveDate", "2024-02-01").param("source", "x"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The person is not married on that date.")));
        mvc.perform(post("/register/persons/{id}/events", id).param("lang", "en").session(officer).with(csrf())
                        .param("type", "DEATH").param("effectiveDate", "01/02/2024").param("source", "x"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter a date as YYYY-MM-DD.")));

        assertThat(jdbc.sql("SELECT count(*) FROM register.life_event WHERE person_id = :id").param("id", id)
                .query(Long.class).single()).isOne();
    }

    @Test
    void everyWrongFieldIsNamedAtOnceBesideItAndWhatWasTypedStays() throws Exception {
        MockHttpSession officer = signIn(Role.COMMUNE_OFFICER, new Scope(MUONG_THANH, null));
        long id = newborn("Đủ");

        mvc.perform(post("/register/persons/{id}/events", id).session(officer).with(csrf())
                        .param("type", "MOVE_WITHIN").param("effectiveDate", "2024-02-01")
                        .param("source", "Phiếu 3/2024").param("COMMUNE_CODE", "99999").param("ADDRESS", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Không có xã nào mang mã này"),
                        containsString("Trường này là bắt buộc."), containsString("value=\"99999\""),
                        containsString("value=\"Phiếu 3/2024\""), containsString("value=\"2024-02-01\""))));
        mvc.perform(post("/register/persons/{id}/events", id).param("lang", "en").session(officer).with(csrf())
                        .param("type", "CORRECTION").param("effectiveDate", "2024-02-01").param("source", "QĐ 4")
                        .param("field", "GIVEN_NAME").param("value", "<script>"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("digits or symbols in the name"),
                        containsString("value=\"&lt;script&gt;\""))));
        assertThat(jdbc.sql("SELECT count(*) FROM register.life_event WHERE person_id = :id").param("id", id)
                .query(Long.class).single()).isOne();

        mvc.perform(post("/register/persons/{id}/events", id).session(officer).with(csrf())
                        .param("type", "CORRECTION").param("effectiveDate", "2024-02-01").param("source", "QĐ 4")
                        .param("field", "SEX").param("value", "Nữ"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("SELECT sex FROM register.person WHERE person_id = :id").param("id", id)
                .query(String.class).single()).isEqualTo("F");
    }

    @Test
    void withoutCsrfOrAsAnAuditorNothingIsRecorded() throws Exception {
        long id = newborn("Chặn");
        MockHttpSession officer = signIn(Role.COMMUNE_OFFICER, new Scope(MUONG_THANH, null));
        MockHttpSession auditor = signIn(Role.AUDITOR, new Scope("11", null));

        mvc.perform(post("/register/persons/{id}/events", id).session(officer)
                        .param("type", "DEATH").param("effectiveDate", "2024-02-01").param("source", "x"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/register/persons/{id}/events", id).session(auditor).with(csrf())
                        .param("type", "DEATH").param("effectiveDate", "2024-02-01").param("source", "x"))
                .andExpect(status().isForbidden());

        assertThat(jdbc.sql("SELECT alive FROM register.person WHERE person_id = :id").param("id", id)
                .query(Boolean.class).single()).isTrue();
    }

    @Test
    void theHouseholdPageListsTheMembersInScopeAndAuditsEachOne() throws Exception {
        MockHttpSession officer = signIn(Role.COMMUNE_OFFICER, new Scope(MUONG_THANH, null));
        Map<String, Object> household = jdbc.sql("""
                SELECT h.household_id, p.pin, p.full_name FROM register.household h
                JOIN register.person p ON p.person_id = h.head_person_id
                WHERE h.commune_code IN (SELECT commune_code FROM locality.scope_commune WHERE scope_code = :scope)
                ORDER BY h.household_id LIMIT 1""").param("scope", MUONG_THANH).query().singleRow();
        Object outsideHousehold = jdbc.sql("""
                SELECT household_id FROM register.household
                WHERE commune_code NOT IN (SELECT commune_code FROM locality.scope_commune WHERE scope_code = :scope)
                ORDER BY household_id LIMIT 1""").param("scope", MUONG_THANH).query().singleValue();
        String headPin = (String) household.get("pin");
        int before = trail.findByObject("person", headPin, 1000).size();

        mvc.perform(get("/register/households").param("id", household.get("household_id").toString()).session(officer))
                .andExpect(redirectedUrl("/register/households/" + household.get("household_id")));
        mvc.perform(get("/register/households/{id}", household.get("household_id")).param("lang", "en")
                        .session(officer))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString((String) household.get("full_name")),
                        containsString("Head of household"), not(containsString("??")))));
        mvc.perform(get("/register/households/{id}", outsideHousehold).session(officer))
                .andExpect(status().isNotFound());

        List<AuditRecord> entries = trail.findByObject("person", headPin, 1000);
        assertThat(entries).hasSize(before + 1);
        assertThat(entries.get(0).entry().note()).isEqualTo(new AuditNote("audit.note.shown-on-household",
                List.of(household.get("household_id").toString())));
    }

    @Test
    void thePhoneIsDecryptedForTheCommuneOfficerAndNotShownToAnAgencyOfficer() throws Exception {
        Map<String, Object> withPhone = jdbc.sql("""
                SELECT person_id, phone_cipher FROM register.person
                WHERE phone_cipher IS NOT NULL AND person_id <= :people AND commune_code IN
                    (SELECT commune_code FROM locality.scope_commune WHERE scope_code = :scope)
                ORDER BY person_id LIMIT 1""")
                .param("people", RegisterTestData.PEOPLE).param("scope", MUONG_THANH).query().singleRow();
        String phone = context.getBean(ContactCipher.class).decrypt(((Number) withPhone.get("person_id")).longValue(),
                (byte[]) withPhone.get("phone_cipher"));
        assertThat(phone).matches("0[0-9]{9}");

        mvc.perform(get("/register/persons/{id}", withPhone.get("person_id"))
                        .session(signIn(Role.COMMUNE_OFFICER, new Scope(MUONG_THANH, null))))
                .andExpect(content().string(allOf(containsString(phone), containsString("Số điện thoại"))));
        // an agency officer reaches the person through a record of the agency's linked to them
        long dataset = CleansingFixtures.linkToAgency(jdbc, "SO_NNMT", ((Number) withPhone.get("person_id")).longValue());
        try {
            mvc.perform(get("/register/persons/{id}", withPhone.get("person_id"))
                            .session(signIn(Role.AGENCY_OFFICER, new Scope("11", "SO_NNMT"))))
                    .andExpect(status().isOk())
                    .andExpect(content().string(not(containsString(phone))));
        } finally {
            CleansingFixtures.removeDataset(jdbc, dataset);
        }
    }
}
