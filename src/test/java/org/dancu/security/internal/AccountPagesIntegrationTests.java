package org.dancu.security.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;

import org.dancu.audit.Actor;
import org.dancu.audit.AuditEntry;
import org.dancu.security.Role;
import org.dancu.security.Scope;
import org.dancu.security.SecurityIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@SecurityIntegrationTest
class AccountPagesIntegrationTests extends SecurityIntegrationTestBase {

    @Autowired
    JdbcClient jdbc;

    StaffAccount admin;
    MockHttpSession session;

    @BeforeEach
    void logInAsAdministrator() throws Exception {
        admin = testAccounts.admin();
        session = testAccounts.login(admin);
    }

    MockHttpServletRequestBuilder asAdmin(MockHttpServletRequestBuilder request) {
        return request.session(session).with(csrf());
    }

    int accountCount() {
        return jdbc.sql("SELECT count(*) FROM security.staff_account").query(Integer.class).single();
    }

    @Test
    void theListShowsAccountsAndFiltersByRoleAndText() throws Exception {
        StaffAccount commune = testAccounts.create(Role.COMMUNE_OFFICER, new Scope("03334", null));
        StaffAccount agency = testAccounts.create(Role.AGENCY_OFFICER, new Scope("11", "SO_YT"));

        // other tests of the JVM add accounts too, so each is looked for by name rather than on page one
        mvc.perform(asAdmin(get("/admin/accounts").param("q", commune.username())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(commune.username())))
                .andExpect(content().string(containsString("Phường Mường Thanh")));
        mvc.perform(asAdmin(get("/admin/accounts").param("q", agency.username())))
                .andExpect(content().string(containsString(agency.username())))
                .andExpect(content().string(containsString("Sở Y tế")));
        mvc.perform(asAdmin(get("/admin/accounts").param("role", "COMMUNE_OFFICER").param("q", commune.username())))
                .andExpect(content().string(containsString(commune.username())));
        mvc.perform(asAdmin(get("/admin/accounts").param("role", "COMMUNE_OFFICER").param("q", agency.username())))
                .andExpect(content().string(containsString("Không có tài khoản nào phù hợp.")));
        mvc.perform(asAdmin(get("/admin/accounts").param("q", agency.username().toUpperCase())))
                .andExpect(content().string(containsString(agency.username())))
                .andExpect(content().string(not(containsString(commune.username()))));
        mvc.perform(asAdmin(get("/admin/accounts").param("q", "%")))
                .andExpect(content().string(containsString("Không có tài khoản nào phù hợp.")));
    }

    @Test
    void creatingAnAccountShowsItsOneTimePasswordOnceAndAuditsIt() throws Exception {
        MvcResult result = mvc.perform(asAdmin(post("/admin/accounts")).param("username", "Xa.DienBienPhu")
                        .param("displayName", "Lò Văn Xuân").param("role", "COMMUNE_OFFICER")
                        .param("scopeLocality", "03127").param("scopeAgency", ""))
                .andExpect(status().isOk())
                .andExpect(model().attributeExists("issued"))
                .andReturn();
        AccountAdministration.IssuedPassword issued =
                (AccountAdministration.IssuedPassword) result.getModelAndView().getModel().get("issued");

        assertThat(result.getResponse().getContentAsString()).contains(issued.password());
        StaffAccount created = accounts.findByUsername("xa.dienbienphu").orElseThrow();
        assertThat(created.displayName()).isEqualTo("Lò Văn Xuân");
        assertThat(created.scope()).isEqualTo(new Scope("03127", null));
        assertThat(created.mustChangePassword()).isTrue();
        assertThat(encoder.matches(issued.password(), created.passwordHash())).isTrue();
        assertThat(ledger.entries("security.account.create", "xa.dienbienphu")).singleElement()
                .extracting(AuditEntry::actor).isEqualTo(Actor.staff(admin.username()));
        assertThat(testAccounts.attempt("xa.dienbienphu", issued.password()).getResponse().getRedirectedUrl())
                .isEqualTo("/account/password");
    }

    @Test
    void administratorsGetTheProvinceWhenTheyLeaveTheScopeEmpty() throws Exception {
        mvc.perform(asAdmin(post("/admin/accounts")).param("username", "qt.second").param("displayName", "Quàng Thị Mai")
                .param("role", "ADMINISTRATOR").param("scopeLocality", "").param("scopeAgency", ""))
                .andExpect(status().isOk()).andExpect(model().attributeExists("issued"));

        assertThat(accounts.findByUsername("qt.second").orElseThrow().scope()).isEqualTo(new Scope("11", null));
    }

