package org.dancu.jobs.internal.web;

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

import java.util.List;
import java.util.UUID;

import org.dancu.jobs.JobsFixtures;
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
 * The jobs page as each role sees it: an officer sees the jobs they started and those their role may
 * see within their scope, an administrator all; only the starter and administrators may cancel.
 */
@SpringBootTest
@AutoConfigureMockMvc
class JobsPageTests {

    @Autowired ApplicationContext context;
    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;

    private String starter;
    private long provinceJob;
    private long communeJob;
    private long agencyJob;
    private long partnerJob;
    private long scheduledJob;

    private long job(String kind, String startedBy, String roles, String locality, String agency, String state) {
        return job(kind, UUID.randomUUID().toString(), startedBy, roles, locality, agency, state);
    }

    private long job(String kind, String reference, String startedBy, String roles, String locality, String agency,
                     String state) {
        return JobsFixtures.job(jdbc, kind, reference, startedBy, roles, locality, agency, state, 40, 80);
    }

    @BeforeEach
    void jobs() {
        starter = StaffFixtures.create(context, Role.PROVINCE_OFFICER, new Scope("11", null), "Lò Văn Chạy");
        provinceJob = job("national.reconciliation", starter, "{PROVINCE_OFFICER}", "11", null, "RUNNING");
        communeJob = job("cleansing.evaluation", "someone", "{COMMUNE_OFFICER}", "03334", null, "SUCCEEDED");
        agencyJob = job("cleansing.evaluation", "someone", "{PROVINCE_OFFICER,AGENCY_OFFICER}", null, "SO_TC",
                "FAILED");
        partnerJob = job("exchange.bulk-verification", "partner:test", "{}", null, null, "QUEUED");
        scheduledJob = job("national.reconciliation", "11", "system.national", "{PROVINCE_OFFICER}", "11", null,
                "SUCCEEDED");
    }

    @AfterEach
    void removeJobs() {
        JobsFixtures.remove(jdbc, List.of(provinceJob, communeJob, agencyJob, partnerJob, scheduledJob));
    }

    private MockHttpSession logIn(String username) throws Exception {
        return (MockHttpSession) mvc.perform(post("/login").param("username", username)
                .param("password", StaffFixtures.PASSWORD).with(csrf())).andReturn().getRequest().getSession(false);
    }

    private MockHttpSession as(Role role, Scope scope) throws Exception {
        return logIn(StaffFixtures.create(context, role, scope, "Quàng Thị Xem"));
    }

    private static String line(long id) {
        return "id=\"job-" + id + "\"";
    }

    private static String cancelButton(long id) {
        return "/jobs/" + id + "/cancel";
    }

