package org.dancu.payments.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.dancu.audit.SecretKeyset;
import org.dancu.civil.Pin;
import org.dancu.payments.PaymentRefusedException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AccountNumbersTest {

    private static final Pin HOLDER = Pin.of("011090001234");
    private static final Pin SOMEONE_ELSE = Pin.of("011195004321");

    private final AccountNumbers numbers = new AccountNumbers(
            SecretKeyset.aead("", "", true, "account-numbers-test", ""),
            SecretKeyset.mac("", "", true, "account-numbers-test-hash", ""));

    @Test
    void keepsTheNumberEncryptedForItsHolderWithOnlyTheLastFourDigitsInClear() {
        AccountNumbers.SealedNumber sealed = numbers.seal(HOLDER, "970405", "3100205123456");

        assertThat(new String(sealed.cipher(), StandardCharsets.ISO_8859_1)).doesNotContain("3100205123456");
        assertThat(sealed.last4()).isEqualTo("3456");
        assertThat(sealed.masked()).isEqualTo("•••• 3456").doesNotContain("31002051");
        assertThat(numbers.open(HOLDER, sealed.cipher())).isEqualTo("3100205123456");
    }

    @Test
    void aNumberMovedOntoAnotherPersonsRowDoesNotOpen() {
        byte[] cipher = numbers.seal(HOLDER, "970405", "3100205123456").cipher();

        assertThatThrownBy(() -> numbers.open(SOMEONE_ELSE, cipher)).isInstanceOf(IllegalStateException.class)
                .hasMessageNotContaining(SOMEONE_ELSE.value());
    }

    @Test
    void theHashFindsTheSameAccountWhoeverLinksItAndOnlyAtTheSameBank() {
        byte[] first = numbers.seal(HOLDER, "970405", "3100205123456").hash();
        byte[] again = numbers.seal(SOMEONE_ELSE, "970405", "3100205123456").hash();

        assertThat(again).isEqualTo(first);
        assertThat(numbers.hash("970418", "3100205123456")).isNotEqualTo(first);
        assertThat(numbers.hash("970405", "3100205123457")).isNotEqualTo(first);
    }

    @Test
    void readsANumberAsPeopleTypeIt() {
        assertThat(AccountNumbers.normalize(" 3100 2051-23.456 ")).isEqualTo("3100205123456");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "12345", "12345678901234567890", "31002051234S6", "3100205123456,5"})
    void refusesWhatIsNotAnAccountNumber(String typed) {
        assertThatThrownBy(() -> AccountNumbers.normalize(typed)).isInstanceOf(PaymentRefusedException.class)
                .hasMessage("payments.accounts.refused.number");
    }
}
