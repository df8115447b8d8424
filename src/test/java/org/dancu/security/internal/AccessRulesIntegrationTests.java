package org.dancu.security.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.Cookie;

import org.dancu.audit.Actor;
import org.dancu.audit.AuditEntry;
import org.dancu.audit.Outcome;
import org.dancu.security.PageHeaders;
import org.dancu.security.Role;
import org.dancu.security.Scope;
import org.dancu.security.SecurityIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;

@SecurityIntegrationTest
class AccessRulesIntegrationTests extends SecurityIntegrationTestBase {

    @Test
    void pagesSendStrangersToTheLoginPage() throws Exception {
        mvc.perform(get("/")).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/admin/accounts")).andExpect(redirectedUrl("/login"));
    }

    @Test
    void afterLoginAnOfficerReturnsToTheRequestedPageButNeverToAnApiCall() throws Exception {
        StaffAccount admin = testAccounts.admin();
        Cookie[] page = mvc.perform(get("/admin/accounts")).andExpect(redirectedUrl("/login"))
                .andReturn().getResponse().getCookies();
        Cookie[] api = mvc.perform(get("/api/localities")).andExpect(status().isUnauthorized())
                .andReturn().getResponse().getCookies();

        mvc.perform(post("/login").cookie(page).with(csrf()).param("username", admin.username())
                .param("password", TestAccounts.PASSWORD)).andExpect(redirectedUrl("http://localhost/admin/accounts"));
        assertThat(api).isEmpty();
        mvc.perform(post("/login").with(csrf()).param("username", admin.username())
                .param("password", TestAccounts.PASSWORD)).andExpect(redirectedUrl("/"));
    }

    @Test
    void publicPathsNeedNoLogin() throws Exception {
        mvc.perform(get("/login")).andExpect(status().isOk());
        mvc.perform(get("/css/dancu.css")).andExpect(status().isOk());
        mvc.perform(get("/js/dancu.js")).andExpect(status().isOk());
        mvc.perform(get("/actuator/health")).andExpect(status().isOk());
    }

    @Test
    void theApiAnswersStrangersWithATranslatedProblem() throws Exception {
        mvc.perform(get("/api/localities"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.status").value(401))
                .andExpect(jsonPath("$.title").value("Chưa đăng nhập"))
                .andExpect(jsonPath("$.instance").value("/api/localities"));
        mvc.perform(get("/api/localities").cookie(new Cookie("dancu-lang", "en")))
                .andExpect(jsonPath("$.title").value("Not signed in"))
                .andExpect(jsonPath("$.detail").value("This request needs a signed-in staff session."));
    }

    @Test
    void anOfficerOnAnAdministratorPageGetsA403AndTheRefusalIsAudited() throws Exception {
        StaffAccount officer = testAccounts.create(Role.COMMUNE_OFFICER, new Scope("03334", null));
        MockHttpSession session = testAccounts.login(officer);

        mvc.perform(get("/admin/accounts").session(session)).andExpect(status().isForbidden());

        assertThat(ledger.denials("GET /admin/accounts"))
                .filteredOn(entry -> entry.actor().equals(Actor.staff(officer.username())))
                .singleElement()
                .extracting(AuditEntry::outcome, AuditEntry::detail, AuditEntry::origin)
                .containsExactly(Outcome.DENIED, "not permitted", "127.0.0.1");
    }

    @Test
    void theAuditPagesAdmitAuditorsAndAdministratorsOnly() throws Exception {
        MockHttpSession officer = testAccounts.login(testAccounts.create(Role.PROVINCE_OFFICER, new Scope("11", null)));
        MockHttpSession auditor = testAccounts.login(testAccounts.create(Role.AUDITOR, new Scope("11", null)));

        mvc.perform(get("/audit").session(officer)).andExpect(status().isForbidden());
        mvc.perform(get("/audit/entries").session(officer)).andExpect(status().isForbidden());
        mvc.perform(get("/audit").session(auditor)).andExpect(result ->
                assertThat(result.getResponse().getStatus()).isNotEqualTo(403));
        mvc.perform(get("/admin/accounts").session(auditor)).andExpect(status().isForbidden());
    }

    @Test
    void theApiAnswersAForbiddenCallWithAProblem() throws Exception {
        MockHttpSession officer = testAccounts.login(testAccounts.create(Role.COMMUNE_OFFICER, new Scope("03334", null)));

        mvc.perform(post("/api/anything").session(officer))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.status").value(403))
                .andExpect(jsonPath("$.title").value("Không có quyền"));
    }

    @Test
    void theForbiddenPageIsTranslatedAndUsesTheLayout() throws Exception {
        MockHttpSession officer = testAccounts.login(testAccounts.create(Role.COMMUNE_OFFICER, new Scope("03334", null)));

        mvc.perform(get("/error").session(officer).accept(MediaType.TEXT_HTML)
                        .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 403)
                        .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/admin/accounts"))
                .andExpect(status().isForbidden())
                .andExpect(content().string(containsString("Bạn không có quyền truy cập trang này.")))
                .andExpect(content().string(containsString("Người thử")));
        mvc.perform(get("/error").session(officer).accept(MediaType.TEXT_HTML).cookie(new Cookie("dancu-lang", "en"))
                        .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 403))
                .andExpect(content().string(containsString("You do not have access to this page.")));
    }

    @Test
    void responsesCarryTheSecurityHeaders() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(header().string("Content-Security-Policy", PageHeaders.CONTENT_SECURITY_POLICY))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Referrer-Policy", "same-origin"));
    }

    @Test
    void aDisabledAccountsOpenSessionEndsAtItsNextRequest() throws Exception {
        StaffAccount officer = testAccounts.create(Role.PROVINCE_OFFICER, new Scope("11", null));
        MockHttpSession session = testAccounts.login(officer);
        mvc.perform(get("/account/password").session(session)).andExpect(status().isOk());

        StaffAccount loaded = testAccounts.reload(officer);
        loaded.disable("test", Instant.now());
        accounts.save(loaded);

        mvc.perform(get("/account/password").session(session)).andExpect(redirectedUrl("/login"));
        assertThat(session.isInvalid()).isTrue();
    }

    @Test
    void aSessionEndsTwelveHoursAfterItsLoginEvenWhileInUse() throws Exception {
        StaffAccount officer = testAccounts.create(Role.PROVINCE_OFFICER, new Scope("11", null), false,
                Instant.now().minus(Duration.ofDays(2)));
        MockHttpSession young = testAccounts.login(officer);
        young.setAttribute(SignedInSince.ATTRIBUTE, Instant.now().minus(Duration.ofHours(11)));
        mvc.perform(get("/account/password").session(young)).andExpect(status().isOk());

        MockHttpSession old = testAccounts.login(officer);
        old.setAttribute(SignedInSince.ATTRIBUTE, Instant.now().minus(Duration.ofHours(12).plusMinutes(1)));
        mvc.perform(get("/account/password").session(old)).andExpect(redirectedUrl("/login"));
        assertThat(old.isInvalid()).isTrue();
    }

    @Test
    void aChangedRoleAppliesToTheOpenSessionAtOnce() throws Exception {
        StaffAccount officer = testAccounts.create(Role.PROVINCE_OFFICER, new Scope("11", null));
        MockHttpSession session = testAccounts.login(officer);

        StaffAccount loaded = testAccounts.reload(officer);
        loaded.assign(loaded.displayName(), Role.ADMINISTRATOR, new Scope("11", null), "test", Instant.now());
        accounts.save(loaded);

        mvc.perform(get("/admin/accounts").session(session)).andExpect(status().isOk());
    }
}
