package org.dancu.services.work;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.dancu.register.RegisterFixture;
import org.dancu.security.Role;
import org.dancu.security.Scope;
import org.dancu.security.StaffFixtures;
import org.junit.jupiter.api.AfterEach;
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
 * The officers' queue and dossier page as each role sees them: a commune officer the legs their commune's
 * officers handle in their commune, an agency officer their agency's, a province officer every open leg of
 * the scope, in deadline order with the deadline in words and colour; other roles are refused; a dossier
 * out of reach is not found; opening one is audited; bad input is refused in words and changes nothing.
 */
@SpringBootTest
@AutoConfigureMockMvc
class QueuePageTests {

    private static final String MUONG_THANH = "03334";
    private static final String DIEN_BIEN_PHU = "03127";

    @Autowired ApplicationContext context;
    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;

    private final List<String> codes = new ArrayList<>();
    private String applicant;
    private String communeLeg;
    private String policeLeg;
    private String otherCommuneLeg;
    private String policeElsewhere;
    private String overdue;
    private String closed;

    @BeforeEach
    void legs() throws Exception {
        applicant = RegisterFixture.aPersonPin(context, 7);
        Instant now = Instant.now();
        communeLeg = add("1.001193", MUONG_THANH, null, "IN_PROGRESS", now.plus(Duration.ofDays(20)), null, null);
        policeLeg = add("DB-03", MUONG_THANH, "CONG_AN", "IN_PROGRESS", now.plus(Duration.ofDays(10)), null, null);
        otherCommuneLeg = add("1.001193", DIEN_BIEN_PHU, null, "IN_PROGRESS", now.plus(Duration.ofDays(9)), null, null);
        policeElsewhere = add("DB-03", DIEN_BIEN_PHU, "CONG_AN", "SUSPENDED", now.plus(Duration.ofDays(8)), null, null);
        overdue = add("1.001193", MUONG_THANH, null, "IN_PROGRESS", now.minus(Duration.ofDays(2)), null, null);
        closed = add("1.001193", MUONG_THANH, null, "COMPLETED", now.minus(Duration.ofDays(3)), null,
                now.minus(Duration.ofDays(4)));
    }

    private String add(String procedure, String commune, String agency, String status, Instant due, String assignee,
                       Instant finished) {
        String code = OpenLegs.add(jdbc, procedure, applicant, commune, "ONLINE", agency, status, due, assignee,
                finished);
        codes.add(code);
        return code;
    }

    @AfterEach
    void remove() {
        OpenLegs.remove(jdbc, codes);
    }

    private MockHttpSession as(Role role, Scope scope) throws Exception {
        return logIn(StaffFixtures.create(context, role, scope, "Lường Văn Xử"));
    }

    private MockHttpSession logIn(String username) throws Exception {
        return (MockHttpSession) mvc.perform(post("/login").param("username", username)
                .param("password", StaffFixtures.PASSWORD).with(csrf())).andReturn().getRequest().getSession(false);
    }

