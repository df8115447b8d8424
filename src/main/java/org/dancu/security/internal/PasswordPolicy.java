package org.dancu.security.internal;

import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * What a chosen password must satisfy: a length between the configured bounds (counted in
 * characters, so Vietnamese letters count once), not containing the username, not guessable
 * ({@link GuessablePasswords}), and differing from the current password. Length beats composition
 * rules, so there are none.
 */
@Component
class PasswordPolicy {

    private final int minLength;
    private final int maxLength;
    private final GuessablePasswords guessable;

    PasswordPolicy(SecurityProperties properties) {
        this.minLength = properties.passwordMinLength();
        this.maxLength = properties.passwordMaxLength();
        this.guessable = GuessablePasswords.load(properties.guessablePasswordsFile() == null ? ""
                : properties.guessablePasswordsFile());
    }

    /** The message code of the first rule the new password breaks, if any. */
    Optional<String> violation(String username, String newPassword, String currentPassword) {
        int length = newPassword == null ? 0 : newPassword.codePointCount(0, newPassword.length());
        if (length < minLength) {
            return Optional.of("security.password.error.too-short");
        }
        if (length > maxLength) {
            return Optional.of("security.password.error.too-long");
        }
        if (newPassword.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
            return Optional.of("security.password.error.contains-username");
        }
        if (guessable.isGuessable(newPassword)) {
            return Optional.of("security.password.error.guessable");
        }
        if (newPassword.equals(currentPassword)) {
            return Optional.of("security.password.error.same-as-current");
        }
        return Optional.empty();
    }

    int minLength() {
        return minLength;
    }

    int maxLength() {
        return maxLength;
    }
}
