package org.dancu.security.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;

import org.dancu.audit.Actor;
import org.dancu.audit.AuditEntry;
import org.dancu.audit.Outcome;
import org.dancu.security.Role;
import org.dancu.security.Scope;
import org.dancu.security.SecurityIntegrationTest;
import org.dancu.security.StaffPrincipal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.test.web.servlet.MvcResult;

@SecurityIntegrationTest
class LoginIntegrationTests extends SecurityIntegrationTestBase {

    @Autowired
    JdbcClient jdbc;

    @Test
    void theLoginPageIsTranslated() throws Exception {
        mvc.perform(get("/login")).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Tên đăng nhập")));
        mvc.perform(get("/login").param("lang", "en")).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Username")));
    }

    @Test
    void theRightPasswordSignsInWithTheAccountsRoleAndScopeAndIsAudited() throws Exception {
        StaffAccount officer = testAccounts.create(Role.COMMUNE_OFFICER, new Scope("03334", null));

        MvcResult result = testAccounts.attempt(officer.username().toUpperCase(), TestAccounts.PASSWORD);

        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/");
        SecurityContext context = (SecurityContext) result.getRequest().getSession()
                .getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        StaffPrincipal principal = (StaffPrincipal) context.getAuthentication().getPrincipal();
        assertThat(principal.getUsername()).isEqualTo(officer.username());
        assertThat(principal.getScope()).isEqualTo(new Scope("03334", null));
        assertThat(context.getAuthentication().getAuthorities()).extracting(Object::toString)
                .containsExactly("ROLE_COMMUNE_OFFICER");
        assertThat(testAccounts.reload(officer).toPrincipal()).isEqualTo(principal);
        assertThat(ledger.entries("security.login", officer.username())).singleElement()
                .satisfies(entry -> {
                    assertThat(entry.actor()).isEqualTo(Actor.staff(officer.username()));
                    assertThat(entry.outcome()).isEqualTo(Outcome.SUCCESS);
                    assertThat(entry.origin()).isEqualTo("127.0.0.1");
                });
    }

    @Test
    void aWrongPasswordAndAnUnknownUsernameGetTheSameAnswer() throws Exception {
        StaffAccount officer = testAccounts.create(Role.PROVINCE_OFFICER, new Scope("11", null));

        MvcResult wrongPassword = testAccounts.attempt(officer.username(), "not the password at all");
        MvcResult unknownUser = testAccounts.attemptFrom("nobody.here", "not the password at all", "198.51.100.80");

        assertThat(wrongPassword.getResponse().getRedirectedUrl()).isEqualTo("/login?error");
        assertThat(unknownUser.getResponse().getRedirectedUrl()).isEqualTo("/login?error");
        assertThat(ledger.entries("security.login", officer.username())).singleElement()
                .extracting(AuditEntry::outcome, AuditEntry::detail)
                .containsExactly(Outcome.DENIED, "bad credentials");
        assertThat(ledger.entries("security.login", "nobody.here")).anySatisfy(entry -> {
            assertThat(entry.actor()).isEqualTo(Actor.anonymous("nobody.here"));
            assertThat(entry.outcome()).isEqualTo(Outcome.DENIED);
        });
        mvc.perform(get("/login").param("error", "")).andExpect(content().string(
                org.hamcrest.Matchers.containsString("Tên đăng nhập hoặc mật khẩu không đúng.")));
    }

    @Test
    void consecutiveFailuresLockTheAccountEvenAgainstTheRightPassword() throws Exception {
        StaffAccount officer = testAccounts.create(Role.PROVINCE_OFFICER, new Scope("11", null));

        for (int i = 1; i < 5; i++) {
            assertThat(testAccounts.attempt(officer.username(), "wrong " + i).getResponse().getRedirectedUrl())
                    .isEqualTo("/login?error");
        }
        assertThat(testAccounts.attempt(officer.username(), "wrong 5").getResponse().getRedirectedUrl())
                .isEqualTo("/login?locked");
        assertThat(testAccounts.attempt(officer.username(), TestAccounts.PASSWORD).getResponse().getRedirectedUrl())
                .isEqualTo("/login?locked");

        assertThat(testAccounts.reload(officer).isLockedAt(Instant.now())).isTrue();
        assertThat(ledger.entries("security.lockout", officer.username())).singleElement()
                .extracting(AuditEntry::actor).isEqualTo(Actor.system("security"));
        assertThat(ledger.entries("security.login", officer.username())).last()
                .extracting(AuditEntry::detail).isEqualTo("account locked");
        mvc.perform(get("/login").param("locked", "")).andExpect(content().string(
                org.hamcrest.Matchers.containsString("Vui lòng thử lại sau 15 phút")));
    }

