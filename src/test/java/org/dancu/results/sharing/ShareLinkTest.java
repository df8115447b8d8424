package org.dancu.results.sharing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;

import org.dancu.civil.Pin;
import org.dancu.results.ResultCode;
import org.dancu.results.ResultType;
import org.junit.jupiter.api.Test;

class ShareLinkTest {

    private static final ResultCode CODE = ResultCode.of("011", ResultType.BIRTH_EXTRACT, 2026, 1);
    private static final Pin HOLDER = Pin.of("011090001234");
    private static final Pin OTHER = Pin.of("011190004321");
    private static final Instant NOW = Instant.parse("2026-12-07T08:00:00Z");

    @Test
    void aLinkLivesFromAnHourToThirtyDaysAndNoLongerOrShorter() {
        assertThat(ShareLink.create(CODE, HOLDER, Duration.ofHours(1), NOW).expiresAt()).isEqualTo(NOW.plusSeconds(3600));
        assertThat(ShareLink.create(CODE, HOLDER, Duration.ofDays(30), NOW).openAt(NOW)).isTrue();
        for (Duration wrong : new Duration[] {Duration.ofMinutes(59), Duration.ofDays(30).plusHours(1), Duration.ZERO}) {
            assertThatThrownBy(() -> ShareLink.create(CODE, HOLDER, wrong, NOW)).isInstanceOf(SharingRefused.class)
                    .extracting(e -> ((SharingRefused) e).messageKey()).isEqualTo("results.share.refused.lifetime");
        }
    }

    @Test
    void aLinkEndsWhenItExpires() {
        ShareLink link = ShareLink.create(CODE, HOLDER, Duration.ofHours(1), NOW);
        assertThat(link.endedAt(NOW.plusSeconds(3599))).isNull();
        assertThat(link.openAt(NOW.plusSeconds(3600))).isFalse();
        assertThat(link.endedAt(NOW.plusSeconds(7200))).isEqualTo(NOW.plusSeconds(3600));
    }

    @Test
    void aLinkEndsWhenItsResultIsRevokedOrSupersededAndCannotBeWithdrawnThen() {
        Instant revoked = NOW.plusSeconds(600);
        ShareLink link = new ShareLink(1L, CODE, HOLDER, NOW, NOW.plus(ShareLink.USUAL), null, revoked);

        assertThat(link.openAt(revoked.minusSeconds(1))).isTrue();
        assertThat(link.endedWithItsResult(revoked.minusSeconds(1))).isFalse();
        assertThat(link.openAt(revoked)).isFalse();
        assertThat(link.endedAt(NOW.plus(ShareLink.USUAL).plusSeconds(1))).isEqualTo(revoked);
        assertThat(link.endedWithItsResult(revoked.plusSeconds(1))).isTrue();
        assertThatThrownBy(() -> link.revoke(HOLDER, revoked.plusSeconds(1)))
                .extracting(e -> ((SharingRefused) e).messageKey()).isEqualTo("results.share.refused.ended");
        ShareLink withdrawnFirst = new ShareLink(2L, CODE, HOLDER, NOW, NOW.plus(ShareLink.USUAL), NOW.plusSeconds(60),
                revoked);
        assertThat(withdrawnFirst.endedAt(revoked.plusSeconds(1))).isEqualTo(NOW.plusSeconds(60));
        assertThat(withdrawnFirst.endedWithItsResult(revoked.plusSeconds(1))).isFalse();
    }

    @Test
    void onlyTheHolderWithdrawsAnOpenLinkAndOnlyOnce() {
        ShareLink link = ShareLink.create(CODE, HOLDER, ShareLink.USUAL, NOW);
        assertThatThrownBy(() -> link.revoke(OTHER, NOW.plusSeconds(60)))
                .extracting(e -> ((SharingRefused) e).messageKey()).isEqualTo("results.share.refused.not-yours");
        assertThat(link.openAt(NOW.plusSeconds(60))).isTrue();

        link.revoke(HOLDER, NOW.plusSeconds(60));

        assertThat(link.openAt(NOW.plusSeconds(61))).isFalse();
        assertThat(link.endedAt(NOW.plusSeconds(61))).isEqualTo(NOW.plusSeconds(60));
        assertThatThrownBy(() -> link.revoke(HOLDER, NOW.plusSeconds(120)))
                .extracting(e -> ((SharingRefused) e).messageKey()).isEqualTo("results.share.refused.ended");
    }

    @Test
    void anExpiredLinkCannotBeWithdrawn() {
        ShareLink link = ShareLink.create(CODE, HOLDER, Duration.ofHours(1), NOW);
        assertThatThrownBy(() -> link.revoke(HOLDER, NOW.plus(Duration.ofHours(2))))
                .extracting(e -> ((SharingRefused) e).messageKey()).isEqualTo("results.share.refused.ended");
        assertThat(link.revokedAt()).isNull();
    }
}