    @Test
    void badInputIsShownNextToTheFieldsAndCreatesNothing() throws Exception {
        int before = accountCount();

        mvc.perform(asAdmin(post("/admin/accounts")).param("username", "x").param("displayName", " ")
                        .param("role", "COMMUNE_OFFICER").param("scopeLocality", "11").param("scopeAgency", "SO_YT"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("account", "username", "security.account.error.username-format"))
                .andExpect(model().attributeHasFieldErrorCode("account", "displayName",
                        "security.account.error.display-name-required"))
                .andExpect(model().attributeHasFieldErrorCode("account", "scopeLocality",
                        "security.account.error.locality-commune"))
                .andExpect(model().attributeHasFieldErrorCode("account", "scopeAgency",
                        "security.account.error.agency-not-allowed"))
                .andExpect(content().string(containsString("Cán bộ cấp xã cần phạm vi là một xã, phường hiện nay.")));

        assertThat(accountCount()).isEqualTo(before);
    }

    @Test
    void scopesMustLieInTheDeploymentProvinceAndFitTheRole() throws Exception {
        expectScopeError("COMMUNE_OFFICER", "00004", "", "scopeLocality", "security.account.error.locality-outside");
        expectScopeError("COMMUNE_OFFICER", "99999", "", "scopeLocality", "security.account.error.locality-unknown");
        expectScopeError("COMMUNE_OFFICER", "03124", "", "scopeLocality", "security.account.error.locality-commune");
        expectScopeError("COMMUNE_OFFICER", "", "", "scopeLocality", "security.account.error.locality-required");
        expectScopeError("PROVINCE_OFFICER", "03334", "", "scopeLocality",
                "security.account.error.locality-province-or-district");
        expectScopeError("AUDITOR", "094", "", "scopeLocality", "security.account.error.locality-province");
        expectScopeError("AGENCY_OFFICER", "11", "", "scopeAgency", "security.account.error.agency-required");
        expectScopeError("AGENCY_OFFICER", "11", "NOPE", "scopeAgency", "security.account.error.agency-unknown");
    }

    private void expectScopeError(String role, String locality, String agency, String field, String code)
            throws Exception {
        int before = accountCount();
        mvc.perform(asAdmin(post("/admin/accounts")).param("username", "scope.case").param("displayName", "Thử")
                        .param("role", role).param("scopeLocality", locality).param("scopeAgency", agency))
                .andExpect(model().attributeHasFieldErrorCode("account", field, code));
        assertThat(accountCount()).isEqualTo(before);
    }

    @Test
    void aTakenUsernameIsRefusedWhateverItsCase() throws Exception {
        StaffAccount existing = testAccounts.create(Role.PROVINCE_OFFICER, new Scope("11", null));

        mvc.perform(asAdmin(post("/admin/accounts")).param("username", existing.username().toUpperCase())
                        .param("displayName", "Thử").param("role", "PROVINCE_OFFICER").param("scopeLocality", "094"))
                .andExpect(model().attributeHasFieldErrorCode("account", "username",
                        "security.account.error.username-taken"));
    }

    @Test
    void editingChangesNameRoleAndScopeAndIsAudited() throws Exception {
        StaffAccount officer = testAccounts.create(Role.PROVINCE_OFFICER, new Scope("11", null));

        mvc.perform(asAdmin(get("/admin/accounts/" + officer.id())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(officer.username())))
                .andExpect(content().string(containsString("03334 · Phường Mường Thanh")));
        mvc.perform(asAdmin(post("/admin/accounts/" + officer.id())).param("displayName", "Tòng Văn Hùng")
                        .param("role", "AGENCY_OFFICER").param("scopeLocality", "").param("scopeAgency", "SO_NNMT"))
                .andExpect(redirectedUrl("/admin/accounts/" + officer.id()))
                .andExpect(flash().attribute("notice", "security.account.notice.saved"));

        StaffAccount edited = testAccounts.reload(officer);
        assertThat(edited.displayName()).isEqualTo("Tòng Văn Hùng");
        assertThat(edited.role()).isEqualTo(Role.AGENCY_OFFICER);
        assertThat(edited.scope()).isEqualTo(new Scope(null, "SO_NNMT"));
        assertThat(ledger.entries("security.account.update", officer.username())).singleElement()
                .extracting(AuditEntry::detail).isEqualTo("role AGENCY_OFFICER, scope - / SO_NNMT");
    }

    @Test
    void aBadEditChangesNothing() throws Exception {
        StaffAccount officer = testAccounts.create(Role.COMMUNE_OFFICER, new Scope("03334", null));

        mvc.perform(asAdmin(post("/admin/accounts/" + officer.id())).param("displayName", "Tên mới")
                        .param("role", "COMMUNE_OFFICER").param("scopeLocality", "094"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("account", "scopeLocality",
                        "security.account.error.locality-commune"));

        StaffAccount unchanged = testAccounts.reload(officer);
        assertThat(unchanged.displayName()).isEqualTo(officer.displayName());
        assertThat(unchanged.scope()).isEqualTo(new Scope("03334", null));
        assertThat(ledger.entries("security.account.update", officer.username())).isEmpty();
    }

    @Test
    void anAdministratorCannotDemoteOrDisableThemself() throws Exception {
        mvc.perform(asAdmin(post("/admin/accounts/" + admin.id())).param("displayName", "x")
                        .param("role", "AUDITOR").param("scopeLocality", "11"))
                .andExpect(model().attributeHasFieldErrorCode("account", "role", "security.account.error.own-role"));
        mvc.perform(asAdmin(post("/admin/accounts/" + admin.id() + "/disable")))
                .andExpect(flash().attribute("refusal", "security.account.error.own-disable"));

        StaffAccount unchanged = testAccounts.reload(admin);
        assertThat(unchanged.role()).isEqualTo(Role.ADMINISTRATOR);
        assertThat(unchanged.enabled()).isTrue();
    }

    @Test
    void disablingStopsLoginsAndEnablingRestoresThem() throws Exception {
        StaffAccount officer = testAccounts.create(Role.PROVINCE_OFFICER, new Scope("11", null));

        mvc.perform(asAdmin(post("/admin/accounts/" + officer.id() + "/disable")))
                .andExpect(redirectedUrl("/admin/accounts/" + officer.id()));
        assertThat(testAccounts.attempt(officer.username(), TestAccounts.PASSWORD).getResponse().getRedirectedUrl())
                .isEqualTo("/login?disabled");

        mvc.perform(asAdmin(post("/admin/accounts/" + officer.id() + "/enable")))
                .andExpect(redirectedUrl("/admin/accounts/" + officer.id()));
        testAccounts.login(officer);
        assertThat(ledger.entries("security.account.disable", officer.username())).hasSize(1);
        assertThat(ledger.entries("security.account.enable", officer.username())).hasSize(1);
    }

    @Test
    void unlockingLetsALockedOfficerBackIn() throws Exception {
        StaffAccount officer = testAccounts.create(Role.PROVINCE_OFFICER, new Scope("11", null));
        for (int i = 1; i <= 5; i++) {
            testAccounts.attempt(officer.username(), "wrong " + i);
        }
        assertThat(testAccounts.reload(officer).isLockedAt(Instant.now())).isTrue();

        mvc.perform(asAdmin(post("/admin/accounts/" + officer.id() + "/unlock")))
                .andExpect(flash().attribute("notice", "security.account.notice.unlocked"));

        testAccounts.login(officer);
        assertThat(ledger.entries("security.account.unlock", officer.username())).hasSize(1);
    }

    @Test
    void resettingAPasswordIssuesAOneTimePassword() throws Exception {
        StaffAccount officer = testAccounts.create(Role.PROVINCE_OFFICER, new Scope("11", null));

        MvcResult result = mvc.perform(asAdmin(post("/admin/accounts/" + officer.id() + "/password")))
                .andExpect(status().isOk()).andReturn();
        AccountAdministration.IssuedPassword issued =
                (AccountAdministration.IssuedPassword) result.getModelAndView().getModel().get("issued");

        assertThat(result.getResponse().getContentAsString()).contains(issued.password());
        assertThat(testAccounts.attempt(officer.username(), TestAccounts.PASSWORD).getResponse().getRedirectedUrl())
                .isEqualTo("/login?error");
        assertThat(testAccounts.attempt(officer.username(), issued.password()).getResponse().getRedirectedUrl())
                .isEqualTo("/account/password");
        assertThat(ledger.entries("security.account.password-reset", officer.username())).hasSize(1);
    }

    @Test
    void anUnknownAccountIsNotFound() throws Exception {
        mvc.perform(asAdmin(get("/admin/accounts/987654321"))).andExpect(status().isNotFound());
    }

    @Test
    void theFormOffersTheDeploymentUnitsAndAgencies() throws Exception {
        mvc.perform(asAdmin(get("/admin/accounts/new")).param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("03334 · Phường Mường Thanh")))
                .andExpect(content().string(not(containsString("094 · Thành phố Điện Biên Phủ"))))
                .andExpect(content().string(containsString("Department of Agriculture and Environment")))
                .andExpect(content().string(not(containsString("03124 ·"))))
                .andExpect(content().string(not(containsString("Phường Ba Đình"))));
    }
}
