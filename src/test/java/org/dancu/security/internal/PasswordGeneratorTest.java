package org.dancu.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class PasswordGeneratorTest {

    @Test
    void generatesFourGroupsOfFourUnambiguousCharacters() {
        String password = PasswordGenerator.generate();

        assertThat(password).matches("([a-km-zA-HJ-NP-Z2-9]{4}-){3}[a-km-zA-HJ-NP-Z2-9]{4}");
    }

    @Test
    void generatesDifferentPasswordsEachTime() {
        Set<String> passwords = new HashSet<>();
        for (int i = 0; i < 100; i++) {
            passwords.add(PasswordGenerator.generate());
        }

        assertThat(passwords).hasSize(100);
    }
}