    private String queue(MockHttpSession session, String query) throws Exception {
        return mvc.perform(get("/services/queue" + query).session(session)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    @Test
    void aCommuneOfficerSeesTheOpenLegsTheirCommunesOfficersHandleOverdueFirstInWords() throws Exception {
        String page = queue(as(Role.COMMUNE_OFFICER, new Scope(MUONG_THANH, null)), "");
        assertThat(page).contains(communeLeg, overdue, "Đăng ký khai sinh", "Phường Mường Thanh", "Quá hạn", "Còn hạn",
                        "Trực tuyến", "Chờ nhận xử lý")
                .doesNotContain(policeLeg, otherCommuneLeg, policeElsewhere, closed, ">ONLINE<", ">OVERDUE<");
        assertThat(page.indexOf(overdue)).as("the nearest deadline first").isLessThan(page.indexOf(communeLeg));
        assertThat(queue(as(Role.COMMUNE_OFFICER, new Scope(MUONG_THANH, null)), "?deadline=OVERDUE"))
                .contains(overdue).doesNotContain(communeLeg);
    }

    @Test
    void anAgencyOfficerSeesTheirAgencysLegsInTheirScopeAndAnotherAgencyNone() throws Exception {
        assertThat(queue(as(Role.AGENCY_OFFICER, new Scope("11", "CONG_AN")), "?lang=en"))
                .contains(policeLeg, policeElsewhere, "Permanent residence registration", "Stopped, waiting for missing items")
                .doesNotContain(communeLeg, otherCommuneLeg, overdue);
        assertThat(queue(as(Role.AGENCY_OFFICER, new Scope("11", "SO_NNMT")), ""))
                .doesNotContain(policeLeg, policeElsewhere, communeLeg);
    }

    @Test
    void aProvinceOfficerSeesEveryOpenLegOfTheScopeAndOtherRolesAreRefused() throws Exception {
        assertThat(queue(as(Role.PROVINCE_OFFICER, new Scope("11", null)), ""))
                .contains(communeLeg, policeLeg, otherCommuneLeg, policeElsewhere, overdue).doesNotContain(closed);
        for (Role role : List.of(Role.ADMINISTRATOR, Role.AUDITOR, Role.CLERK)) {
            mvc.perform(get("/services/queue").session(as(role, new Scope("11", null))))
                    .andExpect(status().isForbidden());
        }
    }

    @Test
    void theMineTabListsOnlyTheLegsAssignedToTheOfficer() throws Exception {
        String officer = StaffFixtures.create(context, Role.COMMUNE_OFFICER, new Scope(MUONG_THANH, null),
                "Lò Thị Nhận");
        String mine = add("1.001193", MUONG_THANH, null, "IN_PROGRESS", Instant.now().plus(Duration.ofDays(3)),
                officer, null);
        MockHttpSession session = logIn(officer);
        assertThat(queue(session, "?tab=mine")).contains(mine, "Lò Thị Nhận").doesNotContain(communeLeg, overdue);
        assertThat(queue(session, "?tab=common")).contains(communeLeg).doesNotContain(mine);
    }

    @Test
    void theDossierPageShowsTheLegsAndTimelineToWhomReachesItAuditedAndIsNotFoundToOthers() throws Exception {
        long before = reads();
        mvc.perform(get("/services/dossiers/" + communeLeg).session(as(Role.COMMUNE_OFFICER, new Scope(MUONG_THANH, null))))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Hồ sơ " + communeLeg), containsString("Đang xử lý"),
                        containsString("Ủy ban nhân dân xã, phường"), containsString("Diễn biến hồ sơ"),
                        containsString("/services/dossiers/" + communeLeg + "/legs/main/complete"),
                        not(containsString(">IN_PROGRESS<")))));
        assertThat(reads()).as("the opening is on the ledger against the applicant").isEqualTo(before + 1);

        // a province officer supervises: sees the dossier, is offered no action
        mvc.perform(get("/services/dossiers/" + communeLeg).session(as(Role.PROVINCE_OFFICER, new Scope("11", null))))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("/legs/main/complete"))));
        for (MockHttpSession outside : List.of(as(Role.COMMUNE_OFFICER, new Scope(DIEN_BIEN_PHU, null)),
                as(Role.AGENCY_OFFICER, new Scope("11", "CONG_AN")))) {
            mvc.perform(get("/services/dossiers/" + communeLeg).session(outside)).andExpect(status().isNotFound());
        }
        mvc.perform(get("/services/dossiers/011-HS-2026-NOTHERE").session(as(Role.PROVINCE_OFFICER, new Scope("11", null))))
                .andExpect(status().isNotFound());
        assertThat(reads()).as("a refused opening reads nobody").isEqualTo(before + 2);
    }

    @Test
    void anActionWithoutItsReasonOrDaysIsRefusedInWordsAndChangesNothing() throws Exception {
        MockHttpSession officer = as(Role.COMMUNE_OFFICER, new Scope(MUONG_THANH, null));
        String legs = "/services/dossiers/" + communeLeg + "/legs/main/";
        mvc.perform(post(legs + "refuse").param("reason", " ").session(officer).with(csrf()))
                .andExpect(flash().attribute("refusalText", "Hãy ghi lý do; không có gì thay đổi."));
        mvc.perform(post(legs + "extend").param("days", "ba").param("reason", "Chờ xác minh").session(officer)
                        .with(csrf()).param("lang", "en"))
                .andExpect(flash().attribute("refusalText",
                        "The extension is a whole number of working days from 1 to 30; nothing changed."));
        mvc.perform(post(legs + "suspend").session(officer).with(csrf()))
                .andExpect(flash().attribute("refusalText",
                        "Hãy chọn ít nhất một thành phần còn thiếu; không có gì thay đổi."));
        mvc.perform(post("/services/queue/bulk").param("action", "take").session(officer).with(csrf()))
                .andExpect(flash().attribute("bulkRefusals", List.of("Chưa chọn hồ sơ nào; không có gì thay đổi.")));
        assertThat(jdbc.sql("SELECT status || ':' || coalesce(assignee, '') || ':' || extension_days FROM services.leg"
                + " WHERE dossier_code = :code").param("code", communeLeg).query(String.class).single())
                .isEqualTo("IN_PROGRESS::0");
    }

    private long reads() {
        return jdbc.sql("SELECT count(*) FROM audit.ledger WHERE action = 'services.dossier.read' AND object_id = :pin")
                .param("pin", applicant).query(Long.class).single();
    }
}
