package org.dancu.register.persons;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.dancu.audit.Actor;
import org.dancu.audit.AuditNote;
import org.dancu.audit.AuditRecord;
import org.dancu.audit.AuditTrail;
import org.dancu.audit.Outcome;
import org.dancu.cleansing.CleansingFixtures;
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

@SpringBootTest
@AutoConfigureMockMvc
class RegisterPageTests {

    private static final String MUONG_THANH = "03334";

    @Autowired ApplicationContext context;
    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired AuditTrail trail;
    private Map<String, Object> inside;
    private Map<String, Object> outside;

    @BeforeEach
    void load() throws IOException {
        RegisterTestData.ensureLoaded(context);
        inside = RegisterTestData.personInScope(jdbc, MUONG_THANH, true);
        outside = RegisterTestData.personInScope(jdbc, MUONG_THANH, false);
    }

    private record Officer(String username, MockHttpSession session) {
    }

    private Officer signIn(Role role, Scope scope) throws Exception {
        String username = StaffFixtures.create(context, role, scope, "Lò Văn Kiểm");
        MvcResult login = mvc.perform(post("/login").param("username", username)
                        .param("password", StaffFixtures.PASSWORD).with(csrf()))
                .andReturn();
        assertThat(login.getResponse().getRedirectedUrl()).doesNotStartWith("/login");
        return new Officer(username, (MockHttpSession) login.getRequest().getSession(false));
    }

    private static String masked(String pin) {
        return pin.substring(0, 3) + "******" + pin.substring(9);
    }

    @Test
    void viewingAPersonIsAuditedWithTheFullPinShownToTheCommuneOfficer() throws Exception {
        Officer officer = signIn(Role.COMMUNE_OFFICER, new Scope(MUONG_THANH, null));
        String pin = (String) inside.get("pin");

        mvc.perform(get("/register/persons/{id}", inside.get("person_id")).session(officer.session()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString((String) inside.get("full_name")),
                        containsString(pin),
                        containsString("Lượt xem này đã được ghi vào nhật ký truy cập."),
                        not(containsString("??")))));

