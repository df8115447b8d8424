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

    @Test
    void overlongTextIsCutToItsBoundAndMarked() {
        String path = "/" + "x".repeat(4_000);
        AuditEntry entry = new AuditEntry(Actor.anonymous("a".repeat(300)), "security.access-denied", "page", path,
                "p".repeat(600), "o".repeat(300), Outcome.DENIED, "d".repeat(3_000));
        assertThat(entry.objectId()).hasSize(AuditEntry.MAX_ID).startsWith("/xxx").endsWith("x…");
        assertThat(entry.actor().id()).hasSize(AuditEntry.MAX_ID).endsWith("…");
        assertThat(entry.origin()).hasSize(AuditEntry.MAX_ID);
        assertThat(entry.purpose()).hasSize(AuditEntry.MAX_PURPOSE);
        assertThat(entry.detail()).hasSize(AuditEntry.MAX_DETAIL);
        assertThat(withDetail("short").detail()).isEqualTo("short");
    }

    @Test
    void cuttingNeverSplitsASurrogatePair() {
        String text = "a".repeat(AuditEntry.MAX_DETAIL - 2) + "\uD83D\uDCC4" + "tail";
        String cut = withDetail(text).detail();
        assertThat(cut).isEqualTo("a".repeat(AuditEntry.MAX_DETAIL - 2) + "…");
    }
}