    @Test
    void anAdministratorSeesEveryJobAndMayCancelTheUnfinishedOnes() throws Exception {
        mvc.perform(get("/jobs").session(as(Role.ADMINISTRATOR, new Scope("11", null)))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(line(provinceJob)), containsString(line(communeJob)),
                        containsString(line(agencyJob)), containsString(line(partnerJob)),
                        containsString(cancelButton(provinceJob)), containsString(cancelButton(partnerJob)),
                        not(containsString(cancelButton(communeJob))))))
                // words and Vietnamese dates, not codes
                .andExpect(content().string(allOf(containsString("đang chạy"), containsString("đã xong"),
                        containsString("Đối soát với cơ sở dữ liệu quốc gia"), containsString("07/12/2026 10:01"),
                        containsString("50 % (40 trên 80)"), containsString("AB12CD34"),
                        containsString("hx-get=\"/jobs/table\""), not(containsString(">RUNNING<")))));
    }

    @Test
    void aProvinceOfficerSeesTheJobsOfTheirRoleAndScopeAndCancelsOnlyTheirOwn() throws Exception {
        mvc.perform(get("/jobs").session(as(Role.PROVINCE_OFFICER, new Scope("11", null)))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(line(provinceJob)), containsString(line(agencyJob)),
                        not(containsString(line(communeJob))), not(containsString(line(partnerJob))),
                        not(containsString(cancelButton(provinceJob))))));

        MockHttpSession own = logIn(starter);
        mvc.perform(get("/jobs").session(own).param("lang", "en"))
                .andExpect(content().string(allOf(containsString(cancelButton(provinceJob)),
                        containsString("Reconciliation with the national database"), containsString("running"))));
        mvc.perform(post(cancelButton(provinceJob)).session(own)).andExpect(status().isForbidden());
        assertThat(cancelRequested(provinceJob)).isFalse();
        mvc.perform(post(cancelButton(provinceJob)).session(own).with(csrf()))
                .andExpect(redirectedUrl("/jobs")).andExpect(flash().attribute("notice", "jobs.cancel.requested"));
        assertThat(cancelRequested(provinceJob)).isTrue();
    }

    @Test
    void nobodyButTheStarterOrAnAdministratorCancelsAndAnEndedJobIsNotCancelled() throws Exception {
        MockHttpSession other = as(Role.PROVINCE_OFFICER, new Scope("11", null));
        mvc.perform(post(cancelButton(provinceJob)).session(other).with(csrf())).andExpect(status().isNotFound());
        assertThat(cancelRequested(provinceJob)).isFalse();

        MockHttpSession admin = as(Role.ADMINISTRATOR, new Scope("11", null));
        mvc.perform(post(cancelButton(communeJob)).session(admin).with(csrf()))
                .andExpect(redirectedUrl("/jobs")).andExpect(flash().attribute("error", "jobs.cancel.finished"));
        assertThat(state(communeJob)).isEqualTo("SUCCEEDED");
        mvc.perform(post(cancelButton(partnerJob)).session(admin).with(csrf()))
                .andExpect(redirectedUrl("/jobs")).andExpect(flash().attribute("notice", "jobs.cancel.done"));
        assertThat(state(partnerJob)).isEqualTo("CANCELLED");
    }

    @Test
    void aJobIsNamedByWhatItWorksOnAndWhoStartedItInWordsInBothLanguages() throws Exception {
        MockHttpSession officer = as(Role.PROVINCE_OFFICER, new Scope("11", null));
        mvc.perform(get("/jobs").session(officer)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("sổ dân cư tỉnh Điện Biên"),
                        containsString("lịch đối soát tự động"), containsString("Lò Văn Chạy"),
                        not(containsString("system.national")), not(containsString(">" + starter + "<")),
                        not(containsString("(với ")))));
        mvc.perform(get("/jobs").session(officer).param("lang", "en"))
                .andExpect(content().string(allOf(containsString("the register of Điện Biên province"),
                        containsString("the reconciliation schedule"), containsString("Lò Văn Chạy"))));
        // a starter that is neither an account nor named by its job's kind is the system, never its code
        mvc.perform(get("/jobs").session(as(Role.ADMINISTRATOR, new Scope("11", null))))
                .andExpect(content().string(allOf(containsString("hệ thống"), not(containsString("partner:test")),
                        not(containsString(">someone<")))));
    }

    @Test
    void aCommuneOfficerSeesTheJobsOfTheirCommuneOnly() throws Exception {
        mvc.perform(get("/jobs").session(as(Role.COMMUNE_OFFICER, new Scope("03334", null))))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(line(communeJob)), not(containsString(line(provinceJob))),
                        not(containsString(line(agencyJob))), not(containsString(line(partnerJob))))));
        mvc.perform(get("/jobs").session(as(Role.COMMUNE_OFFICER, new Scope("03127", null))))
                .andExpect(content().string(not(containsString(line(communeJob)))));
    }

    @Test
    void anAgencyOfficerSeesTheJobsOfTheirAgencyOnly() throws Exception {
        mvc.perform(get("/jobs").session(as(Role.AGENCY_OFFICER, new Scope(null, "SO_TC")))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(line(agencyJob)), not(containsString(line(provinceJob))),
                        not(containsString(line(communeJob))))))
                .andExpect(content().string(containsString("cơ sở dữ liệu không lưu được kết quả")));
        String otherAgency = jdbc.sql("SELECT code FROM security.agency WHERE code <> 'SO_TC' LIMIT 1")
                .query(String.class).single();
        mvc.perform(get("/jobs").session(as(Role.AGENCY_OFFICER, new Scope(null, otherAgency))))
                .andExpect(content().string(not(containsString(line(agencyJob)))));
    }

    @Test
    void anAuditorSeesNoJobOfOthers() throws Exception {
        mvc.perform(get("/jobs").session(as(Role.AUDITOR, new Scope("11", null)))).andExpect(status().isOk())
                .andExpect(content().string(allOf(not(containsString(line(provinceJob))),
                        not(containsString(line(communeJob))), not(containsString(line(agencyJob))),
                        not(containsString(line(partnerJob))))));
    }

    private boolean cancelRequested(long id) {
        return jdbc.sql("SELECT cancel_requested FROM jobs.job WHERE id = :id").param("id", id)
                .query(Boolean.class).single();
    }

    private String state(long id) {
        return jdbc.sql("SELECT state FROM jobs.job WHERE id = :id").param("id", id).query(String.class).single();
    }
}