        List<AuditRecord> entries = trail.findByObject("person", pin, 5);
        assertThat(entries).anySatisfy(record -> {
            assertThat(record.entry().action()).isEqualTo("register.person.read");
            assertThat(record.entry().actor()).isEqualTo(Actor.staff(officer.username()));
            assertThat(record.entry().origin()).isEqualTo("127.0.0.1");
        });
    }

    /** A name the register holds mis-decoded or not normalised is flagged on the person's page; a proper one is not. */
    @Test
    void thePersonPageFlagsANameNotWrittenAsTheRegisterWritesNames() throws Exception {
        Officer officer = signIn(Role.COMMUNE_OFFICER, new Scope(MUONG_THANH, null));
        Object id = inside.get("person_id");
        try {
            for (String[] name : List.of(new String[] {"Ñoã Văn An", "không đúng chính tả tiếng Việt"},
                    new String[] {"Lò Thị Thuỳ", "Họ tên chưa chuẩn hoá"})) {
                jdbc.sql("UPDATE register.person SET full_name = :name WHERE person_id = :id").param("name", name[0])
                        .param("id", id).update();
                mvc.perform(get("/register/persons/{id}", id).session(officer.session()))
                        .andExpect(status().isOk())
                        .andExpect(content().string(allOf(containsString("id=\"name-spelling\""),
                                containsString(name[1]))));
            }
        } finally {
            jdbc.sql("UPDATE register.person SET full_name = :name WHERE person_id = :id")
                    .param("name", inside.get("full_name")).param("id", id).update();
        }
        mvc.perform(get("/register/persons/{id}", id).session(officer.session()))
                .andExpect(content().string(not(containsString("id=\"name-spelling\""))));
    }

    @Test
    void theHouseholdMembersShownOnAProfileAreAuditedAsReadToo() throws Exception {
        Officer officer = signIn(Role.PROVINCE_OFFICER, new Scope("11", null));
        Map<String, Object> pair = jdbc.sql("""
                SELECT p.person_id, m.pin AS member_pin FROM register.person p JOIN register.person m
                  ON m.household_id = p.household_id AND m.person_id <> p.person_id
                ORDER BY p.person_id LIMIT 1""").query().singleRow();
        String memberPin = (String) pair.get("member_pin");
        int before = trail.findByObject("person", memberPin, 1000).size();

        mvc.perform(get("/register/persons/{id}", pair.get("person_id")).session(officer.session()))
                .andExpect(status().isOk());

        List<AuditRecord> entries = trail.findByObject("person", memberPin, 1000);
        assertThat(entries).hasSize(before + 1);
        assertThat(entries.get(0).entry().note())
                .isEqualTo(new AuditNote("audit.note.shown-on-profile", List.of(pair.get("person_id").toString())));
    }

    @Test
    void anAgencyOfficerSeesTheProfileOfAPersonLinkedToTheAgencysRecordsWithAMaskedPin() throws Exception {
        Officer officer = signIn(Role.AGENCY_OFFICER, new Scope("11", "SO_NNMT"));
        String pin = (String) outside.get("pin");
        long dataset = CleansingFixtures.linkToAgency(jdbc, "SO_NNMT", (Long) outside.get("person_id"));
        try {
            mvc.perform(get("/register/persons/{id}", outside.get("person_id")).param("lang", "en")
                            .session(officer.session()))
                    .andExpect(status().isOk())
                    .andExpect(content().string(allOf(containsString(masked(pin)), not(containsString(pin)),
                            containsString("Household members"))));
        } finally {
            CleansingFixtures.removeDataset(jdbc, dataset);
        }
        mvc.perform(get("/register/persons/{id}", outside.get("person_id")).session(officer.session()))
                .andExpect(status().isNotFound())
                .andExpect(content().string(not(containsString((String) outside.get("full_name")))));
    }

    @Test
    void aPersonOutsideTheScopeIsNotFoundAndTheProbeIsAuditedAsForAMissingOne() throws Exception {
        Officer officer = signIn(Role.COMMUNE_OFFICER, new Scope(MUONG_THANH, null));
        String pin = (String) outside.get("pin");
        int before = trail.findByObject("person", pin, 1000).size();

        mvc.perform(get("/register/persons/{id}", outside.get("person_id")).session(officer.session()))
                .andExpect(status().isNotFound())
                .andExpect(content().string(not(containsString((String) outside.get("full_name")))));
        mvc.perform(get("/register/persons/{id}", 999_999_999L).session(officer.session()))
                .andExpect(status().isNotFound());

        assertThat(trail.findByObject("person", pin, 1000)).hasSize(before);
        for (Object asked : List.of(outside.get("person_id"), 999_999_999L)) {
            assertThat(trail.findByObject("person-record", String.valueOf(asked), 10)).anySatisfy(r -> {
                assertThat(r.entry().outcome()).isEqualTo(Outcome.DENIED);
                assertThat(r.entry().detail()).isEqualTo("not in the officer's scope, or no such record");
            });
        }
    }

    @Test
    /** The typed PIN stays in the form; the result rows show it masked like every other row. */
    void theSearchPageListsMatchesWithMaskedPinsInEnglish() throws Exception {
        Officer officer = signIn(Role.PROVINCE_OFFICER, new Scope("11", null));
        String pin = (String) outside.get("pin");

        mvc.perform(get("/register").param("pin", pin).param("lang", "en").session(officer.session()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("Population register"),
                        containsString("Personal ID"),
                        containsString("<td class=\"code\">" + masked(pin) + "</td>"),
                        not(containsString(">" + pin + "<")),
                        containsString("href=\"/register/persons/" + outside.get("person_id") + "\""),
                        not(containsString("??")))));
    }

    @Test
    void theSearchPageExplainsAnInvalidPinInVietnamese() throws Exception {
        Officer officer = signIn(Role.PROVINCE_OFFICER, new Scope("11", null));

        mvc.perform(get("/register").param("pin", "123456789").session(officer.session()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("Dân cư"),
                        containsString("Đây là số chứng minh nhân dân cũ (9 chữ số)"),
                        not(containsString("<table class=\"data\"")),
                        not(containsString("??")))));
    }

    @Test
    void theNavigationAndTheHomePageLeadToTheRegister() throws Exception {
        Officer officer = signIn(Role.COMMUNE_OFFICER, new Scope(MUONG_THANH, null));

        mvc.perform(get("/").param("lang", "en").session(officer.session()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("href=\"/register\""),
                        containsString("Find citizens by personal ID or name"))));
    }
}