    @Test
    void anExpiredLockLetsTheRightPasswordInAndASuccessResetsTheCount() throws Exception {
        StaffAccount officer = testAccounts.create(Role.PROVINCE_OFFICER, new Scope("11", null));
        for (int i = 1; i <= 5; i++) {
            testAccounts.attempt(officer.username(), "wrong " + i);
        }
        jdbc.sql("UPDATE security.staff_account SET locked_until = now() - interval '1 minute' WHERE id = :id")
                .param("id", officer.id()).update();

        testAccounts.login(officer);
        testAccounts.attempt(officer.username(), "wrong again");
        testAccounts.login(officer);

        assertThat(jdbc.sql("SELECT failed_attempts FROM security.staff_account WHERE id = :id")
                .param("id", officer.id()).query(Integer.class).single()).isZero();
    }

    @Test
    void failuresThatAreNotConsecutiveDoNotLock() throws Exception {
        StaffAccount officer = testAccounts.create(Role.AUDITOR, new Scope("11", null));

        for (int i = 1; i <= 4; i++) {
            testAccounts.attempt(officer.username(), "wrong " + i);
        }
        testAccounts.login(officer);
        for (int i = 1; i <= 4; i++) {
            testAccounts.attempt(officer.username(), "wrong " + i);
        }

        testAccounts.login(officer);
    }

    @Test
    void anUnknownUsernameLocksLikeARealOneSoTheAnswerRevealsNothing() throws Exception {
        for (int i = 1; i < 5; i++) {
            assertThat(testAccounts.attempt("ghost.account", "wrong " + i).getResponse().getRedirectedUrl())
                    .isEqualTo("/login?error");
        }
        assertThat(testAccounts.attempt("ghost.account", "wrong 5").getResponse().getRedirectedUrl())
                .isEqualTo("/login?locked");
        assertThat(testAccounts.attempt("Ghost.Account", "wrong 6").getResponse().getRedirectedUrl())
                .isEqualTo("/login?locked");
    }

    @Test
    void aDisabledAccountCannotLogIn() throws Exception {
        StaffAccount officer = testAccounts.create(Role.PROVINCE_OFFICER, new Scope("11", null));
        StaffAccount loaded = testAccounts.reload(officer);
        loaded.disable("test", Instant.now());
        accounts.save(loaded);

        assertThat(testAccounts.attempt(officer.username(), TestAccounts.PASSWORD).getResponse().getRedirectedUrl())
                .isEqualTo("/login?disabled");
        assertThat(testAccounts.attempt(officer.username(), "wrong").getResponse().getRedirectedUrl())
                .isEqualTo("/login?error");
        assertThat(ledger.entries("security.login", officer.username())).extracting(AuditEntry::detail)
                .containsExactly("account disabled", "bad credentials");
    }

    @Test
    void loginWithoutCsrfTokenIsRefusedAndAudited() throws Exception {
        StaffAccount officer = testAccounts.create(Role.PROVINCE_OFFICER, new Scope("11", null));

        mvc.perform(post("/login").param("username", officer.username()).param("password", TestAccounts.PASSWORD))
                .andExpect(status().isForbidden());

        assertThat(ledger.entries("security.login", officer.username())).isEmpty();
        assertThat(ledger.denials("POST /login")).isNotEmpty()
                .last().extracting(AuditEntry::detail).isEqualTo("missing or invalid CSRF token");
    }

    @Test
    void logoutNeedsAPostWithCsrfTokenEndsTheSessionAndIsAudited() throws Exception {
        StaffAccount officer = testAccounts.create(Role.PROVINCE_OFFICER, new Scope("11", null));
        MockHttpSession session = testAccounts.login(officer);

        mvc.perform(post("/logout").session(session)).andExpect(status().isForbidden());
        mvc.perform(get("/account/password").session(session)).andExpect(status().isOk());

        mvc.perform(post("/logout").session(session).with(csrf())).andExpect(redirectedUrl("/login?logout"));

        assertThat(session.isInvalid()).isTrue();
        assertThat(ledger.entries("security.logout", officer.username())).singleElement()
                .extracting(AuditEntry::outcome).isEqualTo(Outcome.SUCCESS);
    }

    @Test
    void aOneTimePasswordLeadsToThePasswordPageAndNowhereElse() throws Exception {
        StaffAccount officer = testAccounts.create(Role.PROVINCE_OFFICER, new Scope("11", null), true);

        MvcResult result = testAccounts.attempt(officer.username(), TestAccounts.PASSWORD);
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/account/password");
        MockHttpSession session = (MockHttpSession) result.getRequest().getSession(false);

        mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/account/password"));
        mvc.perform(get("/api/anything").session(session)).andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        mvc.perform(get("/account/password").session(session)).andExpect(status().isOk());
    }

    @Test
    void theLoginPageSendsSignedInOfficersHome() throws Exception {
        StaffAccount officer = testAccounts.create(Role.PROVINCE_OFFICER, new Scope("11", null));

        mvc.perform(get("/login").session(testAccounts.login(officer))).andExpect(redirectedUrl("/"));
    }
}
