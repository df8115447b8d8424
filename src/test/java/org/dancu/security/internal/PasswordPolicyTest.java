package org.dancu.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy(new SecurityProperties(5, Duration.ofMinutes(15), 12, 40));

    @Test
    void acceptsALongPassphrase() {
        assertThat(policy.violation("tinh", "núi rừng Điện Biên", "old password 1")).isEmpty();
    }

    @Test
    void countsCharactersNotBytesSoVietnameseLettersCountOnce() {
        assertThat(policy.violation("tinh", "Điện Biên Ph", "x")).isEmpty();
        assertThat(policy.violation("tinh", "Điện Biên P", "x")).contains("security.password.error.too-short");
    }

    @Test
    void rejectsTooLongPasswords() {
        assertThat(policy.violation("tinh", "a".repeat(41), "x")).contains("security.password.error.too-long");
    }

    @Test
    void rejectsThePasswordThatContainsTheUsernameInAnyCase() {
        assertThat(policy.violation("xa.muongthanh", "my XA.MuongThanh pass", "x"))
                .contains("security.password.error.contains-username");
    }

    @Test
    void rejectsTheCurrentPassword() {
        assertThat(policy.violation("tinh", "the same old sentence", "the same old sentence"))
                .contains("security.password.error.same-as-current");
    }
}
