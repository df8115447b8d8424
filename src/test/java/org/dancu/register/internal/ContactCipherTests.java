package org.dancu.register.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContactCipherTests {

    private final ContactCipher cipher = new ContactCipher(new RegisterProperties("", "", true));

    @Test
    void aPhoneNumberIsStoredUnreadableAndOpensOnlyForItsOwnPerson() throws GeneralSecurityException {
        byte[] sealed = cipher.encrypt(42, "0912345678");

        assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain("0912345678");
        assertThat(cipher.decrypt(42, sealed)).isEqualTo("0912345678");
        assertThatThrownBy(() -> cipher.decrypt(43, sealed)).isInstanceOf(GeneralSecurityException.class);
        assertThat(cipher.encrypt(42, " ")).isNull();
        assertThat(cipher.decrypt(42, null)).isNull();
    }

    @Test
    void aKeysetFileIsWrittenOnceReadableByItsOwnerAndReadBackOnTheNextStart(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("keys/register-keyset.json");
        byte[] sealed = new ContactCipher(new RegisterProperties("", file.toString(), true)).encrypt(7, "a@example.vn");

        assertThat(Files.getPosixFilePermissions(file)).extracting(Object::toString)
                .containsExactlyInAnyOrder("OWNER_READ", "OWNER_WRITE");
        assertThat(new ContactCipher(new RegisterProperties("", file.toString(), false)).decrypt(7, sealed))
                .isEqualTo("a@example.vn");
        assertThat(new ContactCipher(new RegisterProperties(Files.readString(file), "", false)).decrypt(7, sealed))
                .isEqualTo("a@example.vn");
    }

    @Test
    void withoutAKeysetAndWithoutLeaveToGenerateOneTheStartFails(@TempDir Path dir) {
        assertThatThrownBy(() -> new ContactCipher(new RegisterProperties("", dir.resolve("none.json").toString(),
                false)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("DANCU_REGISTER_KEYSET");
        assertThat(dir.resolve("none.json")).doesNotExist();
    }
}
