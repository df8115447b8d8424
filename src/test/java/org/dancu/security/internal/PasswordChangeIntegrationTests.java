package org.dancu.security.internal;

import static org.assertj.core.api.Assertions.assertThat;
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

import org.dancu.audit.AuditEntry;
import org.dancu.audit.Outcome;
import org.dancu.security.Role;
import org.dancu.security.Scope;
import org.dancu.security.SecurityIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.ResultActions;

@SecurityIntegrationTest
class PasswordChangeIntegrationTests extends SecurityIntegrationTestBase {

    static final String NEW_PASSWORD = "hoa ban nở trắng núi rừng";

    StaffAccount officer;
    MockHttpSession session;

    @BeforeEach
    void logInWithAOneTimePassword() throws Exception {
        officer = testAccounts.create(Role.COMMUNE_OFFICER, new Scope("03334", null), true);
        session = testAccounts.login(officer);
    }

    ResultActions change(String current, String next, String confirm) throws Exception {
        return mvc.perform(post("/account/password").session(session).with(csrf())
                .param("currentPassword", current).param("newPassword", next).param("confirmPassword", confirm));
    }

    @Test
    void aValidChangeReplacesThePasswordClearsTheOneTimeFlagAndIsAudited() throws Exception {
        change(TestAccounts.PASSWORD, NEW_PASSWORD, NEW_PASSWORD)
                .andExpect(redirectedUrl("/account/password"))
                .andExpect(flash().attribute("changed", true));

        StaffAccount changed = testAccounts.reload(officer);
        assertThat(encoder.matches(NEW_PASSWORD, changed.passwordHash())).isTrue();
        assertThat(changed.mustChangePassword()).isFalse();
        assertThat(ledger.entries("security.password.change", officer.username())).singleElement()
                .extracting(AuditEntry::outcome).isEqualTo(Outcome.SUCCESS);
        mvc.perform(get("/").session(session)).andExpect(status().isOk());
        testAccounts.login(officer.username(), NEW_PASSWORD);
        assertThat(testAccounts.attempt(officer.username(), TestAccounts.PASSWORD).getResponse()
                .getRedirectedUrl()).isEqualTo("/login?error");
    }

    @Test
    void aWrongCurrentPasswordChangesNothingAndIsAuditedAsDenied() throws Exception {
        change("not my password", NEW_PASSWORD, NEW_PASSWORD)
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Mật khẩu hiện tại không đúng.")));

        assertUnchanged();
        assertThat(ledger.entries("security.password.change", officer.username())).singleElement()
                .extracting(AuditEntry::outcome, AuditEntry::detail)
                .containsExactly(Outcome.DENIED, "wrong current password");
    }

    @Test
    void aShortPasswordIsRefused() throws Exception {
        change(TestAccounts.PASSWORD, "short one", "short one")
                .andExpect(content().string(containsString("Mật khẩu mới quá ngắn.")));
        assertUnchanged();
    }

    @Test
    void aPasswordContainingTheUsernameIsRefused() throws Exception {
        String withName = "my name is " + officer.username().toUpperCase();
        change(TestAccounts.PASSWORD, withName, withName)
                .andExpect(content().string(containsString("không được chứa tên đăng nhập")));
        assertUnchanged();
    }

    @Test
    void theCurrentPasswordCannotBeChosenAgain() throws Exception {
        change(TestAccounts.PASSWORD, TestAccounts.PASSWORD, TestAccounts.PASSWORD)
                .andExpect(content().string(containsString("phải khác mật khẩu hiện tại")));
        assertUnchanged();
    }

    @Test
    void theConfirmationMustMatchAndTheErrorIsTranslated() throws Exception {
        mvc.perform(post("/account/password").session(session).with(csrf()).param("lang", "en")
                        .param("currentPassword", TestAccounts.PASSWORD).param("newPassword", NEW_PASSWORD)
                        .param("confirmPassword", NEW_PASSWORD + "!"))
                .andExpect(content().string(containsString("The two new passwords do not match.")))
                .andExpect(content().string(not(containsString(NEW_PASSWORD))));
        assertUnchanged();
    }

    @Test
    void aChangeWithoutCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/account/password").session(session).param("currentPassword", TestAccounts.PASSWORD)
                        .param("newPassword", NEW_PASSWORD).param("confirmPassword", NEW_PASSWORD))
                .andExpect(status().isForbidden());
        assertUnchanged();
    }

    @Test
    void aGuessablePasswordIsRefusedWithTheReason() throws Exception {
        for (String guessable : List.of("aaaaaaaaaaaa", "123456789012", "password1234")) {
            change(TestAccounts.PASSWORD, guessable, guessable)
                    .andExpect(content().string(containsString("kẻ tấn công thử đầu tiên")));
        }
        assertUnchanged();
    }

    @Test
    void guessingTheCurrentPasswordLocksTheAccountAsLoginsWould() throws Exception {
        for (int i = 1; i < 5; i++) {
            change("guess " + i, NEW_PASSWORD, NEW_PASSWORD)
                    .andExpect(content().string(containsString("Mật khẩu hiện tại không đúng.")));
        }
        change("guess 5", NEW_PASSWORD, NEW_PASSWORD).andExpect(content().string(containsString("tạm bị khóa")));
        change(TestAccounts.PASSWORD, NEW_PASSWORD, NEW_PASSWORD)
                .andExpect(content().string(containsString("tạm bị khóa")));

        assertUnchanged();
        assertThat(ledger.entries("security.lockout", officer.username())).hasSize(1);
    }

    @Test
    void theOfficersOtherSessionsEndWhenThePasswordChangesAndThisOneGoesOn() throws Exception {
        MockHttpSession elsewhere = testAccounts.login(officer);
        mvc.perform(get("/account/password").session(elsewhere)).andExpect(status().isOk());

        change(TestAccounts.PASSWORD, NEW_PASSWORD, NEW_PASSWORD).andExpect(redirectedUrl("/account/password"));

        mvc.perform(get("/account/password").session(session)).andExpect(status().isOk());
        mvc.perform(get("/account/password").session(elsewhere)).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
    }

    private void assertUnchanged() {
        StaffAccount reloaded = testAccounts.reload(officer);
        assertThat(encoder.matches(TestAccounts.PASSWORD, reloaded.passwordHash())).isTrue();
        assertThat(reloaded.mustChangePassword()).isTrue();
    }
}
