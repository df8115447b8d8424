package org.dancu.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy(new SecurityProperties(5, Duration.ofMinutes(15), 12, 40, "",
            Duration.ofHours(12)));

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

    @Test
    void refusesRepeatedAndSequentialCharacters() {
        for (String guessable : List.of("aaaaaaaaaaaa", "abababababab", "123456789012", "abcdefghijklmn",
                "qwertyuiop12", "987654321098", "1122334455667")) {
            assertThat(policy.violation("tinh", guessable, "x")).as(guessable).contains("security.password.error.guessable");
        }
    }

    @Test
    void refusesWellKnownWordsPaddedOrWrittenWithLookAlikes() {
        for (String guessable : List.of("password1234", "P@ssw0rd2024!", "Matkhau@2025", "Điện Biên 2025!",
                "passwordpassword", "2025-12-07 01:02")) {
            assertThat(policy.violation("tinh", guessable, "x")).as(guessable).contains("security.password.error.guessable");
        }
    }

    @Test
    void acceptsPassphrasesThatMerelyHoldACommonWord() {
        for (String fine : List.of("my password is a long sentence", "Lò Văn Thào 1987 ở Mường Thanh",
                "CNLS-rqJk-hujC-QShb", "tình yêu Điện Biên")) {
            assertThat(policy.violation("tinh", fine, "x")).as(fine).isEmpty();
        }
    }

    @Test
    void refusesWhatADeploymentsCorpusLists(@TempDir Path directory) throws IOException {
        Path corpus = Files.writeString(directory.resolve("breached.txt"), "Hoahong@Dep99\nother\n");
        PasswordPolicy withCorpus = new PasswordPolicy(new SecurityProperties(5, Duration.ofMinutes(15), 12, 40,
                corpus.toString(), Duration.ofHours(12)));
        assertThat(withCorpus.violation("tinh", "hoahong@dep99", "x")).contains("security.password.error.guessable");
        assertThat(policy.violation("tinh", "hoahong@dep99", "x")).isEmpty();
    }
}
