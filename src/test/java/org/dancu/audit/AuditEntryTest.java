package org.dancu.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AuditEntryTest {

    private static AuditEntry withDetail(String detail) {
        return new AuditEntry(Actor.staff("lan.nt"), "register.person.read", "person", "42", null, null,
                Outcome.SUCCESS, detail);
    }

    @Test
    void textPostgresqlCannotStoreIsRefusedWithTheField() {
        assertThatThrownBy(() -> withDetail("a\0b"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'detail'");
        assertThatThrownBy(() -> withDetail("broken \uD83D pair"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'detail'");
        assertThatThrownBy(() -> Actor.staff("x\0"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'actor.id'");
    }

    @Test
    void vietnameseTextAndWholeSurrogatePairsAreAccepted() {
        assertThatCode(() -> withDetail("Lò Văn Thào đọc hồ sơ \uD83D\uDCC4")).doesNotThrowAnyException();
    }

    @Test
    void claimedNamesAreRepairedRatherThanRefused() {
        assertThat(Actor.anonymous("ad\0min\uD800").id()).isEqualTo("ad\uFFFDmin\uFFFD");
        assertThat(Actor.anonymous("Lò Văn \uD83D\uDE00").id()).isEqualTo("Lò Văn \uD83D\uDE00");
        assertThat(Actor.anonymous(null).id()).isEmpty();
    }

    @Test
    void blankActionIsRefused() {
        assertThatThrownBy(() -> new AuditEntry(Actor.system("x"), " ", null, null, null, null, Outcome.SUCCESS, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("action");
    }
}
